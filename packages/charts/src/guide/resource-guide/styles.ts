import { css } from 'lit';

export const resourceGuideStyles = css`
  :host {
    container-type: inline-size;
  }
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 12px;
    align-items: flex-end;
    margin: 8px 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 2px;
    flex: 1 1 12em;
    min-width: 0;
  }
  label {
    font-weight: 600;
  }
  input,
  select {
    /* 16px keeps phones from zooming into the field. */
    font: inherit;
    font-size: max(16px, 1em);
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: 4px;
    padding: 6px 8px;
    width: 100%;
    box-sizing: border-box;
    min-height: 44px;
  }
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  form button {
    min-height: 44px;
  }
  .count {
    font-weight: 600;
    margin: 8px 0;
  }
  .results {
    display: grid;
    gap: 12px;
  }
  .provider {
    border: 1px solid var(--_grid);
    border-radius: 4px;
    padding: 8px 12px;
    overflow-wrap: anywhere;
  }
  .provider .name {
    font-size: 1.05em;
    font-weight: 600;
    margin: 0 0 4px;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr;
    gap: 2px 12px;
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  @container (max-width: 420px) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-bottom: 4px;
    }
  }
  @media (forced-colors: active) {
    input,
    select {
      border-color: ButtonText;
    }
  }
`;
