// Types for examples/serve.mjs, for the example tests in TypeScript.
export declare const STRICT_CSP: string;
export declare function htmlMounts(): Array<[string, string]>;
export interface ExampleServer {
  /** The origin with a trailing slash, e.g. http://127.0.0.1:40123/ */
  url: string;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}
export declare function serve(
  mounts: Array<[string, string]>,
  options?: { port?: number; csp?: string },
): Promise<ExampleServer>;
