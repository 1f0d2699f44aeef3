// The Vue 3 example (examples/vue/): `isCustomElement` leaves <cate-chart> to the browser, `:data.prop` sets the
// publication as a property, and `@cate-ready` / `@cate-error` listen to the element's events.
import { describeFrameworkExample } from './framework-example.js';

describeFrameworkExample('vue', { readyEvent: '@cate-ready', errorEvent: '@cate-error', state: 'Vue state (v-model)' });
