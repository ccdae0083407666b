/* kg viewer: filters, legend, side panel and roll-up switch around a vis-network graph.
 *
 * Every string that comes from an article (labels, topics, sentences, titles, urls) reaches the page
 * only through textContent, Option(), setAttribute() on a vetted href, or vis-network's plain-text
 * tooltips. Nothing here assigns innerHTML or evaluates text.
 */
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('kg-data').textContent);
  var events = data.events;
  var actors = data.actors;
  var articles = data.articles;
  var allTypes = data.legend.types.map(function (t) { return t.name; });
  var typeInfo = {};
  data.legend.types.forEach(function (t) { typeInfo[t.name] = t; });
  var quadInfo = {};
  data.legend.quads.forEach(function (q) { quadInfo[q.id] = q; });

  var state = {
    level: data.byCountry ? 'country' : 'actor',
    types: new Set(allTypes),
    article: '',
    actor: '',
    from: '',
    to: '',
    isolated: false   /* actors with no edge at this level (a reporter, a lone statement): hidden at first */
  };

  function $(id) { return document.getElementById(id); }

  /* createElement with text children only; attrs are set as attributes, never parsed as HTML. */
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function safeHref(url) {
    if (typeof url !== 'string') return null;
    try {
      var u = new URL(url);
      return (u.protocol === 'http:' || u.protocol === 'https:') ? u.href : null;
    } catch (e) { return null; }
  }

  function rolled(id) {
    if (id === null || id === undefined) return null;
    if (state.level !== 'country') return id;
    var a = actors[id];
    return (a && a.state) ? a.state : id;
  }

  function label(id) {
    if (id === null || id === undefined) return 'unknown';  // an event whose agent the text does not name
    var a = actors[id];
    return a ? a.label : String(id);
  }

  /* Partial dates (2021, 2021-12) cover a range; an event passes when its range meets [from, to]. */
  function dateRange(d) {
    if (!d) return null;
    if (d.length === 4) return [d + '-01-01', d + '-12-31'];
    if (d.length === 7) return [d + '-01', d + '-31'];
    return [d.slice(0, 10), d.slice(0, 10)];
  }

  function eventVisible(i) {
    var ev = events[i];
    if (!state.types.has(ev.type)) return false;
    if (state.article !== '' && ev.article !== Number(state.article)) return false;
    if (state.actor && rolled(ev.agent) !== state.actor && rolled(ev.target) !== state.actor) return false;
    if (state.from || state.to) {
      var r = dateRange(ev.when);
      if (!r) return false;
      if (state.from && r[1] < state.from) return false;
      if (state.to && r[0] > state.to) return false;
    }
    return true;
  }

  function filtersActive() {
    return state.types.size !== allTypes.length || state.article !== '' || state.actor !== '' ||
      state.from !== '' || state.to !== '';
  }

  // ------------------------------------------------------------------ data sets and views
  var edgeById = {};
  data.edges.forEach(function (e) { edgeById[e.id] = e; });
  var nodeById = {};
  data.nodes.forEach(function (n) { nodeById[n.id] = n; });

  var visibleNode = {};
  var visibleEdge = {};
  var edgeCount = {};  /* events an edge's label, title and width count: all of them, as Python drew it */
  data.edges.forEach(function (e) { edgeCount[e.id] = e.events.length; });

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var copy = Object.assign({}, n);
    copy.size = n.sizes[state.level] || n.size;
    return copy;
  }));
  /* Edge labels: all of them when few edges are shown, else only the one under the pointer. The first
     mode goes into the items themselves (no filter is on yet: every edge of the level is shown), since
     updating thousands of edges afterwards costs seconds. */
  var labelSize = (data.options.edges && data.options.edges.font && data.options.edges.font.size) || 11;
  var shownEdges = data.edges.filter(function (e) { return e.level === state.level; }).length;
  var firstLabels = shownEdges <= data.edgeLabelsUpTo ? 'all' : 'hover';
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return Object.assign({}, e, { font: { size: firstLabels === 'all' ? labelSize : 0 } });
  }));
  computeVisibility();
  var nodesView = new vis.DataView(nodes, { filter: function (n) { return visibleNode[n.id] === true; } });
  var edgesView = new vis.DataView(edges, { filter: function (e) { return visibleEdge[e.id] === true; } });

  function edgeWidth(n) {
    var w = data.edgeWidth;
    var max = Math.max(2, data.maxEdgeCount);
    return w.min + (w.max - w.min) * Math.log(Math.min(Math.max(n, 1), max)) / Math.log(max);
  }

  function edgeLabel(e, n) { return n > 1 ? e.verb + ' \u00d7' + n : e.verb; }

  function edgeTitle(e, n) {
    return label(e.from) + ' \u2192 ' + label(e.to) + '\n' + edgeLabel(e, n) + ' (' + e.type + ', ' +
      (quadInfo[e.quad] ? quadInfo[e.quad].label.toLowerCase() : 'other') + ')';
  }

  function computeVisibility() {
    var involved = new Set();
    var changes = [];
    var shownEvents = 0;
    data.edges.forEach(function (e) {
      var n = 0;
      if (e.level === state.level) {
        for (var k = 0; k < e.events.length; k++) if (eventVisible(e.events[k])) n++;
      }
      visibleEdge[e.id] = n > 0;
      if (n > 0) { involved.add(e.from); involved.add(e.to); }
      if (n > 0 && edgeCount[e.id] !== n) {
        changes.push({ id: e.id, label: edgeLabel(e, n), title: edgeTitle(e, n), width: edgeWidth(n) });
      }
      if (n > 0) edgeCount[e.id] = n;
    });
    for (var i = 0; i < events.length; i++) {
      if (eventVisible(i)) {
        shownEvents++;
        if (events[i].target === null) involved.add(rolled(events[i].agent));
      }
    }
    var active = filtersActive();
    data.nodes.forEach(function (n) {
      var linked = n.linked.indexOf(state.level) >= 0;
      visibleNode[n.id] = n.levels.indexOf(state.level) >= 0 && (linked || state.isolated) &&
        (!active || involved.has(n.id));
    });
    if (changes.length) edges.update(changes);
    return shownEvents;
  }

  // ------------------------------------------------------------------ network
  var container = $('graph');

  var viewer = window.kgViewer = {
    data: data, state: state, nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView,
    network: null, stabilized: false, timings: { script: performance.now() },
    eventVisible: eventVisible
  };

  var options = data.options;
  var nodeFontSize = (options.nodes && options.nodes.font && options.nodes.font.size) || 14;
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, options);
  viewer.network = network;
  viewer.timings.network = performance.now();

  /* Every node comes placed (kg.layout, in Python): nothing to simulate, the first frame is the layout. */
  function settled() {
    viewer.stabilized = true;
    viewer.timings.stabilized = performance.now();
    document.body.setAttribute('data-state', 'ready');
  }

  /* Fit the shown actors, but never so far out that labels cannot be read: then centre on the most
     central actor (the largest node) at the smallest readable zoom. */
  function firstView() {
    var ids = nodesView.getIds();
    if (!ids.length) return;
    network.fit({ nodes: ids, animation: false });
    var readable = data.readableLabelPx / nodeFontSize;
    if (network.getScale() < readable) {
      var top = ids.reduce(function (best, id) {
        return (nodes.get(id).size || 0) > (nodes.get(best).size || 0) ? id : best;
      }, ids[0]);
      network.moveTo({ position: network.getPositions([top])[top], scale: readable, animation: false });
    }
  }
  viewer.firstView = firstView;

  viewer.edgeLabels = firstLabels;
  function edgeLabelMode() {
    var mode = edgesView.length <= data.edgeLabelsUpTo ? 'all' : 'hover';
    if (mode === viewer.edgeLabels) return;
    viewer.edgeLabels = mode;
    var size = mode === 'all' ? labelSize : 0;
    edges.update(data.edges.map(function (e) { return { id: e.id, font: { size: size } }; }));
  }
  network.on('hoverEdge', function (p) {
    if (viewer.edgeLabels === 'hover') edges.update({ id: p.edge, font: { size: labelSize } });
  });
  network.on('blurEdge', function (p) {
    if (viewer.edgeLabels === 'hover') edges.update({ id: p.edge, font: { size: 0 } });
  });

  // ------------------------------------------------------------------ side panel
  var panel = $('panel');

  function addField(dl, name, value) {
    if (value === null || value === undefined || value === '') return;
    dl.appendChild(el('dt', null, name));
    dl.appendChild(el('dd', null, value));
  }

  /* The evidence sentence with the trigger marked: text nodes and a <mark>, nothing parsed. */
  function evidence(ev) {
    var q = el('blockquote', 'evidence');
    var s = ev.sentence || '';
    var at = ev.trigger ? s.toLowerCase().indexOf(ev.trigger.toLowerCase()) : -1;
    if (at < 0) {
      q.textContent = s;
    } else {
      q.appendChild(document.createTextNode(s.slice(0, at)));
      q.appendChild(el('mark', null, s.slice(at, at + ev.trigger.length)));
      q.appendChild(document.createTextNode(s.slice(at + ev.trigger.length)));
    }
    return q;
  }

  function eventItem(i) {
    var ev = events[i];
    var li = el('li', 'event');
    li.setAttribute('data-event', String(i));
    var head = el('div', 'ev-head');
    var badge = el('span', 'badge', ev.type);
    badge.style.backgroundColor = (typeInfo[ev.type] && typeInfo[ev.type].color) || '#888';
    head.appendChild(badge);
    head.appendChild(el('span', null, label(ev.agent) + (ev.target !== null ? ' \u2192 ' + label(ev.target) : '')));
    if (ev.negated) head.appendChild(el('span', 'flag', 'negated'));
    if (ev.modality && ev.modality !== 'asserted' && !(ev.negated && ev.modality === 'negated')) {
      head.appendChild(el('span', 'flag', ev.modality));
    }
    li.appendChild(head);
    var dl = el('dl');
    addField(dl, 'What', ev.topic);
    addField(dl, 'When', ev.date || (ev.when ? ev.when + ' (article date)' : null));
    addField(dl, 'Reported by', ev.reportedBy !== null ? label(ev.reportedBy) : ev.reportedByLabel);
    addField(dl, 'Condition', ev.condition);
    addField(dl, 'Modality', ev.modality);
    addField(dl, 'Confidence', ev.confidence !== null ? String(ev.confidence) : null);
    li.appendChild(dl);
    li.appendChild(evidence(ev));
    var art = articles[ev.article];
    if (art) {
      var src = el('div', 'source');
      var href = safeHref(art.url);
      var name = art.title || art.id;
      if (href) {
        var a = el('a', null, name);
        a.setAttribute('href', href);
        a.setAttribute('target', '_blank');
        a.setAttribute('rel', 'noopener noreferrer');
        src.appendChild(a);
      } else {
        src.appendChild(el('span', 'article-title', name));
      }
      if (art.date) src.appendChild(document.createTextNode(' \u00b7 ' + art.date));
      li.appendChild(src);
    }
    return li;
  }

  function compareEvents(a, b) {
    var da = events[a].when || '', db = events[b].when || '';
    return da < db ? -1 : da > db ? 1 : a - b;
  }

  function showEvents(head, list) {
    var box = $('panel-head');
    clear(box);
    box.appendChild(head);
    var ol = $('panel-events');
    clear(ol);
    list.sort(compareEvents);
    list.slice(0, data.panelLimit).forEach(function (i) { ol.appendChild(eventItem(i)); });
    if (list.length > data.panelLimit) {
      ol.appendChild(el('li', 'more', (list.length - data.panelLimit) + ' more events not listed'));
    }
    if (!list.length) ol.appendChild(el('li', 'more', 'No event passes the filters.'));
    panel.hidden = false;
  }

  function showEdge(id) {
    var e = edgeById[id];
    if (!e) return;
    var list = e.events.filter(eventVisible);
    var head = el('div');
    head.appendChild(el('h2', null, label(e.from) + ' \u2192 ' + label(e.to)));
    head.appendChild(el('p', 'meta', edgeLabel(e, list.length) + ' \u00b7 ' + e.type + ' \u00b7 ' +
      (quadInfo[e.quad] ? quadInfo[e.quad].label : '')));
    showEvents(head, list);
    viewer.panel = { kind: 'edge', id: id };
  }

  function showNode(id) {
    var a = actors[id];
    if (!a) return;
    var head = el('div');
    head.appendChild(el('h2', null, a.label));
    var meta = [a.clsLabel];
    if (a.iso3) meta.push(a.iso3);
    if (a.wikidata) meta.push('Wikidata ' + a.wikidata);
    if (a.state && a.state !== id && actors[a.state]) meta.push('acts for ' + actors[a.state].label);
    head.appendChild(el('p', 'meta', meta.join(' \u00b7 ')));
    if (state.level === 'country') {
      var members = Object.keys(actors).filter(function (k) { return k !== id && actors[k].state === id; })
        .map(function (k) { return actors[k].label; }).sort();
      if (members.length) head.appendChild(el('p', 'meta', 'Includes: ' + members.join(', ')));
    }
    var list = [];
    for (var i = 0; i < events.length; i++) {
      var ev = events[i];
      if ((rolled(ev.agent) === id || rolled(ev.target) === id) && eventVisible(i)) list.push(i);
    }
    showEvents(head, list);
    viewer.panel = { kind: 'node', id: id };
  }

  function hidePanel() { panel.hidden = true; viewer.panel = null; }

  network.on('click', function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else hidePanel();
  });
  $('panel-close').addEventListener('click', function () { network.unselectAll(); hidePanel(); });

  viewer.showEdge = showEdge;
  viewer.showNode = showNode;
  viewer.selectEdge = function (id) { network.selectEdges([id]); showEdge(id); };
  viewer.selectNode = function (id) { network.selectNodes([id]); showNode(id); };
  /* What the network shows: the views' current items (not a fresh run of their filters). */
  viewer.visibleEdgeIds = function () { return Object.keys(network.body.edges).filter(function (id) { return edgeById[id]; }); };
  viewer.visibleNodeIds = function () { return Object.keys(network.body.nodes).filter(function (id) { return nodeById[id]; }); };

  // ------------------------------------------------------------------ controls
  /* network.storePositions() walks the whole DataSet and fails on nodes outside the view: keep our own. */
  function storePositions() {
    var pos = network.getPositions(nodesView.getIds());
    nodes.update(Object.keys(pos).map(function (id) { return { id: id, x: pos[id].x, y: pos[id].y }; }));
  }

  function showStats(shown) {
    $('stats').textContent = nodesView.length + ' actors \u00b7 ' + edgesView.length + ' edges \u00b7 ' +
      shown + ' of ' + events.length + ' events';
  }

  function refresh() {
    storePositions();  // nodes that leave the view come back where they were
    var shown = computeVisibility();
    nodesView.refresh();
    edgesView.refresh();
    edgeLabelMode();
    showStats(shown);
    if (viewer.panel) {
      if (viewer.panel.kind === 'edge' && visibleEdge[viewer.panel.id]) showEdge(viewer.panel.id);
      else if (viewer.panel.kind === 'node' && visibleNode[viewer.panel.id]) showNode(viewer.panel.id);
      else hidePanel();
    }
  }
  viewer.refresh = refresh;

  function fillActorSelect() {
    var select = $('actor-filter');
    while (select.options.length > 1) select.remove(1);
    data.nodes.filter(function (n) { return n.levels.indexOf(state.level) >= 0; })
      .map(function (n) { return [label(n.id), n.id]; })
      .sort(function (a, b) { return a[0].localeCompare(b[0]); })
      .forEach(function (pair) { select.add(new Option(pair[0], pair[1])); });
    select.value = state.actor;
  }

  function fillArticleSelect() {
    var select = $('article-filter');
    articles.map(function (a, i) { return [a, i]; })
      .sort(function (x, y) { return (x[0].date || '').localeCompare(y[0].date || '') || x[1] - y[1]; })
      .forEach(function (pair) {
        var a = pair[0];
        select.add(new Option((a.date ? a.date + ' \u2014 ' : '') + (a.title || a.id), String(pair[1])));
      });
  }

  function legendSwatch(color, shape) {
    var s = el('span', 'swatch' + (shape && shape !== 'dot' ? ' ' + shape : ''));
    s.style.backgroundColor = color;
    return s;
  }

  function fillLegend() {
    var box = $('legend-events');
    data.legend.quads.forEach(function (q) {
      var types = data.legend.types.filter(function (t) { return t.quad === q.id; });
      if (!types.length) return;
      var h = el('h3');
      var line = el('span', 'line' + (q.dashes ? ' dashed' : ''));
      line.style.borderTopColor = q.color;
      h.appendChild(line);
      h.appendChild(document.createTextNode(q.label));
      box.appendChild(h);
      types.forEach(function (t) {
        var row = el('label', 'check legend-row');
        var cb = document.createElement('input');
        cb.type = 'checkbox';
        cb.checked = true;
        cb.value = t.name;
        cb.className = 'type-filter';
        cb.setAttribute('data-type', t.name);
        cb.addEventListener('change', function () {
          if (cb.checked) state.types.add(t.name); else state.types.delete(t.name);
          refresh();
        });
        row.appendChild(cb);
        var l = el('span', 'line' + (q.dashes ? ' dashed' : ''));
        l.style.borderTopColor = t.color;
        row.appendChild(l);
        row.appendChild(el('span', null, t.name + ' (' + t.verb + ')'));
        row.appendChild(el('span', 'count', String(t.count)));
        box.appendChild(row);
      });
    });
    var actorsBox = $('legend-actors');
    data.legend.classes.forEach(function (c) {
      var row = el('div', 'legend-row');
      row.appendChild(legendSwatch(c.color, c.shape));
      row.appendChild(el('span', null, c.label));
      row.appendChild(el('span', 'count', String(c.count)));
      actorsBox.appendChild(row);
    });
  }

  function setAllTypes(on) {
    document.querySelectorAll('input.type-filter').forEach(function (cb) {
      cb.checked = on;
      if (on) state.types.add(cb.value); else state.types.delete(cb.value);
    });
    refresh();
  }

  function search() {
    var q = $('search').value.trim().toLowerCase();
    var out = $('search-result');
    if (!q) { network.unselectAll(); out.textContent = ''; return []; }
    var hits = nodesView.getIds().filter(function (id) {
      var a = actors[id] || {};
      return [a.label, a.iso3, a.wikidata].some(function (v) { return v && String(v).toLowerCase().indexOf(q) >= 0; });
    });
    network.selectNodes(hits, false);
    if (hits.length && hits.length <= 50) network.fit({ nodes: hits, animation: false });
    out.textContent = hits.length === 1 ? '1 actor' : hits.length + ' actors';
    return hits;
  }
  viewer.search = function (text) { $('search').value = text; return search(); };

  function setLevel(level) {
    if (level === state.level) return;
    state.level = level;
    if (state.actor) state.actor = level === 'country' ? rolled(state.actor) : state.actor;
    nodes.update(data.nodes.filter(function (n) { return n.sizes[level]; })
      .map(function (n) { return { id: n.id, size: n.sizes[level], x: n.positions[level][0], y: n.positions[level][1] }; }));
    fillActorSelect();
    computeVisibility();
    nodesView.refresh();
    edgesView.refresh();
    edgeLabelMode();
    showStats(computeVisibility());
    isolatedCount();
    firstView();
  }
  viewer.setLevel = setLevel;

  $('search').addEventListener('input', search);
  $('search').addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') { var hits = search(); if (hits.length === 1) showNode(hits[0]); }
  });
  $('rollup').addEventListener('change', function () { setLevel(this.checked ? 'country' : 'actor'); });
  $('isolated').addEventListener('change', function () { state.isolated = this.checked; refresh(); });
  $('actor-filter').addEventListener('change', function () { state.actor = this.value; refresh(); });
  $('article-filter').addEventListener('change', function () { state.article = this.value; refresh(); });
  $('date-from').addEventListener('change', function () { state.from = this.value; refresh(); });
  $('date-to').addEventListener('change', function () { state.to = this.value; refresh(); });
  $('types-all').addEventListener('click', function () { setAllTypes(true); });
  $('types-none').addEventListener('click', function () { setAllTypes(false); });
  $('reset').addEventListener('click', function () {
    state.article = ''; state.actor = ''; state.from = ''; state.to = '';
    $('article-filter').value = ''; $('actor-filter').value = ''; $('date-from').value = ''; $('date-to').value = '';
    setAllTypes(true);
  });

  if (data.dateMin) { $('date-from').min = $('date-to').min = data.dateMin; }
  if (data.dateMax) { $('date-from').max = $('date-to').max = data.dateMax; }
  /* How many actors of this level have no edge: the toggle says what it would show. */
  function isolatedCount() {
    var n = data.nodes.filter(function (node) {
      return node.levels.indexOf(state.level) >= 0 && node.linked.indexOf(state.level) < 0;
    }).length;
    $('isolated-count').textContent = '(' + n + ')';
  }

  fillLegend();
  fillActorSelect();
  fillArticleSelect();
  isolatedCount();
  showStats(computeVisibility());
  edgeLabelMode();
  firstView();
  settled();
})();
