// Baseline B for graphs without positions: bare Cytoscape.js laying out with its own force layout
// (cose) on the page, as a plain Cytoscape page would; marks when the layout stops.
(async () => {
  const name = new URLSearchParams(location.search).get('g');
  const { elements, style } = await (await fetch(`unpositioned-${name}.json`)).json();
  const cy = cytoscape({ container: document.getElementById('cy'), elements, style, autounselectify: true, boxSelectionEnabled: false });
  window.cy = cy;
  performance.mark('bare:interactive');
  const layout = cy.layout({ name: 'cose', animate: false, randomize: true, fit: true });
  layout.one('layoutstop', () => requestAnimationFrame(() => performance.mark('bare:laid-out')));
  layout.run();
})();
