// ESLint 9 flat config: eslint's and typescript-eslint's recommended rules, without type information (fast).
// Formatting is Prettier's (.prettierrc.json), not ESLint's. Vue single-file components are left to vite's compiler.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import { configs as lit } from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'storybook-static/**', 'coverage/**', '.vitest-attachments/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      // Code here runs in browsers (the elements, stories, browser tests) and in Node.js (CLI, scripts, tests).
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // A leading underscore marks a value kept on purpose: `for (const _ of quarters)`, or a field left out of a
      // rest object (`const { organization: _, ...rest } = row`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  // Lit templates: eslint-plugin-lit's flat config, and eslint-plugin-lit-a11y's (its `recommended` is flat in v5).
  // Both read the html`` templates syntactically; neither needs type information.
  { ...lit['flat/recommended'], files: ['packages/charts/src/**', 'stories/**'] },
  { ...litA11y.configs.recommended, files: ['packages/charts/src/**', 'stories/**'] },
  {
    // Tests split text on control characters they put there themselves as separators.
    files: ['test/**', 'packages/*/test/**'],
    rules: { 'no-control-regex': 'off' },
  },
);
