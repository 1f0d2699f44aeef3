// The page's own script: the quarter filter sets the chart's attribute (a view of the publication: nothing is
// re-protected), and the page handles the chart's cate-error. There is no organization filter: the publication
// holds no per-organization number. Kept in a file (not inline) so the page works under a strict CSP.
const chart = document.querySelector('#chart');
const quarters = document.querySelector('#quarters');

quarters.addEventListener('change', () => chart.setAttribute('quarters', quarters.value));

// cate-error bubbles and is composed: one listener on the document hears every chart on the page.
document.addEventListener('cate-error', (event) => {
  if (event.target.id !== 'broken') return;
  const status = document.querySelector('#broken-status');
  status.textContent = `The page noticed: ${event.detail.code} (${event.detail.message})`;
  status.dataset.code = event.detail.code;
});
