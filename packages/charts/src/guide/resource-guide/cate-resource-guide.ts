// Registers <cate-resource-guide>: this module's only side effect.
import { CateResourceGuide } from './cate-resource-guide.component.js';

export { CateResourceGuide };

if (!customElements.get('cate-resource-guide')) customElements.define('cate-resource-guide', CateResourceGuide);
