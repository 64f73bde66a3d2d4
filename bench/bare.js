// Baseline B: bare Cytoscape.js with the explorer's elements, style and preset positions.
(async () => {
  const n = new URLSearchParams(location.search).get('n');
  const url = `bare-${n}.json`;
  let marked = false;
  // Creates the instance from the file; resolves after its first frame. Marks the first one only.
  const load = async () => {
    const { elements, style } = await (await fetch(url)).json();
    const cy = cytoscape({ container: document.getElementById('cy'), elements, style, layout: { name: 'preset' }, autounselectify: true, boxSelectionEnabled: false });
    window.cy = cy;
    const painted = new Promise((resolve) => {
      cy.one('render', () => {
        if (!marked) performance.mark('bare:first-render');
        requestAnimationFrame(() => {
          if (!marked) performance.mark('bare:interactive');
          marked = true;
          resolve();
        });
      });
    });
    cy.fit(undefined, 30);
    return painted;
  };
  // One close/open cycle of the graph, as the explorer's "Bundled graph" then "Open graph file".
  window.reopen = () => {
    window.cy.destroy();
    return load();
  };
  await load();
})();
