// The apps of packed.test.ts, as a new user would write them against the packed @cate/core and @cate/charts:
// a React 19 TSX app and a Vue 3 SFC app, each with a <cate-chart> given real attributes, the publication as its
// `data` property and a cate-ready listener; and for each, one file with a misspelt attribute that must not
// type-check. Kept as strings so that the workspace's own typecheck and lint never see them.

/** Files by path, relative to the app's folder. */
export type Files = Record<string, string>;

const html = (title: string, mount: string, entry: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
  </head>
  <body>
    <div id="${mount}"></div>
    <script type="module" src="${entry}"></script>
  </body>
</html>
`;

const compilerOptions = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  strict: true,
  noEmit: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  types: [],
};

export const reactApp: Files = {
  'index.html': html('packed @cate/charts in React 19', 'root', './src/main.tsx'),
  'tsconfig.json': JSON.stringify(
    { compilerOptions: { ...compilerOptions, jsx: 'react-jsx', skipLibCheck: false }, include: ['src'] },
    null,
    2,
  ),
  'vite.config.js': `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
export default defineConfig({ plugins: [react()], base: './' });
`,
  'src/main.tsx': `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@cate/charts/cate-chart.js';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`,
  'src/App.tsx': `import { useEffect, useState } from 'react';
import type {} from '@cate/charts/react-types';
import type { ChartKind } from '@cate/charts';
import type { PublicationDocument } from '@cate/core';

export function App() {
  const [publication, setPublication] = useState<PublicationDocument>();
  const [drawn, setDrawn] = useState<ChartKind>();
  useEffect(() => {
    void fetch('./publication.json')
      .then((response) => response.json())
      .then((json: PublicationDocument) => setPublication(json));
  }, []);
  return (
    <main>
      <h1>React</h1>
      {publication ? (
        <cate-chart
          id="chart"
          section="continent-of-origin"
          data={publication}
          quarters="2024-Q1..2025-Q4"
          kind="grouped-bar"
          headingLevel={2}
          theme="light"
          show-table
          oncate-ready={(event) => setDrawn(event.detail.kind)}
          oncate-error={(event) => console.error(event.detail.code)}
        ></cate-chart>
      ) : null}
      <p id="drawn">{drawn ? \`Drawn as \${drawn}\` : ''}</p>
    </main>
  );
}
`,
};

/** The React app's misspelt attribute (sektion), checked with a tsconfig of its own. */
export const reactMisspelt: Files = {
  'misspelt/Misspelt.tsx': `import type {} from '@cate/charts/react-types';

export const Misspelt = () => <cate-chart sektion="continent-of-origin" src="./publication.json"></cate-chart>;

// JSX lets any hyphenated name through (show-tabel), so the property names are there to be checked.
export const MisspeltProperty = () => <cate-chart section="continent-of-origin" showTabel></cate-chart>;
`,
  'tsconfig.misspelt.json': JSON.stringify(
    { compilerOptions: { ...compilerOptions, jsx: 'react-jsx', skipLibCheck: true }, include: ['misspelt'] },
    null,
    2,
  ),
};

export const vueApp: Files = {
  'index.html': html('packed @cate/charts in Vue 3', 'app', './src/main.ts'),
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: { ...compilerOptions, skipLibCheck: true },
      vueCompilerOptions: { strictTemplates: true },
      include: ['src/**/*.ts', 'src/**/*.vue'],
    },
    null,
    2,
  ),
  'vite.config.js': `import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('cate-') } } })],
  base: './',
});
`,
  'src/env.d.ts': `declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
`,
  'src/main.ts': `import { createApp } from 'vue';
import type {} from '@cate/charts/vue-types';
import '@cate/charts/cate-chart.js';
import App from './App.vue';

createApp(App).mount('#app');
`,
  'src/App.vue': `<script setup lang="ts">
import { onMounted, ref } from 'vue';
import type { PublicationDocument } from '@cate/core';

const publication = ref<PublicationDocument>();
const drawn = ref<string>();
onMounted(async () => {
  publication.value = (await (await fetch('./publication.json')).json()) as PublicationDocument;
});
const onReady = (event: HTMLElementEventMap['cate-ready']) => {
  drawn.value = event.detail.kind;
};
</script>

<template>
  <main>
    <h1>Vue</h1>
    <cate-chart
      v-if="publication"
      id="chart"
      section="continent-of-origin"
      :data.prop="publication"
      quarters="2024-Q1..2025-Q4"
      kind="grouped-bar"
      :heading-level="2"
      theme="light"
      show-table
      @cate-ready="onReady"
    ></cate-chart>
    <p id="drawn">{{ drawn ? \`Drawn as \${drawn}\` : '' }}</p>
  </main>
</template>
`,
};

/** The Vue app's misspelt attribute (show-tabel), checked with a tsconfig of its own. */
export const vueMisspelt: Files = {
  'misspelt/Misspelt.vue': `<script setup lang="ts">
import type {} from '@cate/charts/vue-types';
</script>

<template>
  <cate-chart section="continent-of-origin" src="./publication.json" show-tabel></cate-chart>
</template>
`,
  'tsconfig.misspelt.json': JSON.stringify(
    {
      compilerOptions: { ...compilerOptions, skipLibCheck: true },
      vueCompilerOptions: { strictTemplates: true },
      include: ['src/env.d.ts', 'misspelt/**/*.vue'],
    },
    null,
    2,
  ),
};

/** A Preact component (type-checked only): the same attributes; a misspelt one (heading-levle is not checked by
 * JSX, being hyphenated, so the misspelt attribute is `secton`). */
export const preactApp: Files = {
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: { ...compilerOptions, jsx: 'react-jsx', jsxImportSource: 'preact', skipLibCheck: true },
      include: ['src'],
    },
    null,
    2,
  ),
  'tsconfig.misspelt.json': JSON.stringify(
    {
      compilerOptions: { ...compilerOptions, jsx: 'react-jsx', jsxImportSource: 'preact', skipLibCheck: true },
      include: ['misspelt'],
    },
    null,
    2,
  ),
  'src/App.tsx': `import { useState } from 'preact/hooks';
import type {} from '@cate/charts/preact-types';
import type { PublicationDocument } from '@cate/core';

export function App({ publication }: { publication: PublicationDocument }) {
  const [kind, setKind] = useState<string>();
  return (
    <cate-chart
      section="continent-of-origin"
      data={publication}
      kind="line"
      heading-level={3}
      show-table
      oncate-ready={(event) => setKind(event.detail.kind)}
    >
      {kind}
    </cate-chart>
  );
}
`,
  'misspelt/Misspelt.tsx': `import type {} from '@cate/charts/preact-types';

export const Misspelt = () => <cate-chart secton="continent-of-origin"></cate-chart>;
`,
};

/** A Solid component (type-checked only), and a misspelt attribute. */
export const solidApp: Files = {
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: { ...compilerOptions, jsx: 'preserve', jsxImportSource: 'solid-js', skipLibCheck: true },
      include: ['src'],
    },
    null,
    2,
  ),
  'tsconfig.misspelt.json': JSON.stringify(
    {
      compilerOptions: { ...compilerOptions, jsx: 'preserve', jsxImportSource: 'solid-js', skipLibCheck: true },
      include: ['misspelt'],
    },
    null,
    2,
  ),
  'src/App.tsx': `import { createSignal } from 'solid-js';
import type {} from '@cate/charts/solid-types';
import type { PublicationDocument } from '@cate/core';

export function App(props: { publication: PublicationDocument }) {
  const [kind, setKind] = createSignal<string>();
  return (
    <cate-chart
      section="continent-of-origin"
      data={props.publication}
      kind="stacked-bar"
      heading-level={3}
      show-table
      on:cate-ready={(event) => setKind(event.detail.kind)}
    >
      {kind()}
    </cate-chart>
  );
}
`,
  'misspelt/Misspelt.tsx': `import type {} from '@cate/charts/solid-types';

export const Misspelt = () => <cate-chart section="continent-of-origin" hieght={300}></cate-chart>;
`,
};
