// Registers <cate-report> and the <cate-chart> it draws with. Import this module (or load the report bundle) to use the tags.
import './cate-chart.js';
import { CateReport } from './report/cate-report.component.js';

export { CateReport };

if (!customElements.get('cate-report')) customElements.define('cate-report', CateReport);
