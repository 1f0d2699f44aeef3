// Types for examples/publish-sample.mjs.
/** examples/data/publication.json: the sample's publication, committed, served by every example. */
export declare const EXAMPLE_PUBLICATION: string;
