// The National Human Trafficking Hotline's state report as data: a hand-picked list of re-exports.
export { hotlineTaxonomy, hotlineSections, HOTLINE_SOURCE, FEWER_THAN_THREE_NOTE } from './taxonomy.js';
export { HOTLINE_MISSOURI_2020 } from './missouri-2020.js';
export type { HotlineDataset, HotlinePublishedTable, HotlinePublishedRow } from './missouri-2020.js';
export { hotlinePercent, formatHotlinePercent } from './percent.js';
export { hotlinePeriod, hotlinePeriodLabel, hotlineSeriesDocument, hotlineSeries } from './series.js';
export { categoryGroups, groupSums } from './groups.js';
export type { CategoryGroup } from './groups.js';
