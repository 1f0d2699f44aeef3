import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Registers <cate-chart>: import it before React renders, so React 19 sees the element's properties.
import '@cate/charts/cate-chart.js';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
