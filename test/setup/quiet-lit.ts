// Lit's development build prints "Lit is in dev mode" once per test file; tests want the development build's
// checks, not the notice. Lit skips any warning whose code is already in this set.
(globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings ??= new Set(['dev-mode']);
