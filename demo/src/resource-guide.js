// The resource guide reads its own file (src attribute): this script only defines the element.
import '@cate/charts/cate-resource-guide.js';
import { start } from './page.js';

start(async () => {});
