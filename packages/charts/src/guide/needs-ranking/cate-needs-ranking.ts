// Registers <cate-needs-ranking>: this module's only side effect.
import { CateNeedsRanking } from './cate-needs-ranking.component.js';

export { CateNeedsRanking };

if (!customElements.get('cate-needs-ranking')) customElements.define('cate-needs-ranking', CateNeedsRanking);
