import { useEffect, useState } from 'react';
import type { ChartErrorDetail } from '@cate/charts';
// <cate-chart> and the other elements in JSX, generated from the package's custom-elements.json: their attributes,
// properties (`data` typed as a publication or series of @cate/core) and event props (oncate-ready, oncate-error).
import type {} from '@cate/charts/react-types';
import type { PublicationDocument } from '@cate/core';

const QUARTER_RANGES = [
  { value: '2024-Q1..2025-Q4', label: '2024 and 2025' },
  { value: '2025-Q1..2025-Q4', label: '2025 only' },
  { value: '2024-Q1..2024-Q4', label: '2024 only' },
];

/**
 * The coalition's publication as an app would have it: fetched JSON (the cate-publication@1 document that
 * `cate publish` writes; it holds no per-organization number), handed to the element as its `data` property.
 * The element draws the `section` it is given from it.
 */
function usePublication(url: string): { publication: PublicationDocument | undefined; loadError: string | undefined } {
  const [publication, setPublication] = useState<PublicationDocument>();
  const [loadError, setLoadError] = useState<string>();
  useEffect(() => {
    let current = true;
    fetch(url)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((json: PublicationDocument) => current && setPublication(json))
      .catch((error: Error) => current && setLoadError(error.message));
    return () => {
      current = false;
    };
  }, [url]);
  return { publication, loadError };
}

export function App() {
  const { publication, loadError } = usePublication('./publication.json');
  const [quarters, setQuarters] = useState(QUARTER_RANGES[0]!.value);
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
        </label>
      </form>

      {loadError ? <p role="alert">The publication could not be loaded: {loadError}</p> : null}
      {publication ? (
        <cate-chart
          id="chart"
          section="continent-of-origin"
          data={publication}
          quarters={quarters}
          oncate-ready={(event) => setDrawnKind(event.detail.kind)}
        />
      ) : (
        <p role="status">Loading the publication…</p>
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
        src="./no-such-publication.json"
        oncate-error={(event) => setChartError(event.detail)}
      />
    </main>
  );
}
