import { createApp } from 'vue';
// Registers <cate-chart> (the package's only side effect).
import '@cate/charts/cate-chart.js';
import App from './App.vue';

createApp(App).mount('#app');
