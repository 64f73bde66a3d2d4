// Baseline for `npm run bench:sparql` (added to a blank page beside Cytoscape): bare Cytoscape.js given the explorer's final canvas (its
// elements, positions, classes, style and view), starting from what was there before the first
// expand and adding each expand's elements in one `cy.add`, as they came. For each addition: the
// milliseconds from the call to the frame that draws it, and the longest main-thread task until
// the page has rested.
(() => {
  const longTasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push([e.startTime, e.duration]))).observe({ type: 'longtask' });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const rest = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  window.replay = async ({ canvas, first, batches, restMs }) => {
    const { style, elements, zoom, pan } = JSON.parse(canvas);
    const byId = new Map(elements.map((e) => [e.data.id, e]));
    const pick = (ids) => ids.map((id) => byId.get(id)).filter(Boolean);
    const cy = cytoscape({ container: document.getElementById('cy'), style, elements: pick(first), layout: { name: 'preset' }, autounselectify: true, boxSelectionEnabled: false });
    window.cy = cy;
    cy.viewport({ zoom, pan });
    for (let i = 0; i < 10; i++) await frame();
    const drawn = [];
    let longest = 0;
    for (const batch of batches) {
      await rest(restMs);
      const from = performance.now();
      cy.add(pick(batch));
      // Cytoscape's own frame callback was registered before this one: this runs after the draw.
      await frame();
      drawn.push(performance.now() - from);
      await rest(restMs);
      for (const [start, duration] of longTasks) if (start >= from - 1) longest = Math.max(longest, duration);
    }
    return { drawn, longest };
  };
})();
