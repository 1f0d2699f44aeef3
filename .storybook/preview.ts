import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import '@cate/charts/cate-chart.js';

/**
 * Controls and docs come from the element's custom-elements manifest (generated from its JSDoc by the element's
 * owner: `cd packages/charts && npx cem analyze --litelement --globs "src/**\/*.ts"`). A glob, so that Storybook
 * still builds (without generated controls) while the file is missing.
 */
const manifests = import.meta.glob<Manifest>('../packages/charts/custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = Object.values(manifests)[0];

interface Member {
  name: string;
  privacy?: string;
  fieldName?: string;
}
interface Module {
  declarations?: Array<{ attributes?: Member[]; members?: Member[] } & Record<string, unknown>>;
}
interface Manifest {
  modules?: Module[];
}

declare global {
  // Vite's import.meta.glob (vite/client types are not a dependency of the root).
  interface ImportMeta {
    glob<T>(pattern: string, options: { eager: true; import: 'default' }): Record<string, T>;
  }
}

/** Internal state (`_state`, `_active` …) is not part of the element's API: keep it out of controls and docs. */
const isPublic = (m: Member) =>
  !m.name.startsWith('_') && !m.fieldName?.startsWith('_') && m.privacy !== 'private' && m.privacy !== 'protected';

if (manifest) {
  setCustomElementsManifest({
    ...manifest,
    modules: (manifest.modules ?? []).map((module) => ({
      ...module,
      declarations: (module.declarations ?? []).map((d) => ({
        ...d,
        ...(d.attributes ? { attributes: d.attributes.filter(isPublic) } : {}),
        ...(d.members ? { members: d.members.filter(isPublic) } : {}),
      })),
    })),
  });
}

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Every story is checked with axe-core; any violation fails the story (in Storybook and in `test:stories`).
    a11y: { test: 'error' },
  },
};

export default preview;
