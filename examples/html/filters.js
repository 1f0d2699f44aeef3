// The page's own script: a filter sets the chart's attribute, and the page handles the chart's cate-error.
// Kept in a file (not inline) so the page works under a strict Content-Security-Policy.
const chart = document.querySelector('#chart');
const quarters = document.querySelector('#quarters');
const organizations = document.querySelector('#organizations');

quarters.addEventListener('change', () => chart.setAttribute('quarters', quarters.value));
organizations.addEventListener('change', () => {
  if (organizations.value) chart.setAttribute('organizations', organizations.value);
  else chart.removeAttribute('organizations');
});

// cate-error bubbles and is composed: one listener on the document hears every chart on the page.
document.addEventListener('cate-error', (event) => {
  if (event.target.id !== 'broken') return;
  const status = document.querySelector('#broken-status');
  status.textContent = `The page noticed: ${event.detail.code} (${event.detail.message})`;
  status.dataset.code = event.detail.code;
});
