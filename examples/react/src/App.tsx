import { useEffect, useState } from 'react';
import type { ChartErrorDetail } from '@cate/charts';

const QUARTER_RANGES = [
  { value: '2024-Q1..2025-Q4', label: '2024 and 2025' },
  { value: '2025-Q1..2025-Q4', label: '2025 only' },
  { value: '2024-Q1..2024-Q4', label: '2024 only' },
];

const ORGANIZATION_FILTERS = [
  { value: '', label: 'All members' },
  { value: 'alive,kairos-hope', label: 'ALIVE and Kairos Hope' },
];

/**
 * Submissions as an app would have them: fetched JSON (here the synthetic sample file, whose `submissions` are an
 * array of `{ organization, quarter, counts }`), handed to the element as its `data` property.
 */
function useSubmissions(url: string): { submissions: unknown[] | undefined; loadError: string | undefined } {
  const [submissions, setSubmissions] = useState<unknown[]>();
  const [loadError, setLoadError] = useState<string>();
  useEffect(() => {
    let current = true;
    fetch(url)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((json: { submissions: unknown[] }) => current && setSubmissions(json.submissions))
      .catch((error: Error) => current && setLoadError(error.message));
    return () => {
      current = false;
    };
  }, [url]);
  return { submissions, loadError };
}

export function App() {
  const { submissions, loadError } = useSubmissions('./sample-submissions.json');
  const [quarters, setQuarters] = useState(QUARTER_RANGES[0]!.value);
  const [organizations, setOrganizations] = useState('');
  const [drawnKind, setDrawnKind] = useState<string>();
  const [chartError, setChartError] = useState<ChartErrorDetail>();

  return (
    <main>
      <h1>cate with React 19</h1>
      <form aria-label="Chart filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          Quarters{' '}
          <select id="quarters" value={quarters} onChange={(event) => setQuarters(event.target.value)}>
            {QUARTER_RANGES.map((range) => (
              <option key={range.value} value={range.value}>
                {range.label}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Organizations{' '}
          <select id="organizations" value={organizations} onChange={(event) => setOrganizations(event.target.value)}>
            {ORGANIZATION_FILTERS.map((filter) => (
              <option key={filter.value} value={filter.value}>
                {filter.label}
              </option>
            ))}
          </select>
        </label>
      </form>

      {loadError ? <p role="alert">The sample data could not be loaded: {loadError}</p> : null}
      {submissions ? (
        <cate-chart
          id="chart"
          section="continent-of-origin"
          data={submissions}
          quarters={quarters}
          organizations={organizations}
          oncate-ready={(event) => setDrawnKind(event.detail.kind)}
        />
      ) : (
        <p role="status">Loading the sample data…</p>
      )}
      <p id="drawn" role="status">
        {drawnKind ? `Drawn as ${drawnKind}` : ''}
      </p>

      <h2>A chart whose data address is wrong</h2>
      <p id="broken-status" role="status" data-code={chartError?.code}>
        {chartError ? `The app noticed: ${chartError.code} (${chartError.message})` : ''}
      </p>
      <cate-chart
        id="broken"
        section="sex"
        src="./no-such-file.csv"
        oncate-error={(event) => setChartError(event.detail)}
      />
    </main>
  );
}
