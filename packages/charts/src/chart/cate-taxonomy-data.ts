// The CATE taxonomy, as a module of its own: imported only by cate-taxonomy.ts, dynamically, so that its text
// (titles, descriptions, notes, categories of 41 sections) is a chunk a page downloads only when it needs it.
export { cateTaxonomy } from '@cate/core';
