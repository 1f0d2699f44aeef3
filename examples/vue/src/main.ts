import { createApp } from 'vue';
// Registers <cate-chart> (the package's only side effect).
import '@cate/charts/cate-chart.js';
import App from './App.vue';
// <cate-chart> and the other elements in templates (vue-tsc), generated from @cate/charts' custom-elements.json:
// attributes, `:data.prop` (a publication or series of @cate/core) and `@cate-ready` / `@cate-error` are checked.
import type {} from '@cate/charts/vue-types';

createApp(App).mount('#app');
