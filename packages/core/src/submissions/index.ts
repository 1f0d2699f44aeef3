// Public API of submissions/: a hand-picked list of re-exports.
export {};
