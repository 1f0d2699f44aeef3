// Public API of aggregate/: a hand-picked list of re-exports.
export {};
