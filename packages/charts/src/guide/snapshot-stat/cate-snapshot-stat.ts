// Registers <cate-snapshot-stat>: this module's only side effect.
import { CateSnapshotStat } from './cate-snapshot-stat.component.js';

export { CateSnapshotStat };

if (!customElements.get('cate-snapshot-stat')) customElements.define('cate-snapshot-stat', CateSnapshotStat);
