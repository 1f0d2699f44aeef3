// The demo's only script (the page's CSP allows no inline code): reports what the element tells the page.
const report = document.querySelector('cate-report');
const status = document.getElementById('demo-status');

report?.addEventListener('cate-error', (event) => {
  const { code, message, problems } = event.detail;
  status.textContent = `The report could not load its data (${code}): ${message}`;
  console.error('cate-report:', code, message, problems ?? '');
});

report?.addEventListener('cate-report-ready', (event) => {
  console.info(`cate-report: ${event.detail.sections} sections drawn`, event.detail.quarters ?? '');
});

report?.addEventListener('cate-filter-change', (event) => {
  console.info('cate-report: filters', event.detail);
});
