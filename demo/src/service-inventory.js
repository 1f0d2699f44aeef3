// Seed 004's figure 1 from its published counts, and the inventory counted from core's synthetic resource guide.
import '@cate/charts/cate-service-inventory.js';
import { inventoryFromCounts, parseResourceGuide } from '@cate/core';
import { fetchJson, start } from './page.js';

start(async () => {
  const [figure1, guide] = await Promise.all([
    fetchJson('/data/st-louis-inventory-2022.json'),
    fetchJson('/data/examples/missouri-resource-guide.json'),
  ]);
  const published = document.getElementById('figure-1');
  published.heading = figure1.title;
  published.inventory = inventoryFromCounts(figure1.counties, figure1.serviceTypes, figure1.counts);
  const synthetic = parseResourceGuide(guide);
  document.getElementById('synthetic-notice').textContent = synthetic.notice;
  document.getElementById('synthetic-inventory').guide = synthetic;
});
