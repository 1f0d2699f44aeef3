import { css } from 'lit';

export const topNeedsStyles = css`
  ol.needs {
    list-style: none;
    padding: 0;
    margin: 8px 0;
    display: grid;
    gap: 12px;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
  }
  .need {
    border-top: 4px solid var(--_c1);
    padding-top: 4px;
  }
  .need-title {
    font-size: 1.2em;
    font-weight: 700;
    margin: 0 0 4px;
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .rank {
    color: var(--_muted);
    font-weight: 600;
    margin-inline-end: 6px;
  }
  .need ul {
    margin: 0 0 8px;
    padding-inline-start: 1.2em;
  }
  .label {
    font-weight: 600;
    margin: 6px 0 2px;
  }
  .sources {
    color: var(--_muted);
    font-size: max(12px, 0.9em);
    margin: 8px 0 0;
    padding-inline-start: 1.2em;
  }
`;
