// Charter's web UI: one page over the JSON API. Plain JavaScript; ECharts (from its WebJar) draws the entity graph
// and, in waterfall.js, the distribution waterfall.
'use strict';

const ui = {
  token: null,
  book: null,          // the book's summary, as /api/books lists it
  acts: [],            // the timeline, as /api/books/{book}/acts answers it
  byValid: [],         // the acts in valid-time order, ties in ledger order: the stops of the time control
  late: new Map(),     // id of a late-recorded act -> the act recorded before it with a later valid time
  cursor: -1,          // index in byValid of the act the time control stands on; -1 before the first act
  asOf: null,          // the "as of" moment: { iso, ms }
  asked: 0,            // number of the latest state request, so that a slow answer to an older one is dropped
  refusal: null,       // the server's message when it last refused a moment
  state: null,         // the state answer as of the moment
  view: 'acted',       // the register shown: 'acted' or 'legal'
  order: 'valid',      // the timeline's order: 'valid' (valid time) or 'recorded' (ledger order)
  tenures: null,
  selected: null,      // id of the act whose report is shown
  graph: null,
  ganttAll: false,    // whether the tenure chart shows the whole history rather than the weeks around the moment
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

/** Text made safe to go where ECharts takes HTML (its tooltips): every markup character becomes an entity. */
function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
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

/**
 * Every page of a paged answer (the timeline, the tenures): asks for the pages after the first while its `next` is
 * not null, and hands each to `join`, which adds it to the first.
 */
async function allPages(path, join) {
  const first = await api(path);
  for (let page = first; page.next != null;) {
    page = await api(path + (path.includes('?') ? '&' : '?') + 'after=' + page.next);
    join(first, page);
  }
  return first;
}

function joinActs(all, page) {
  all.acts.push(...page.acts);
}

/** Adds a page of tenures: each body's seats and each entity's offices to its own, kept in order of `since`. */
function joinTenures(all, page) {
  const add = (groups, more, id, key) => {
    for (const g of more) {
      const mine = groups.find((x) => x[id] === g[id]);
      if (!mine) groups.push(g);
      else mine[key] = [...mine[key], ...g[key]].sort((x, y) => Date.parse(x.since) - Date.parse(y.since));
    }
  };
  add(all.bodies, page.bodies, 'id', 'seats');
  add(all.officers, page.officers, 'entity', 'offices');
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

/**
 * When an act happened as its source knows it: the year or month (or a span of them) where the source gives no day,
 * as the CLI shows it ("2018\u20132019, day not on record"), else the time.
 */
function when(a) {
  if (!a.valid_precision) return fmt(a.valid_at);
  return period(a.valid_at, a.valid_precision, a.valid_through);
}

function period(iso, precision, through) {
  const first = iso.slice(0, precision === 'year' ? 4 : 7);
  return first + (through ? '\u2013' + through : '') + ', day not on record';
}

function day(iso) {
  return iso ? iso.slice(0, 10) : '';
}

const isDefective = (verdict) => !!verdict && (verdict.startsWith('invalid') || verdict.startsWith('undetermined'));
const isInvalid = (verdict) => !!verdict && verdict.startsWith('invalid');
const isUndetermined = (verdict) => !!verdict && verdict.startsWith('undetermined');

// ---- Address --------------------------------------------------------------------------------------------------

/** The page's book, moment, register, order and open report, in the query string: a link reproduces the page. */
function updateAddress() {
  if (!ui.book) return;
  const q = new URLSearchParams();
  q.set('book', ui.book.id);
  if (ui.asOf) q.set('at', ui.asOf.iso);
  q.set('view', ui.view);
  if (ui.order !== 'valid') q.set('order', ui.order);
  if (ui.selected) q.set('act', ui.selected);
  history.replaceState(null, '', location.pathname + '?' + q.toString());
}

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
    const asked = new URLSearchParams(location.search);
    ui.view = asked.get('view') === 'legal' ? 'legal' : 'acted';
    ui.order = asked.get('order') === 'recorded' ? 'recorded' : 'valid';
    $('#order').value = ui.order;
    const select = $('#book');
    select.replaceChildren(...books.map((b) => el('option', { value: b.id }, b.id)));
    select.onchange = () => loadBook(books.find((b) => b.id === select.value));
    $('#login').hidden = true;
    $('#app').hidden = false;
    const book = books.find((b) => b.id === asked.get('book')) || books[0];
    select.value = book.id;
    await loadBook(book, asked.get('at'), asked.get('act'));
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
    const a = ui.byValid[+$('#slider').value];
    $('#asof-label').textContent = a ? fmt(a.valid_at) : '';
  });
  $('#slider').addEventListener('change', () => {
    const i = +$('#slider').value;
    if (ui.byValid[i]) setAsOf(ui.byValid[i].valid_at, i);
  });
  $('#prev').addEventListener('click', () => step(-1));
  $('#next').addEventListener('click', () => step(+1));
  $('#zoom-around').addEventListener('click', () => { ui.ganttAll = false; renderGantt(); });
  $('#zoom-all').addEventListener('click', () => { ui.ganttAll = true; renderGantt(); });
  $('#sensitivity-run').addEventListener('click', loadSensitivity);
  $('#order').addEventListener('change', () => {
    ui.order = $('#order').value === 'recorded' ? 'recorded' : 'valid';
    renderTimeline();
    markTimeline();
    updateAddress();
  });
  document.querySelectorAll('#view-switch button').forEach((b) => b.addEventListener('click', () => {
    ui.view = b.dataset.view === 'legal' ? 'legal' : 'acted';
    renderState();
    updateAddress();
  }));
  // The graph is laid out in pixels of its box: a new width lays it out again.
  window.addEventListener('resize', () => { if (ui.graph && ui.state) { ui.graph.resize(); renderGraph(shownState()); } });
}

/** One act back or on in valid time: every act is a stop, those sharing a moment too, so none is skipped. */
function step(delta) {
  if (ui.byValid.length === 0 || (ui.cursor < 0 && delta < 0)) return;
  const i = Math.min(ui.byValid.length - 1, Math.max(0, ui.cursor + delta));
  if (i === ui.cursor) return;
  ui.cursor = i; // at once, so that a second click before the answer steps on from here
  setAsOf(ui.byValid[i].valid_at, i);
}

/** Index in byValid of the last act at or before a moment; -1 when the moment is before every act. */
function lastActAtOrBefore(ms) {
  let i = -1;
  ui.byValid.forEach((a, k) => { if (Date.parse(a.valid_at) <= ms) i = k; });
  return i;
}

async function loadBook(listed, at, act) {
  // The list describes a book the server has not loaded without its valid times: ask for the book itself.
  const book = listed.loaded ? listed : await api('/api/books/' + encodeURIComponent(listed.id));
  ui.book = book;
  ui.selected = null;
  $('#sensitivity').replaceChildren();
  $('#verdict').replaceChildren(el('p', { class: 'muted' }, 'Select an act in the timeline.'));
  $('#book-title').textContent = book.title + ' \u00b7 times in ' + book.timezone;
  const [timeline, tenures] = await Promise.all([allPages(bookPath('/acts'), joinActs),
    allPages(bookPath('/tenures'), joinTenures)]);
  ui.acts = timeline.acts;
  ui.tenures = tenures;
  orderActs();
  $('#slider').max = String(Math.max(0, ui.byValid.length - 1));
  renderTimeline();
  renderGantt();
  if (!at || !(await setAsOf(at))) {
    const refused = at ? ui.refusal : null;
    await setAsOf(book.last_valid_at);
    if (refused) showMessage('The address asks for at=' + at + ': ' + refused);
  }
  if (act) await showAct(act);
}

/**
 * The acts in valid-time order for the time control, and which were recorded late: an act is late-recorded when an
 * act recorded before it (a lower ledger sequence) has a later valid time.
 */
function orderActs() {
  const bySeq = [...ui.acts].sort((x, y) => x.seq - y.seq);
  ui.byValid = bySeq.map((a) => ({ a, ms: Date.parse(a.valid_at) })).sort((x, y) => x.ms - y.ms || x.a.seq - y.a.seq)
    .map((x) => x.a);
  ui.late = new Map();
  let latest = null;
  for (const a of bySeq) {
    const ms = Date.parse(a.valid_at);
    if (latest && Date.parse(latest.valid_at) > ms) ui.late.set(a.id, latest);
    if (!latest || ms > Date.parse(latest.valid_at)) latest = a;
  }
}

/**
 * Moves the whole page to a moment: the state is asked of the server, everything else follows. The cursor is the act
 * the time control then stands on; without one, the last act at or before the moment. Answers whether it moved.
 */
async function setAsOf(text, cursor) {
  const n = ++ui.asked;
  try {
    const state = await api(bookPath('/state?at=' + encodeURIComponent(text)));
    if (n !== ui.asked) return true;
    showMessage('');
    ui.state = state;
    ui.asOf = { iso: state.basis.valid_at, ms: Date.parse(state.basis.valid_at) };
    ui.cursor = cursor === undefined ? lastActAtOrBefore(ui.asOf.ms) : cursor;
    $('#asof').value = text;
    $('#asof-label').textContent = fmt(ui.asOf.iso);
    document.querySelectorAll('.asof-echo').forEach((e) => { e.textContent = 'as of ' + fmt(ui.asOf.iso); });
    $('#slider').value = String(Math.max(0, ui.cursor));
    renderState();
    markTimeline();
    renderGantt();
    updateAddress();
    loadHypotheses();
    return true;
  } catch (e) {
    if (n !== ui.asked) return true;
    ui.refusal = e.message;
    showMessage(e.message);
    return false;
  }
}

// ---- Registers ------------------------------------------------------------------------------------------------

/** The register shown: a server that answers both registers gives them under views; an older one gives one. */
function shownState() {
  const views = ui.state && ui.state.views;
  if (!views) return ui.state;
  return views[ui.view] || views.acted || views.legal;
}

function renderState() {
  const views = ui.state.views;
  const shown = shownState();
  $('#view-switch').hidden = !views;
  document.querySelectorAll('#view-switch button').forEach((b) => {
    b.setAttribute('aria-pressed', String(b.dataset.view === ui.view));
  });
  document.querySelectorAll('.view-echo').forEach((e) => {
    e.textContent = views ? (ui.view === 'legal' ? '\u00b7 under the rules' : '\u00b7 as acted') : '';
  });
  renderBoard(shown);
  renderDifferences(views ? ui.state.differences || [] : []);
  renderGraph(shown);
  renderWaterfall(shown);
}

// ---- Boards and officers --------------------------------------------------------------------------------------

function person(t, extra, position) {
  const defective = isDefective(t.basis_verdict);
  const kind = isInvalid(t.basis_verdict) ? ' defective invalid' : defective ? ' defective undetermined' : '';
  return el('li', { class: (extra || '') + kind, 'data-person': t.person, 'data-position': position },
    el('span', { class: 'name' }, t.name),
    el('span', { class: 'since' }, (t.office ? t.office + ' \u00b7 ' : '') + 'since ' + (t.since_precision ? period(t.since, t.since_precision, t.since_through) : day(t.since))),
    defective ? el('span', { class: 'flag' }, 'rests on ' + t.basis_act + ' (' + t.basis_verdict + ')') : null);
}

function vacated(v, position) {
  return el('li', { class: 'vacated', 'data-person': v.person, 'data-position': position },
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
      entityDocuments(e),
      ...e.bodies.map((b) => el('div', { class: 'body', 'data-body': b.id },
        el('div', { class: 'body-head' }, 'Board (' + b.id + '): ',
          el('span', { class: 'director-count' }, b.director_count + (b.director_count === 1 ? ' director' : ' directors'))),
        el('ul', { class: 'people' }, ...b.directors.map((d) => person(d, 'director', 'director of ' + b.id)),
          ...b.seats_vacated_by_defective_acts.map((v) => vacated(v, 'director of ' + b.id))))),
      el('div', { class: 'body-head' }, 'Chair and officers'),
      el('ul', { class: 'people officers' },
        e.chair ? person({ ...e.chair, office: 'chair' }, 'officer', 'office chair') : null,
        ...e.officers.map((o) => person(o, 'officer', 'office ' + o.office)),
        ...e.offices_vacated_by_defective_acts.map((v) => vacated(v, 'office ' + v.position))))),
    ...(others.length ? [el('div', { class: 'entity' },
      el('div', { class: 'facts' }, 'Also on record: ' + others.map((e) => e.name).join(', ')))] : []));
}

/** Everyone named in either register, for the names of the people a difference is about. */
function peopleNames() {
  const names = new Map();
  const views = ui.state.views ? Object.values(ui.state.views) : [ui.state];
  for (const v of views) {
    for (const e of v.entities) {
      const all = [...e.bodies.flatMap((b) => [...b.directors, ...b.seats_vacated_by_defective_acts]),
        ...e.officers, ...e.offices_vacated_by_defective_acts, ...(e.chair ? [e.chair] : [])];
      all.forEach((t) => names.set(t.person, t.name));
    }
  }
  return names;
}

/** Same position, written either way: "office chair" is the chair card. */
const samePosition = (a, b) => a === b || (a.replace(/^office /, '') === b.replace(/^office /, ''));

/**
 * The list of positions whose holder differs between the registers, and on the board a mark on each card concerned:
 * the holder shown has another (or none) in the other register, or a holder of the other register is missing here.
 */
function renderDifferences(differences) {
  const box = $('#differences');
  box.hidden = differences.length === 0;
  if (box.hidden) return;
  const names = peopleNames();
  const entityName = (id) => (shownState().entities.find((e) => e.id === id) || { name: id }).name;
  const who = (id) => (id ? names.get(id) || id : 'nobody');
  const here = ui.view === 'legal' ? 'legal' : 'acted';
  const there = here === 'legal' ? 'acted' : 'legal';
  const label = { acted: 'as acted', legal: 'under the rules' };
  box.replaceChildren(
    el('h3', {}, differences.length + (differences.length === 1 ? ' position differs' : ' positions differ')
      + ' between the registers'),
    el('ul', {}, ...differences.map((d) => el('li', { 'data-entity': d.entity, 'data-position': d.position },
      d.position + ' (' + entityName(d.entity) + '): as acted, ' + who(d.acted) + '; under the rules, ' + who(d.legal)))));
  for (const d of differences) {
    const entity = document.querySelector('#board .entity[data-entity="' + CSS.escape(d.entity) + '"]');
    if (!entity) continue;
    const cards = [...entity.querySelectorAll('li[data-position]')].filter((li) => samePosition(li.dataset.position, d.position));
    const card = cards.find((li) => li.dataset.person === (d[here] || d[there]));
    const note = el('span', { class: 'other-view' }, label[there] + ': '
      + (card && !d[here] ? 'still holds it' : who(d[there])));
    if (card) {
      card.classList.add('differs');
      card.append(note);
      continue;
    }
    // The other register's holder has no card here: one stands in for it, dashed.
    const list = d.position.startsWith('director of ')
      ? entity.querySelector('.body[data-body="' + CSS.escape(d.position.slice('director of '.length)) + '"] .people')
      : entity.querySelector('.people.officers');
    if (list) {
      list.append(el('li', { class: 'absent differs', 'data-person': d[there], 'data-position': d.position },
        el('span', { class: 'name' }, who(d[there])),
        el('span', { class: 'since' }, d.position.replace(/^office /, '') + ' ' + label[there] + ' only')));
    }
  }
}

// ---- Control and economics graph ------------------------------------------------------------------------------

const GRAPH_FONT = { size: 12, family: 'sans-serif', line: 15 };
let measurer = null;

function textWidth(text) {
  measurer = measurer || document.createElement('canvas').getContext('2d');
  measurer.font = GRAPH_FONT.size + 'px ' + GRAPH_FONT.family;
  return measurer.measureText(text).width;
}

/** The text cut to a width, with an ellipsis when anything was cut. */
function ellipsis(text, max) {
  if (textWidth(text) <= max) return text;
  let t = text;
  while (t.length > 1 && textWidth(t + '\u2026') > max) t = t.slice(0, -1);
  return t.trimEnd() + '\u2026';
}

/** A name in lines of at most max pixels, word by word; past the last line allowed, an ellipsis. */
function wrapName(text, max, most) {
  const lines = [];
  for (const word of String(text).split(/\s+/).filter(Boolean)) {
    const last = lines.length ? lines[lines.length - 1] + ' ' + word : null;
    if (last !== null && textWidth(last) <= max) lines[lines.length - 1] = last;
    else lines.push(word);
  }
  if (lines.length > most) lines.splice(most - 1, lines.length, lines.slice(most - 1).join(' ') + '\u2026');
  return lines.map((l) => ellipsis(l, max));
}

/** A box for a name: its lines, and a size that holds them with a margin. */
function nameBox(name, max) {
  const lines = wrapName(name, max, 3);
  const width = Math.max(96, Math.ceil(Math.max(...lines.map(textWidth))) + 20);
  return { lines, width, height: lines.length * GRAPH_FONT.line + 14 };
}

/**
 * Entities placed by control: control runs left to right, one column per level, each box wide enough for its name
 * (wrapped) and the columns far enough apart for the label of the arrow between them; parties that only hold economic
 * interests stand in rows below. Control links are solid arrows, economic interests dashed. Positions are pixels of
 * the chart, and two invisible corner nodes make the drawing span it exactly, so that ECharts draws them as placed.
 */
function renderGraph(state) {
  if (!window.echarts || !state) return;
  const box = $('#graph');
  ui.graph = ui.graph || echarts.init(box, null, { renderer: 'svg' });
  const names = new Map(state.entities.map((e) => [e.id, e.name]));
  const level = new Map();
  const controllers = new Set();
  for (const e of state.entities) {
    level.set(e.id, e.control_chain.length);
    e.control_chain.forEach((l) => controllers.add(l.controller));
  }
  controllers.forEach((c) => { if (!level.has(c)) level.set(c, 0); });
  const inControl = (id) => controllers.has(id) || (level.get(id) || 0) > 0;
  const holders = new Set();
  for (const e of state.entities) e.economic_holders.forEach((h) => { if (!inControl(h.holder)) holders.add(h.holder); });
  state.entities.forEach((e) => { if (!inControl(e.id)) holders.add(e.id); });

  const columns = new Map();
  for (const [id, l] of level) {
    if (holders.has(id)) continue;
    if (!columns.has(l)) columns.set(l, []);
    columns.get(l).push(id);
  }
  const depth = columns.size ? Math.max(...columns.keys()) + 1 : 0;
  const controlLinks = [];
  for (const e of state.entities) {
    for (const l of e.control_chain) {
      if (!controlLinks.some((x) => x.controller === l.controller && x.controlled === l.controlled)) controlLinks.push(l);
    }
  }
  const W = Math.max(320, box.clientWidth);
  const margin = 12;
  // Between two columns: the widest label of an arrow crossing there, and room either side of it.
  const gapAfter = (l) => 28 + Math.max(0, ...controlLinks.filter((x) => level.get(x.controller) === l)
    .map((x) => textWidth(x.kind)));
  const gaps = [...Array(Math.max(0, depth - 1)).keys()].map(gapAfter);
  // The widest a name may wrap to: as wide as fits, from 180 px down to 70.
  let max = 180;
  let boxes;
  const sizeColumns = () => {
    boxes = new Map();
    for (const ids of columns.values()) ids.forEach((id) => boxes.set(id, nameBox(names.get(id) || id, max)));
    const widths = [...Array(depth).keys()].map((l) => Math.max(0, ...(columns.get(l) || []).map((id) => boxes.get(id).width)));
    return { widths, need: widths.reduce((a, b) => a + b, 0) + gaps.reduce((a, b) => a + b, 0) + 2 * margin };
  };
  let sized = sizeColumns();
  while (sized.need > W && max > 70) {
    max -= 10;
    sized = sizeColumns();
  }
  const spare = Math.max(0, W - sized.need);
  const spread = depth > 1 ? spare / (depth - 1) : 0;
  const xs = [];
  let x = margin + (depth === 1 ? spare / 2 : 0);
  for (let l = 0; l < depth; l++) {
    xs.push(x + sized.widths[l] / 2);
    x += sized.widths[l] + (l < depth - 1 ? gaps[l] + spread : 0);
  }
  const nodes = [];
  const place = (id, cx, cy, b, entity) => nodes.push({
    id, name: names.get(id) || id, x: cx, y: cy, symbol: 'rect', symbolSize: [b.width, b.height],
    itemStyle: { color: entity ? '#e8effb' : '#eaf6f0', borderColor: entity ? '#2f5fb3' : '#2e9e6b', borderWidth: 1.5 },
    label: {
      show: true, position: 'inside', formatter: b.lines.join('\n'), lineHeight: GRAPH_FONT.line,
      fontSize: GRAPH_FONT.size, fontFamily: GRAPH_FONT.family, color: '#1d2330', align: 'center',
    },
  });
  let controlBottom = margin;
  for (let l = 0; l < depth; l++) {
    let top = margin;
    for (const id of columns.get(l) || []) {
      const b = boxes.get(id);
      place(id, xs[l], top + b.height / 2, b, names.has(id));
      top += b.height + 24;
    }
    controlBottom = Math.max(controlBottom, top - 24);
  }
  // Holders of economics only: rows packed left to right, spread over the width.
  const holderBoxes = [...holders].map((id) => ({ id, b: nameBox(names.get(id) || id, Math.min(180, W - 2 * margin - 20)) }));
  const rows = [];
  for (const h of holderBoxes) {
    const row = rows[rows.length - 1];
    const used = row ? row.reduce((a, r) => a + r.b.width + 16, 0) : Infinity;
    if (row && used + h.b.width <= W - 2 * margin) row.push(h);
    else rows.push([h]);
  }
  // The band between control and holders holds the labels of the dashed arrows, which run up through it.
  let y = controlBottom + (rows.length ? 170 : 0);
  for (const row of rows) {
    const widths = row.reduce((a, r) => a + r.b.width, 0);
    const gap = row.length > 1 ? (W - 2 * margin - widths) / (row.length - 1) : 0;
    const tall = Math.max(...row.map((r) => r.b.height));
    let left = row.length > 1 ? margin : (W - widths) / 2;
    for (const r of row) {
      place(r.id, left + r.b.width / 2, y + tall / 2, r.b, names.has(r.id));
      left += r.b.width + gap;
    }
    y += tall + 14;
  }
  const H = Math.max(260, (rows.length ? y - 14 : controlBottom) + margin);
  if (box.clientHeight !== Math.ceil(H)) {
    box.style.height = Math.ceil(H) + 'px';
    ui.graph.resize();
  }
  const corner = (id, cx, cy) => nodes.push({
    id, name: '', x: cx, y: cy, symbolSize: 1, itemStyle: { opacity: 0 }, label: { show: false },
    tooltip: { show: false }, emphasis: { disabled: true }, corner: true,
  });
  corner('#corner-top-left', 0, 0);
  corner('#corner-bottom-right', W, Math.ceil(H));

  const links = [];
  for (const l of controlLinks) {
    links.push({
      source: l.controller, target: l.controlled, kind: 'control', text: l.kind,
      lineStyle: { color: '#33415c', width: 2.5, type: 'solid', curveness: 0 },
      label: { show: true, formatter: l.kind, color: '#33415c', fontSize: 11, fontFamily: GRAPH_FONT.family },
    });
  }
  for (const e of state.entities) {
    for (const h of e.economic_holders) {
      const share = h.percent ? h.percent + '%' : (h['class'] || 'share not on record');
      links.push({
        source: h.holder, target: e.id, kind: 'economic', text: (h.percent ? h.percent + '% ' : '') + (h['class'] || ''),
        // A holder inside the control chain would draw over a control arrow: its interest bends away, below.
        lineStyle: { color: '#2e9e6b', width: 1.5, type: 'dashed', curveness: holders.has(h.holder) ? 0 : -0.3 },
        label: { show: true, formatter: share, color: '#1d6b49', fontSize: 11, fontFamily: GRAPH_FONT.family },
      });
    }
  }
  ui.graph.setOption({
    animation: false,
    tooltip: {
      // ECharts puts what a formatter returns into the page as HTML: every name from the book is escaped.
      formatter: (p) => escapeHtml(p.dataType === 'edge'
        ? (p.data.kind === 'control' ? 'control: ' : 'economic interest: ') + p.data.source + ' \u2192 ' + p.data.target
          + (p.data.text ? ' (' + p.data.text.trim() + ')' : '')
        : p.data.name),
    },
    series: [{
      // Boxes keep their size whatever the zoom, so that names stay readable.
      type: 'graph', layout: 'none', roam: true, nodeScaleRatio: 0, left: 0, right: 0, top: 0, bottom: 0,
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 10,
      data: nodes, links,
    }],
  }, true);
}

// ---- Board and officers over time ---------------------------------------------------------------------------

const DAY = 86400e3;

function ganttRows() {
  const rows = [];
  for (const b of ui.tenures.bodies) {
    for (const s of b.seats) rows.push({ label: s.name + ' \u2014 director', span: s });
  }
  for (const e of ui.tenures.officers) {
    for (const s of e.offices) rows.push({ label: s.name + ' \u2014 ' + s.position, span: s });
  }
  return rows;
}

/** The stretch of time the chart shows: the weeks around the moment, or the whole history. */
function ganttWindow() {
  const from = Date.parse(ui.tenures.from);
  const to = Date.parse(ui.tenures.to);
  if (ui.ganttAll || !ui.asOf) return [from - 30 * DAY, to + 30 * DAY];
  return [ui.asOf.ms - 40 * DAY, ui.asOf.ms + 20 * DAY];
}

function ticks(lo, hi) {
  const out = [];
  const span = hi - lo;
  const d = new Date(lo);
  if (span > 3 * 365 * DAY) {
    for (let y = d.getUTCFullYear() + 1; Date.UTC(y, 0, 1) < hi; y++) out.push([Date.UTC(y, 0, 1), String(y)]);
  } else if (span > 120 * DAY) {
    for (let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); t < hi;) {
      const m = new Date(t);
      out.push([t, m.toISOString().slice(0, 7)]);
      t = Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1);
    }
  } else {
    const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
    const step = span > 40 * DAY ? 7 : 2;
    for (let t = first; t < hi; t += step * DAY) out.push([t, new Date(t).toISOString().slice(5, 10)]);
  }
  return out;
}

/** A Gantt chart in plain HTML: one row per person and position, one bar per span, the "as of" moment a red line. */
function renderGantt() {
  const box = $('#gantt');
  if (!ui.tenures) return;
  const [lo, hi] = ganttWindow();
  const pct = (t) => (100 * (Math.min(hi, Math.max(lo, t)) - lo)) / (hi - lo);
  const end = Date.parse(ui.tenures.to) + 365 * DAY;
  const byLabel = new Map();
  for (const r of ganttRows()) {
    const since = Date.parse(r.span.since);
    const until = r.span.until ? Date.parse(r.span.until) : end;
    if (until < lo || since > hi) continue;
    if (!byLabel.has(r.label)) byLabel.set(r.label, []);
    byLabel.get(r.label).push({ since, until, span: r.span });
  }
  const now = ui.asOf ? el('div', { class: 'g-now', style: 'left:' + pct(ui.asOf.ms) + '%' }) : null;
  box.replaceChildren(
    el('div', { class: 'g-row g-axis' }, el('span', { class: 'g-label' }),
      el('div', { class: 'g-track' }, ...ticks(lo, hi).map(([t, text]) =>
        el('span', { class: 'g-tick', style: 'left:' + pct(t) + '%' }, text)))),
    ...[...byLabel.entries()].map(([label, bars]) => el('div', { class: 'g-row' },
      el('span', { class: 'g-label', title: label }, label),
      el('div', { class: 'g-track' },
        ...bars.map((b) => {
          const s = b.span;
          // Only an invalid basis is a defect; an undetermined one (a fact the record lacks) has its own mark.
          const mark = isInvalid(s.basis_verdict) ? ' defective' : isUndetermined(s.basis_verdict) ? ' undetermined' : '';
          const title = s.name + ' \u2014 ' + s.position + ': ' + day(s.since) + ' \u2192 '
            + (s.until ? day(s.until) : 'still') + '\nby ' + s.basis_act
            + (s.basis_verdict ? ' (' + s.basis_verdict + ')' : '') + (s.ended_by ? '\nended by ' + s.ended_by : '');
          return el('div', {
            class: 'g-bar pos-' + s.position + mark + (s.until ? '' : ' open'), 'data-act': s.basis_act,
            style: 'left:' + pct(b.since) + '%;width:' + Math.max(0.4, pct(b.until) - pct(b.since)) + '%',
            title, onclick: () => showAct(s.basis_act),
          });
        }),
        now ? now.cloneNode() : null))),
    ...(byLabel.size ? [] : [el('p', { class: 'muted' }, 'No seat or office is held in this stretch of time.')]));
}

// ---- Timeline -------------------------------------------------------------------------------------------------

function renderTimeline() {
  const acts = ui.order === 'recorded' ? [...ui.acts].sort((x, y) => x.seq - y.seq) : ui.byValid;
  $('#timeline').replaceChildren(...acts.map((a) => {
    const status = a.verdict ? a.verdict.status : 'note';
    const label = a.verdict ? (a.verdict.defect ? status + ' (' + a.verdict.defect + ')' : status.replace(/_/g, ' ')) : 'note';
    const late = ui.late.get(a.id);
    return el('li', {
      'data-act': a.id, 'data-valid': Date.parse(a.valid_at), 'data-seq': a.seq, class: late ? 'late' : null,
      onclick: () => showAct(a.id),
    },
    el('span', { class: 'when', title: 'recorded ' + fmt(a.recorded_at) }, when(a),
      el('span', { class: 'seq' }, 'entry #' + a.seq)),
    el('span', {}, el('span', { class: 'badge ' + status }, label.replace('valid with warnings', 'warnings')),
      late ? el('span', {
        class: 'late-mark', title: 'recorded after ' + late.id + ' (entry #' + late.seq + '), which happened later, at '
          + fmt(late.valid_at),
      }, 'recorded late') : null),
    el('span', { class: 'summary' }, a.summary),
    a.sources.length ? el('span', { class: 'sources' }, 'sources: ' + a.sources.join(' \u00b7 ')) : null);
  }));
  if (ui.selected) document.querySelectorAll('#timeline > li').forEach((li) => li.classList.toggle('selected', li.dataset.act === ui.selected));
}

/** Greys the acts after the moment and marks the one the time control stands on. */
function markTimeline() {
  if (!ui.asOf) return;
  const current = ui.byValid[ui.cursor];
  let marked = null;
  for (const li of document.querySelectorAll('#timeline > li')) {
    li.classList.toggle('after', +li.dataset.valid > ui.asOf.ms);
    const here = !!current && li.dataset.act === current.id;
    li.classList.toggle('current', here);
    if (here) {
      li.setAttribute('aria-current', 'step');
      marked = li;
    } else {
      li.removeAttribute('aria-current');
    }
  }
  if (marked) {
    const list = $('#timeline');
    list.scrollTop = marked.offsetTop - list.offsetTop - list.clientHeight / 2;
  }
}

// ---- Hypotheses -----------------------------------------------------------------------------------------------

/**
 * The verdicts that differ between the book's hypotheses, with what each turns on, and the holders that differ at
 * the moment shown. A book whose scenario bundles none has no panel.
 */
async function loadHypotheses() {
  const asked = ui.asOf.iso;
  const res = await fetch(bookPath('/compare?differing=true&at=' + encodeURIComponent(asked)),
    { headers: { Authorization: 'Bearer ' + ui.token } });
  if (!ui.asOf || ui.asOf.iso !== asked) return;
  if (!res.ok) {
    $('#hypotheses-panel').hidden = true;
    return;
  }
  renderHypotheses(await res.json());
  $('#hypotheses-panel').hidden = false;
}

function renderHypotheses(c) {
  const ids = c.variants.map((v) => v.id);
  const state = c.states[0];
  $('#hypotheses').replaceChildren(
    el('ul', { class: 'variants' }, ...c.variants.map((v, i) => el('li', { 'data-variant': v.id },
      el('code', {}, v.id), i === 0 ? ' (reference): ' : ': ', v.title,
      v.edits.length ? el('span', { class: 'muted' }, ' \u00b7 edits: ' + v.edits.join(', ')) : null,
      v.sources.length ? el('ul', { class: 'variant-sources muted' }, ...v.sources.map((s) => el('li', {}, s))) : null))),
    c.acts.length ? el('table', { class: 'compare' },
      el('thead', {}, el('tr', {}, el('th', {}, 'act'), ...ids.map((id) => el('th', {}, id)))),
      el('tbody', {}, ...c.acts.map((row) => el('tr', { 'data-act': row.act },
        el('td', {}, el('code', {}, row.act), el('div', { class: 'muted' }, row.summary || '')),
        ...ids.map((id) => {
          const cell = row.cells[id];
          return el('td', { class: 'cell' + (cell.differs ? ' differs' : ''), 'data-variant': id },
            el('span', { class: 'badge ' + (cell.legal || 'note').split(' ')[0] }, cell.label),
            cell.differs ? el('ul', { class: 'turns' },
              ...cell.findings_changed.map((f) => el('li', { class: 'finding-changed' }, f)),
              ...cell.turns_on.map((t) => el('li', { class: 'turns-on' }, 'turns on ' + t))) : null);
        })))))
      : el('p', { class: 'muted' }, 'Every binding act has the same verdict under every hypothesis.'),
    state ? el('div', { class: 'compare-state' },
      el('h3', {}, 'Holders that differ ' + (state.differences.length ? '' : '(none) ') + 'as of ' + fmt(state.at)),
      el('ul', {}, ...state.differences.map((d) => el('li', {}, d.position + ' (' + d.register + '): ',
        ids.map((id) => id + ': ' + (d.holders[id].join(', ') || 'none')).join('; '))))) : null);
}

// ---- Sensitivity ----------------------------------------------------------------------------------------------

/** Each flip of an assumption or unknown fact, and the verdicts that turn on it; asked for by the button. */
async function loadSensitivity() {
  const book = ui.book;
  $('#sensitivity').replaceChildren(el('p', { class: 'muted' }, 'Replaying the book once per flip\u2026'));
  const res = await fetch(bookPath('/sensitivity'), { headers: { Authorization: 'Bearer ' + ui.token } });
  if (ui.book !== book) return;
  if (!res.ok) {
    const body = await res.json().catch(() => ({ message: res.statusText }));
    $('#sensitivity').replaceChildren(el('p', { class: 'error' }, body.message || res.statusText));
    return;
  }
  renderSensitivity(await res.json());
}

function renderSensitivity(s) {
  const label = Object.fromEntries(s.flips.map((f) => [f.id, f]));
  $('#sensitivity').replaceChildren(
    el('p', { class: 'muted' }, s.flips.length + ' flips, each applied alone.'),
    s.acts.length ? el('table', { class: 'compare sensitivity' },
      el('thead', {}, el('tr', {}, el('th', {}, 'act'), el('th', {}, 'verdict'), el('th', {}, 'turns on'))),
      el('tbody', {}, ...s.acts.map((row) => el('tr', { 'data-act': row.act },
        el('td', {}, el('code', {}, row.act), el('div', { class: 'muted' }, row.summary || '')),
        el('td', {}, el('span', { class: 'badge ' + row.verdict.split(' ')[0] }, row.verdict)),
        el('td', {}, el('ul', { class: 'turns' }, ...row.turns_on.map((t) => el('li', { 'data-flip': t.flip },
          el('span', { class: 'flip-kind' }, label[t.flip].kind), ' ', label[t.flip].label, ' \u2192 ',
          el('span', { class: 'badge ' + t.verdict.split(' ')[0] }, t.verdict),
          t.findings_changed.length ? el('div', { class: 'muted finding-changed' }, t.findings_changed.join('; '))
            : null))))))))
      : el('p', { class: 'muted' }, 'No verdict turns on any flip.'));
}

// ---- Documents ------------------------------------------------------------------------------------------------

/** A document of the book, fetched with the token: its bytes and the file name the server gives it. */
async function fetchDocument(kind, params, format) {
  const q = new URLSearchParams({ ...params, format });
  const res = await fetch(bookPath('/documents/' + kind + '?' + q), { headers: { Authorization: 'Bearer ' + ui.token } });
  if (!res.ok) {
    const body = await res.json().catch(() => ({ message: res.statusText }));
    throw new Error(body.message || res.statusText);
  }
  const name = (res.headers.get('Content-Disposition') || '').match(/filename="([^"]+)"/);
  return { blob: await res.blob(), name: name ? name[1] : kind + '.' + format };
}

/** Saves a document as a file: a link to its bytes, clicked once. */
async function downloadDocument(kind, params, format) {
  try {
    const d = await fetchDocument(kind, params, format);
    const url = URL.createObjectURL(d.blob);
    const a = el('a', { href: url, download: d.name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  } catch (e) {
    showMessage(e.message);
  }
}

/** Opens a document's HTML, whose print layout is the PDF's, in a new tab; the tab opens at once, so no blocker stops it. */
async function printDocument(kind, params) {
  const tab = window.open('', '_blank');
  try {
    const d = await fetchDocument(kind, params, 'html');
    if (tab) tab.location = URL.createObjectURL(d.blob);
  } catch (e) {
    if (tab) tab.close();
    showMessage(e.message);
  }
}

/** A row of buttons: the document in each format, and its print layout. */
function documentLinks(label, kind, params, formats) {
  return el('div', { class: 'doc-links', 'data-doc': kind }, el('span', { class: 'doc-label' }, label),
    ...formats.map((f) => el('button', { type: 'button', class: 'doc-link', 'data-format': f,
      title: 'Download the ' + label.toLowerCase() + ' as ' + f.toUpperCase(),
      onclick: () => downloadDocument(kind, params, f) }, f.toUpperCase())),
    el('button', { type: 'button', class: 'doc-link', 'data-format': 'print', title: 'Open the print layout',
      onclick: () => printDocument(kind, params) }, 'print layout'));
}

/** The documents of an act: its verdict report, its meeting's notice, agenda and minutes, or its consent. */
function actDocuments(a) {
  const rows = [documentLinks('Verdict report', 'verdict', { act: a.id }, ['pdf', 'md', 'html'])];
  if (a.meeting) {
    rows.push(documentLinks('Minutes', 'minutes', { meeting: a.meeting }, ['pdf', 'md', 'html']),
      documentLinks('Notice', 'notice', { meeting: a.meeting }, ['pdf', 'md', 'html']),
      documentLinks('Agenda', 'agenda', { meeting: a.meeting }, ['pdf', 'md', 'html']));
  }
  if (a.type === 'written-consent-signed') {
    rows.push(documentLinks('Written consent', 'consent', { act: a.id }, ['pdf', 'md', 'html']));
  }
  return el('div', { class: 'documents' }, el('h4', {}, 'Documents'), ...rows);
}

/** The register and the certificate of an entity as of the moment shown, the register in the register shown. */
function entityDocuments(e) {
  const at = ui.asOf.iso;
  const view = ui.view === 'acted' ? 'acted' : 'legal';
  return el('div', { class: 'documents' },
    documentLinks('Register (' + (view === 'legal' ? 'under the rules' : 'as acted') + ')', 'register',
      { at, entity: e.id, view }, ['csv', 'pdf', 'md']),
    documentLinks('Incumbency certificate', 'certificate', { at, entity: e.id }, ['pdf', 'md', 'html']));
}

// ---- Verdict report -------------------------------------------------------------------------------------------

async function showAct(id) {
  try {
    const a = await api(bookPath('/acts/' + encodeURIComponent(id)));
    ui.selected = id;
    updateAddress();
    document.querySelectorAll('#timeline > li').forEach((li) => li.classList.toggle('selected', li.dataset.act === id));
    const v = a.verdict;
    $('#verdict').replaceChildren(el('div', { class: 'report', 'data-act': a.id },
      el('h3', {}, a.summary),
      v ? el('p', {}, el('span', { class: 'badge ' + v.status }, v.status.replace(/_/g, ' ') + (v.defect ? ' (' + v.defect + ')' : '')),
        ' under the rules in force at its valid time')
        : el('p', {}, el('span', { class: 'badge note' }, 'note'), ' an annotation: it keeps its place on the timeline and changes no state'),
      el('dl', {},
        el('dt', {}, 'act'), el('dd', {}, el('code', {}, a.id), ' (' + a.type + ')'),
        el('dt', {}, 'valid at'), el('dd', {}, when(a)),
        el('dt', {}, 'recorded at'), el('dd', {}, fmt(a.recorded_at)),
        el('dt', {}, 'ledger entry'), el('dd', {}, '#' + a.seq + ' ', el('code', {}, a.hash.slice(0, 16) + '\u2026'))),
      actDocuments(a),
      v ? el('table', { class: 'findings' },
        el('thead', {}, el('tr', {}, el('th', {}, 'rule'), el('th', {}, 'outcome'), el('th', {}, 'the numbers behind it'))),
        el('tbody', {}, ...v.findings.map((f) => el('tr', { class: 'finding', 'data-rule': f.rule },
          el('td', { class: 'rule' }, f.rule),
          el('td', { class: 'outcome ' + f.outcome }, f.outcome.replace('_', ' ') + (f.defect ? ' (' + f.defect + ')' : '')),
          el('td', {}, f.detail, f.citation ? el('div', { class: 'citation' }, f.citation) : null))))) : null,
      a.sources.length ? [el('h4', {}, 'Sources'), el('ul', { class: 'sources' }, ...a.source_entries.map((s) =>
        el('li', { class: 'source', 'data-kind': s.kind }, el('span', { class: 'source-label' }, s.label),
          s.quote ? el('q', { class: 'quote' }, s.quote) : null)))] : null,
      a.note ? [el('h4', {}, 'Note'), el('p', {}, a.note)] : null));
  } catch (e) {
    showMessage(e.message);
  }
}

document.addEventListener('DOMContentLoaded', start);
