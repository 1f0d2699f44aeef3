import { describe, expect, it, vi } from 'vitest';
import { describeChart } from '../src/chart/derive.js';
import * as tableViews from '../src/layout/table-view.js';
import { englishMessages } from '../src/index.js';
import { continents } from './fixtures.js';

describe('describeChart', () => {
  const describe_ = () =>
    describeChart(continents, {
      kind: 'grouped-bar',
      requestedKind: 'grouped-bar',
      title: 'Continent of Origin',
      locale: 'en-US',
      section: undefined,
      messages: englishMessages,
    });

  it('makes the data table view when it is first read, once, equal to tableView() of the same series', () => {
    const made = vi.spyOn(tableViews, 'tableView');
    const description = describe_();
    expect(made, 'not before it is read').not.toHaveBeenCalled();
    const view = description.tableView;
    expect(made).toHaveBeenCalledTimes(1);
    expect(description.tableView, 'the same view when read again').toBe(view);
    expect(made).toHaveBeenCalledTimes(1);
    made.mockRestore();
    expect(view).toEqual(
      tableViews.tableView(continents, { measure: description.measure, locale: 'en-US', messages: englishMessages }),
    );
    expect(view.rows.length).toBe(continents.quarters.length);
  });
});
