// vue-tsc's strict templates (tsconfig.json) check every attribute; data-* attributes are the page's own.
import 'vue';

declare module 'vue' {
  interface HTMLAttributes {
    [attribute: `data-${string}`]: unknown;
  }
}
