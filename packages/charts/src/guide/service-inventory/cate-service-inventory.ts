// Registers <cate-service-inventory>: this module's only side effect.
import { CateServiceInventory } from './cate-service-inventory.component.js';

export { CateServiceInventory };

if (!customElements.get('cate-service-inventory'))
  customElements.define('cate-service-inventory', CateServiceInventory);
