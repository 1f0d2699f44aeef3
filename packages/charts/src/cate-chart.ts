// Registers <cate-chart>: the package's only side effect. Import this module (or load the bundle) to use the tag.
import { CateChart } from './cate-chart.component.js';

export { CateChart };

if (!customElements.get('cate-chart')) customElements.define('cate-chart', CateChart);
