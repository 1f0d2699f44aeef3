// Types for scripts/static-server.mjs, for the tests in TypeScript.
export declare const STRICT_CSP: string;
export declare const TYPES: Record<string, string>;
export interface StaticServer {
  /** The origin with a trailing slash, e.g. http://127.0.0.1:40123/ */
  url: string;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}
/** The longest request target served (a longer one gets 414). */
export declare const MAX_URL_LENGTH: number;
/** Answers the paths under a prefix that are made on request: the decoded path after the prefix; undefined is 404. */
export type Route = (path: string) => Promise<{ type: string; body: string; status?: number } | undefined>;
export declare function serve(
  mounts: Array<[string, string | Route]>,
  options?: { port?: number; host?: string; csp?: string },
): Promise<StaticServer>;
/** The synthetic sample's submissions (the coordinator's input; never served). */
export declare const SAMPLE_SUBMISSIONS: string;
export declare const SAMPLE_RELEASE: { id: string; created: string };
/** Writes the sample's publication to `file` with the built `cate publish`; returns the file. */
export declare function samplePublication(file: string): string;
