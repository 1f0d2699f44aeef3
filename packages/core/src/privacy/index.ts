// Public API of privacy/: a hand-picked list of re-exports.
export {};
