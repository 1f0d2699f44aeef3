// `pnpm analyze` (cem analyze) reads this. The manifest it writes (custom-elements.json, source paths) is the
// workspace's (Storybook, scripts/framework-types.mjs); the published one is dist/custom-elements.json, which the
// build generates from it. So the analyzer must not point package.json's "customElements" at its own output.
export default {
  packagejson: false,
};
