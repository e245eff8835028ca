// Draws the neighbourhood from the page's JSON block with Cytoscape.js; the edge table below works without it.
(function () {
  var data = document.getElementById('graph-data');
  var container = document.getElementById('graph');
  if (!data || !container || typeof cytoscape !== 'function') {
    return;
  }
  var graph = JSON.parse(data.textContent);
  var colours = { paper: '#4a5568', method: '#3182ce', benchmark: '#38a169', metric: '#dd6b20', task: '#805ad5' };
  var elements = [];
  graph.nodes.forEach(function (n) {
    var label = n.label.length > 40 ? n.label.substring(0, 39) + '…' : n.label;
    elements.push({ data: { id: n.id, label: label, kind: n.kind, href: n.href, center: n.center ? 'yes' : 'no' } });
  });
  graph.edges.forEach(function (e, i) {
    elements.push({ data: { id: 'e' + i, source: e.source, target: e.target, label: e.label } });
  });
  var cy = cytoscape({
    container: container,
    elements: elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
          'background-color': function (n) { return colours[n.data('kind')] || '#a0aec0'; },
          'label': 'data(label)', 'font-size': 10, 'color': '#1f2933', 'text-valign': 'bottom', 'text-margin-y': 4,
          'text-wrap': 'wrap', 'text-max-width': 130, 'width': 18, 'height': 18 } },
      { selector: 'node[center = "yes"]', style: { 'width': 30, 'height': 30, 'border-width': 3, 'border-color': '#1a202c',
          'font-weight': 'bold' } },
      { selector: 'edge', style: { 'width': 1.5, 'line-color': '#cbd2d9', 'target-arrow-color': '#cbd2d9',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier' } },
      { selector: 'edge:selected, edge.hover', style: { 'label': 'data(label)', 'font-size': 10, 'color': '#52606d',
          'line-color': '#7b8794', 'target-arrow-color': '#7b8794', 'text-rotation': 'autorotate' } }
    ],
    maxZoom: 1.4,
    layout: { name: 'concentric', animate: false, padding: 40, minNodeSpacing: 60, avoidOverlap: true,
      concentric: function (n) { return n.data('center') === 'yes' ? 3 : (n.data('kind') === 'paper' ? 1 : 2); },
      levelWidth: function () { return 1; } }
  });
  cy.on('mouseover', 'edge', function (event) { event.target.addClass('hover'); });
  cy.on('mouseout', 'edge', function (event) { event.target.removeClass('hover'); });
  cy.on('tap', 'node', function (event) {
    var href = event.target.data('href');
    if (href) {
      window.location.href = href;
    }
  });
  container.setAttribute('data-nodes', String(cy.nodes().length));
}());
