// Registers <cate-top-needs>: this module's only side effect.
import { CateTopNeeds } from './cate-top-needs.component.js';

export { CateTopNeeds };

if (!customElements.get('cate-top-needs')) customElements.define('cate-top-needs', CateTopNeeds);
