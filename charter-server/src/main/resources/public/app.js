// Charter's web UI: one page over the JSON API. Plain JavaScript; ECharts (from its WebJar) draws the two charts.
'use strict';

const ui = {
  token: null,
  book: null,          // the book's summary, as /api/books lists it
  acts: [],            // the timeline, as /api/books/{book}/acts answers it
  moments: [],         // distinct valid times of the acts, in order: the stops of the time control
  asOf: null,          // the "as of" moment: { iso, ms }
  tenures: null,
  selected: null,      // id of the act whose report is shown
  graph: null,
  gantt: null,
};

const $ = (sel) => document.querySelector(sel);

/** Builds an element; text goes in as text, never as HTML. */
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const kid of kids.flat()) {
    if (kid === null || kid === undefined || kid === false) continue;
    e.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  }
  return e;
}

// ---- API ------------------------------------------------------------------------------------------------------

async function api(path) {
  const res = await fetch(path, { headers: { Authorization: 'Bearer ' + ui.token } });
  const body = await res.json().catch(() => ({ message: res.statusText }));
  if (res.status === 401) {
    sessionStorage.removeItem('charter.token');
    showLogin();
    throw new Error(body.message);
  }
  if (!res.ok) throw new Error(body.message || res.statusText);
  return body;
}

function bookPath(rest) {
  return '/api/books/' + encodeURIComponent(ui.book.id) + rest;
}

function showMessage(text) {
  const m = $('#message');
  m.textContent = text;
  m.hidden = !text;
}

function showLogin() {
  $('#login').hidden = false;
  $('#app').hidden = true;
}

// ---- Times ----------------------------------------------------------------------------------------------------

/** "2023-11-17T12:00-08:00" as "2023-11-17 12:00 −08:00", in the book's own zone as the API gives it. */
function fmt(iso) {
  if (!iso) return '';
  const offset = (iso.match(/([+-]\d\d:\d\d|Z)$/) || [''])[0];
  return iso.slice(0, 10) + ' ' + iso.slice(11, 16) + (offset ? ' ' + offset.replace('-', '\u2212') : '');
}

function day(iso) {
  return iso ? iso.slice(0, 10) : '';
}

const isDefective = (verdict) => !!verdict && (verdict.startsWith('invalid') || verdict.startsWith('undetermined'));

// ---- Start ----------------------------------------------------------------------------------------------------

async function start() {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem('charter.token', fromHash);
    // The token leaves the address bar (and the history) as soon as it is read.
    history.replaceState(null, '', location.pathname + location.search);
  }
  ui.token = sessionStorage.getItem('charter.token');
  wire();
  if (!ui.token) {
    showLogin();
    return;
  }
  try {
    const { books } = await api('/api/books');
    if (books.length === 0) {
      showMessage('This token has a role on no book.');
      return;
    }
    const select = $('#book');
    select.replaceChildren(...books.map((b) => el('option', { value: b.id }, b.id)));
    select.onchange = () => loadBook(books.find((b) => b.id === select.value));
    $('#login').hidden = true;
    $('#app').hidden = false;
    await loadBook(books[0]);
  } catch (e) {
    showMessage(e.message);
  }
}

function wire() {
  $('#login').addEventListener('submit', (ev) => {
    ev.preventDefault();
    sessionStorage.setItem('charter.token', $('#token').value.trim());
    location.reload();
  });
  $('#asof-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const text = $('#asof').value.trim();
    if (text) setAsOf(text);
  });
  $('#slider').addEventListener('input', () => {
    $('#asof-label').textContent = fmt(ui.moments[+$('#slider').value]);
  });
  $('#slider').addEventListener('change', () => setAsOf(ui.moments[+$('#slider').value]));
  $('#prev').addEventListener('click', () => step(-1));
  $('#next').addEventListener('click', () => step(+1));
  $('#zoom-around').addEventListener('click', () => zoomAround());
  $('#zoom-all').addEventListener('click', () => ui.gantt && ui.gantt.dispatchAction({ type: 'dataZoom', start: 0, end: 100 }));
  window.addEventListener('resize', () => [ui.graph, ui.gantt].forEach((c) => c && c.resize()));
}

function step(delta) {
  const i = Math.min(ui.moments.length - 1, Math.max(0, +$('#slider').value + delta));
  setAsOf(ui.moments[i]);
}

async function loadBook(book) {
  ui.book = book;
  $('#book-title').textContent = book.title + ' \u00b7 times in ' + book.timezone;
  const [timeline, tenures] = await Promise.all([api(bookPath('/acts')), api(bookPath('/tenures'))]);
  ui.acts = timeline.acts;
  ui.tenures = tenures;
  const seen = new Map();
  for (const a of ui.acts) {
    const ms = Date.parse(a.valid_at);
    if (!seen.has(ms)) seen.set(ms, a.valid_at);
  }
  ui.moments = [...seen.entries()].sort((x, y) => x[0] - y[0]).map((x) => x[1]);
  $('#slider').max = String(Math.max(0, ui.moments.length - 1));
  renderTimeline();
  renderGantt();
  await setAsOf(book.last_valid_at);
}

/** Moves the whole page to a moment: the state is asked of the server, everything else follows. */
async function setAsOf(text) {
  try {
    const state = await api(bookPath('/state?at=' + encodeURIComponent(text)));
    showMessage('');
    ui.asOf = { iso: state.basis.valid_at, ms: Date.parse(state.basis.valid_at) };
    $('#asof').value = text;
    $('#asof-label').textContent = fmt(ui.asOf.iso);
    document.querySelectorAll('.asof-echo').forEach((e) => { e.textContent = 'as of ' + fmt(ui.asOf.iso); });
    let i = 0;
    ui.moments.forEach((m, k) => { if (Date.parse(m) <= ui.asOf.ms) i = k; });
    $('#slider').value = String(i);
    renderBoard(state);
    renderGraph(state);
    markTimeline();
    markGantt();
  } catch (e) {
    showMessage(e.message);
  }
}

// ---- Boards and officers --------------------------------------------------------------------------------------

function person(t, extra) {
  const defective = isDefective(t.basis_verdict);
  return el('li', { class: (extra || '') + (defective ? ' defective' : ''), 'data-person': t.person },
    el('span', { class: 'name' }, t.name),
    el('span', { class: 'since' }, (t.office ? t.office + ' \u00b7 ' : '') + 'since ' + day(t.since)),
    defective ? el('span', { class: 'flag' }, 'rests on ' + t.basis_act + ' (' + t.basis_verdict + ')') : null);
}

function vacated(v) {
  return el('li', { class: 'vacated' },
    el('span', { class: 'name' }, v.name),
    el('span', { class: 'since' }, v.position + ' emptied ' + day(v.at)),
    el('span', { class: 'flag' }, 'by ' + v.by_act + ' (' + v.verdict + ')'));
}

function renderBoard(state) {
  const box = $('#board');
  const full = state.entities.filter((e) => e.bodies.length || e.officers.length || e.chair);
  const others = state.entities.filter((e) => !full.includes(e));
  box.replaceChildren(
    ...full.map((e) => el('div', { class: 'entity', 'data-entity': e.id },
      el('h3', {}, e.name),
      el('div', { class: 'facts' }, [e.kind, e.jurisdiction,
        e.ultimate_controller !== e.id ? 'controlled by ' + e.ultimate_controller : 'controls itself']
        .filter(Boolean).join(' \u00b7 ')),
      ...e.bodies.map((b) => el('div', { class: 'body', 'data-body': b.id },
        el('div', { class: 'body-head' }, 'Board (' + b.id + '): ',
          el('span', { class: 'director-count' }, b.director_count + (b.director_count === 1 ? ' director' : ' directors'))),
        el('ul', { class: 'people' }, ...b.directors.map((d) => person(d, 'director')),
          ...b.seats_vacated_by_defective_acts.map(vacated)))),
      el('div', { class: 'body-head' }, 'Chair and officers'),
      el('ul', { class: 'people officers' },
        e.chair ? person({ ...e.chair, office: 'chair' }, 'officer') : null,
        ...e.officers.map((o) => person(o, 'officer')),
        ...e.offices_vacated_by_defective_acts.map(vacated)))),
    others.length ? el('div', { class: 'entity' },
      el('div', { class: 'facts' }, 'Also on record: ' + others.map((e) => e.name).join(', '))) : null);
}

// ---- Control and economics graph ------------------------------------------------------------------------------

function renderGraph(state) {
  if (!window.echarts) return;
  ui.graph = ui.graph || echarts.init($('#graph'));
  const names = new Map(state.entities.map((e) => [e.id, e.name]));
  const nodes = new Map();
  const links = new Map();
  const node = (id) => {
    if (!nodes.has(id)) {
      const entity = names.has(id);
      nodes.set(id, {
        id, name: names.get(id) || id, symbol: entity ? 'roundRect' : 'circle',
        symbolSize: entity ? [150, 30] : 16,
        itemStyle: { color: entity ? '#e8effb' : '#2e9e6b', borderColor: entity ? '#2f5fb3' : '#1d6b49' },
        label: entity ? { show: true, position: 'inside', width: 140, overflow: 'truncate' }
          : { show: true, position: 'right' },
      });
    }
  };
  for (const e of state.entities) {
    node(e.id);
    for (const l of e.control_chain) {
      node(l.controller); node(l.controlled);
      links.set('c|' + l.controller + '|' + l.controlled, {
        source: l.controller, target: l.controlled, value: l.kind,
        lineStyle: { color: '#33415c', width: 2.5, type: 'solid', curveness: 0 },
        label: { show: true, formatter: l.kind, color: '#33415c' },
      });
    }
    for (const h of e.economic_holders) {
      node(h.holder);
      const share = (h.percent ? h.percent + '%' : 'share not on record') + (h['class'] ? ' ' + h['class'] : '');
      links.set('e|' + h.holder + '|' + e.id + '|' + h['class'], {
        source: h.holder, target: e.id, value: share,
        lineStyle: { color: '#2e9e6b', width: 1.5, type: 'dashed', curveness: 0.25 },
        label: { show: true, formatter: share, color: '#1d6b49' },
      });
    }
  }
  ui.graph.setOption({
    animation: false,
    tooltip: { formatter: (p) => p.dataType === 'edge' ? p.data.source + ' \u2192 ' + p.data.target + ': ' + p.data.value : p.data.name },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      force: { repulsion: 900, edgeLength: [140, 220], gravity: 0.06 },
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 9,
      edgeLabel: { fontSize: 11 },
      label: { fontSize: 12, color: '#1d2330' },
      data: [...nodes.values()], links: [...links.values()],
    }],
  }, true);
}

// ---- Board and officers over time (a Gantt chart) -------------------------------------------------------------

const POSITION_COLOURS = {
  director: '#2f5fb3', chair: '#7a4fb5', ceo: '#1f7a43', 'interim-ceo': '#d97706', president: '#0e7490',
};

function ganttRows() {
  const rows = [];
  for (const b of ui.tenures.bodies) {
    for (const s of b.seats) rows.push({ key: b.id + '|' + s.person, label: s.name + ' \u2014 director', span: s });
  }
  for (const e of ui.tenures.officers) {
    for (const s of e.offices) {
      rows.push({ key: e.entity + '|' + s.position + '|' + s.person, label: s.name + ' \u2014 ' + s.position, span: s });
    }
  }
  return rows;
}

function renderGantt() {
  if (!window.echarts) return;
  ui.gantt = ui.gantt || echarts.init($('#gantt'));
  const rows = ganttRows();
  const labels = [...new Set(rows.map((r) => r.label))];
  const end = Date.parse(ui.tenures.to) + 30 * 86400e3;
  const data = rows.map((r) => {
    const defective = isDefective(r.span.basis_verdict);
    const colour = POSITION_COLOURS[r.span.position] || '#64748b';
    return {
      value: [labels.indexOf(r.label), Date.parse(r.span.since), r.span.until ? Date.parse(r.span.until) : end],
      span: r.span,
      itemStyle: { color: defective ? colour + '66' : colour, borderColor: defective ? '#b42318' : colour, borderWidth: defective ? 2 : 0 },
    };
  });
  $('#gantt').style.height = Math.max(260, labels.length * 24 + 90) + 'px';
  ui.gantt.resize();
  ui.gantt.setOption({
    animation: false,
    grid: { left: 230, right: 30, top: 10, bottom: 60 },
    tooltip: {
      formatter: (p) => {
        const s = p.data.span;
        return s.name + ' \u2014 ' + s.position + '<br>' + day(s.since) + ' \u2192 ' + (s.until ? day(s.until) : 'still') +
          '<br>by ' + s.basis_act + (s.basis_verdict ? ' (' + s.basis_verdict + ')' : '') +
          (s.ended_by ? '<br>ended by ' + s.ended_by : '');
      },
    },
    xAxis: { type: 'time', min: Date.parse(ui.tenures.from) - 30 * 86400e3, max: end },
    yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { fontSize: 12 } },
    dataZoom: [{ type: 'slider', xAxisIndex: 0, filterMode: 'weakFilter', height: 18, bottom: 12 },
      { type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter' }],
    series: [{
      id: 'spans', type: 'custom', encode: { x: [1, 2], y: 0 }, data,
      renderItem: (params, api) => {
        const from = api.coord([api.value(1), api.value(0)]);
        const to = api.coord([api.value(2), api.value(0)]);
        const h = api.size([0, 1])[1] * 0.62;
        const shape = echarts.graphic.clipRectByRect(
          { x: from[0], y: from[1] - h / 2, width: Math.max(2, to[0] - from[0]), height: h },
          { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height });
        return shape && { type: 'rect', shape, style: api.style() };
      },
      markLine: { symbol: 'none', silent: true, data: [], lineStyle: { color: '#d92d20', width: 2, type: 'solid' } },
    }],
  }, true);
  ui.gantt.off('click');
  ui.gantt.on('click', (p) => p.data && p.data.span && showAct(p.data.span.basis_act));
}

function markGantt() {
  if (!ui.gantt || !ui.asOf) return;
  ui.gantt.setOption({ series: [{ id: 'spans', markLine: { data: [{ xAxis: ui.asOf.ms, label: { formatter: day(ui.asOf.iso) } }] } }] });
  if (!ui.ganttZoomed) {
    ui.ganttZoomed = true;
    zoomAround();
  }
}

/** Shows the months around the "as of" moment, where a long history would otherwise squeeze them flat. */
function zoomAround() {
  if (!ui.gantt || !ui.asOf) return;
  const days = 86400e3;
  ui.gantt.dispatchAction({ type: 'dataZoom', startValue: ui.asOf.ms - 45 * days, endValue: ui.asOf.ms + 20 * days });
}

// ---- Timeline -------------------------------------------------------------------------------------------------

function renderTimeline() {
  $('#timeline').replaceChildren(...ui.acts.map((a) => {
    const status = a.verdict ? a.verdict.status : 'note';
    const label = a.verdict ? (a.verdict.defect ? status + ' (' + a.verdict.defect + ')' : status.replace(/_/g, ' ')) : 'note';
    return el('li', { 'data-act': a.id, 'data-valid': Date.parse(a.valid_at), onclick: () => showAct(a.id) },
      el('span', { class: 'when' }, fmt(a.valid_at)),
      el('span', {}, el('span', { class: 'badge ' + status }, label.replace('valid with warnings', 'warnings'))),
      el('span', { class: 'summary' }, a.summary),
      a.sources.length ? el('ul', { class: 'sources' }, ...a.sources.map((s) => el('li', {}, s))) : null);
  }));
}

function markTimeline() {
  let current = null;
  for (const li of document.querySelectorAll('#timeline > li')) {
    const after = +li.dataset.valid > ui.asOf.ms;
    li.classList.toggle('after', after);
    li.classList.remove('current');
    if (!after) current = li;
  }
  if (current) {
    current.classList.add('current');
    const list = $('#timeline');
    list.scrollTop = current.offsetTop - list.offsetTop - list.clientHeight / 2;
  }
}

// ---- Verdict report -------------------------------------------------------------------------------------------

async function showAct(id) {
  try {
    const a = await api(bookPath('/acts/' + encodeURIComponent(id)));
    ui.selected = id;
    document.querySelectorAll('#timeline > li').forEach((li) => li.classList.toggle('selected', li.dataset.act === id));
    const v = a.verdict;
    $('#verdict').replaceChildren(el('div', { class: 'report', 'data-act': a.id },
      el('h3', {}, a.summary),
      v ? el('p', {}, el('span', { class: 'badge ' + v.status }, v.status.replace(/_/g, ' ') + (v.defect ? ' (' + v.defect + ')' : '')),
        ' under the rules in force at its valid time')
        : el('p', {}, el('span', { class: 'badge note' }, 'note'), ' an annotation: it keeps its place on the timeline and changes no state'),
      el('dl', {},
        el('dt', {}, 'act'), el('dd', {}, el('code', {}, a.id), ' (' + a.type + ')'),
        el('dt', {}, 'valid at'), el('dd', {}, fmt(a.valid_at)),
        el('dt', {}, 'recorded at'), el('dd', {}, fmt(a.recorded_at)),
        el('dt', {}, 'ledger entry'), el('dd', {}, '#' + a.seq + ' ', el('code', {}, a.hash.slice(0, 16) + '\u2026'))),
      v ? el('table', { class: 'findings' },
        el('thead', {}, el('tr', {}, el('th', {}, 'rule'), el('th', {}, 'outcome'), el('th', {}, 'the numbers behind it'))),
        el('tbody', {}, ...v.findings.map((f) => el('tr', { class: 'finding', 'data-rule': f.rule },
          el('td', { class: 'rule' }, f.rule),
          el('td', { class: 'outcome ' + f.outcome }, f.outcome.replace('_', ' ') + (f.defect ? ' (' + f.defect + ')' : '')),
          el('td', {}, f.detail, f.citation ? el('div', { class: 'citation' }, f.citation) : null))))) : null,
      a.sources.length ? [el('h4', {}, 'Sources'), el('ul', {}, ...a.sources.map((s) => el('li', {}, s)))] : null,
      a.note ? [el('h4', {}, 'Note'), el('p', {}, a.note)] : null));
  } catch (e) {
    showMessage(e.message);
  }
}

document.addEventListener('DOMContentLoaded', start);
