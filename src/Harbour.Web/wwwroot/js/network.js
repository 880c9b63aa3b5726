// Draws the network page's graph from the JSON data element. The tables below it hold the same data, so the page
// works without this script and the graph is hidden from assistive technology.
const container = document.getElementById('network-graph');
const data = document.getElementById('network-data');
if (container && data && window.cytoscape) {
  const graph = JSON.parse(data.textContent);
  container.hidden = false;
  const shapes = { person: 'ellipse', phone: 'round-rectangle', address: 'diamond', vehicle: 'hexagon', business: 'rectangle', record: 'tag' };
  const colours = { person: '#1d70b8', phone: '#00703c', address: '#d4351c', vehicle: '#4c2c92', business: '#f47738', record: '#505a5f' };
  const cy = window.cytoscape({
    container,
    elements: [...graph.nodes, ...graph.edges],
    layout: { name: graph.nodes.length > 200 ? 'grid' : 'cose', animate: false },
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-size': 10,
          'text-valign': 'bottom',
          shape: (node) => shapes[node.data('kind')] || 'ellipse',
          'background-color': (node) => colours[node.data('kind')] || '#505a5f',
          width: 18,
          height: 18,
        },
      },
      { selector: 'node[?start]', style: { 'border-width': 4, 'border-color': '#0b0c0c', width: 28, height: 28 } },
      { selector: 'edge', style: { width: 1, 'line-color': '#b1b4b6' } },
    ],
  });
  cy.on('tap', 'node', (event) => {
    const href = event.target.data('href');
    if (href) {
      window.location.assign(href);
    }
  });
}
