// Charter's web UI: one page over the JSON API. Plain JavaScript; ECharts (from its WebJar) draws the entity graph
// and, in waterfall.js, the distribution waterfall.
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

function day(iso) {
  return iso ? iso.slice(0, 10) : '';
}

const isDefective = (verdict) => !!verdict && (verdict.startsWith('invalid') || verdict.startsWith('undetermined'));
const isInvalid = (verdict) => !!verdict && verdict.startsWith('invalid');

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
  $('#zoom-around').addEventListener('click', () => { ui.ganttAll = false; renderGantt(); });
  $('#zoom-all').addEventListener('click', () => { ui.ganttAll = true; renderGantt(); });
  window.addEventListener('resize', () => ui.graph && ui.graph.resize());
}

function step(delta) {
  const i = Math.min(ui.moments.length - 1, Math.max(0, +$('#slider').value + delta));
  setAsOf(ui.moments[i]);
}

async function loadBook(book) {
  ui.book = book;
  $('#book-title').textContent = book.title + ' \u00b7 times in ' + book.timezone;
  const [timeline, tenures] = await Promise.all([allPages(bookPath('/acts'), joinActs),
    allPages(bookPath('/tenures'), joinTenures)]);
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
    renderGantt();
    renderWaterfall(state);
  } catch (e) {
    showMessage(e.message);
  }
}

// ---- Boards and officers --------------------------------------------------------------------------------------

function person(t, extra) {
  const defective = isDefective(t.basis_verdict);
  const kind = isInvalid(t.basis_verdict) ? ' defective invalid' : defective ? ' defective undetermined' : '';
  return el('li', { class: (extra || '') + kind, 'data-person': t.person },
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
    ...(others.length ? [el('div', { class: 'entity' },
      el('div', { class: 'facts' }, 'Also on record: ' + others.map((e) => e.name).join(', ')))] : []));
}

// ---- Control and economics graph ------------------------------------------------------------------------------

/**
 * Entities placed by control: each one row below its controller, so control reads top-down; parties that only hold
 * economic interests stand in a column on the right. Control links are solid arrows, economic interests dashed.
 */
function renderGraph(state) {
  if (!window.echarts) return;
  ui.graph = ui.graph || echarts.init($('#graph'));
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

  const rows = new Map();
  for (const [id, l] of level) {
    if (holders.has(id)) continue;
    if (!rows.has(l)) rows.set(l, []);
    rows.get(l).push(id);
  }
  const nodes = [];
  const node = (id, x, y, entity) => nodes.push({
    id, name: names.get(id) || id, x, y, symbol: 'roundRect', symbolSize: [150, 30],
    itemStyle: { color: entity ? '#e8effb' : '#eaf6f0', borderColor: entity ? '#2f5fb3' : '#2e9e6b', borderWidth: 1.5 },
    label: { show: true, position: 'inside', width: 140, overflow: 'truncate' },
  });
  // Control runs left to right, one column per level; holders of economics only sit in a row below. Positions are
  // pixels of the drawing area, spanning all of it, so that ECharts fits them without stretching one axis.
  const box = $('#graph');
  const w = Math.max(300, box.clientWidth - 180);
  const h = Math.max(200, box.clientHeight - 100);
  const deepest = Math.max(1, ...rows.keys());
  const tallest = Math.max(1, ...[...rows.values()].map((ids) => ids.length));
  const controlHeight = holders.size ? h * 0.55 : h;
  for (const [l, ids] of rows) {
    ids.forEach((id, i) => node(id, (w * l) / deepest, tallest > 1 ? (controlHeight * i) / (tallest - 1) : 0, names.has(id)));
  }
  const perRow = Math.max(1, Math.floor(w / 170) + 1);
  const holderRows = Math.ceil(holders.size / perRow);
  [...holders].forEach((id, i) => {
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, holders.size - row * perRow);
    const x = inRow > 1 ? (w * (i % perRow)) / (inRow - 1) : w / 2;
    const y = holderRows > 1 ? h * 0.75 + (h * 0.25 * row) / (holderRows - 1) : h;
    node(id, x, y, names.has(id));
  });

  const links = [];
  for (const e of state.entities) {
    for (const l of e.control_chain) {
      if (links.some((x) => x.source === l.controller && x.target === l.controlled)) continue;
      links.push({
        source: l.controller, target: l.controlled, kind: 'control', text: l.kind,
        lineStyle: { color: '#33415c', width: 2.5, type: 'solid', curveness: 0 },
        label: { show: true, formatter: l.kind, color: '#33415c', fontSize: 11 },
      });
    }
    for (const h of e.economic_holders) {
      const share = h.percent ? h.percent + '%' : (h['class'] || 'share not on record');
      links.push({
        source: h.holder, target: e.id, kind: 'economic', text: (h.percent ? h.percent + '% ' : '') + (h['class'] || ''),
        // A holder inside the control chain would draw over a control arrow: its interest bends away.
        lineStyle: { color: '#2e9e6b', width: 1.5, type: 'dashed', curveness: holders.has(h.holder) ? 0 : -0.25 },
        label: { show: true, formatter: share, color: '#1d6b49', fontSize: 11 },
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
      type: 'graph', layout: 'none', roam: true, nodeScaleRatio: 0, left: 90, right: 90, top: 50, bottom: 50,
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 10,
      label: { fontSize: 12, color: '#1d2330' },
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
          const defective = isDefective(s.basis_verdict);
          const title = s.name + ' \u2014 ' + s.position + ': ' + day(s.since) + ' \u2192 '
            + (s.until ? day(s.until) : 'still') + '\nby ' + s.basis_act
            + (s.basis_verdict ? ' (' + s.basis_verdict + ')' : '') + (s.ended_by ? '\nended by ' + s.ended_by : '');
          return el('div', {
            class: 'g-bar pos-' + s.position + (defective ? ' defective' : '') + (s.until ? '' : ' open'),
            style: 'left:' + pct(b.since) + '%;width:' + Math.max(0.4, pct(b.until) - pct(b.since)) + '%',
            title, onclick: () => showAct(s.basis_act),
          });
        }),
        now ? now.cloneNode() : null))),
    ...(byLabel.size ? [] : [el('p', { class: 'muted' }, 'No seat or office is held in this stretch of time.')]));
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
      a.sources.length ? el('span', { class: 'sources' }, 'sources: ' + a.sources.join(' \u00b7 ')) : null);
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
