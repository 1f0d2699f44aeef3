// Registers <cate-report> and the <cate-chart> it draws with. Import this module (or load the report bundle) to use the tags.
// <cate-chart> is defined here rather than by importing './cate-chart.js': a bundler would move that shared
// registration into a hashed chunk that `sideEffects` does not name, and tree-shake it away.
import { CateChart } from './cate-chart.component.js';
import { CateReport } from './report/cate-report.component.js';

export { CateReport };

if (!customElements.get('cate-chart')) customElements.define('cate-chart', CateChart);
if (!customElements.get('cate-report')) customElements.define('cate-report', CateReport);
