// Baseline B: bare Cytoscape.js with the explorer's elements, style and preset positions.
(async () => {
  const n = new URLSearchParams(location.search).get('n');
  const { elements, style } = await (await fetch(`bare-${n}.json`)).json();
  const cy = cytoscape({ container: document.getElementById('cy'), elements, style, layout: { name: 'preset' }, autounselectify: true, boxSelectionEnabled: false });
  window.cy = cy;
  cy.one('render', () => {
    performance.mark('bare:first-render');
    requestAnimationFrame(() => performance.mark('bare:interactive'));
  });
  cy.fit(undefined, 30);
})();
