// Charter's web UI: the distribution waterfall panel. Uses app.js's helpers (ui, $, el, api, bookPath, fmt, escapeHtml).
'use strict';

const waterfall = {
  chart: null,
  asked: 0,            // number of the latest request, so that a slow answer to an older one is dropped
  colors: new Map(),   // holder -> colour, kept while the page lives so a holder keeps its colour as time moves
  state: null,         // the state as of the moment, for the names of entities
};

const HOLDER_COLORS = ['#2f5fb3', '#d97706', '#2e9e6b', '#7a4fb5', '#0e7490', '#b42318', '#64748b'];

function holderColor(holder) {
  if (!waterfall.colors.has(holder)) {
    waterfall.colors.set(holder, HOLDER_COLORS[waterfall.colors.size % HOLDER_COLORS.length]);
  }
  return waterfall.colors.get(holder);
}

/** "130000000000.00" as "$130,000,000,000", keeping cents only when there are some; exact, from the text. */
function dollars(text) {
  if (text === null || text === undefined) return '\u2014';
  const [whole, cents] = String(text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return '$' + grouped + (cents && cents !== '00' ? '.' + cents : '');
}

/** Dollars at a glance: $130bn, $750m, $12.5k. For axes and labels only; tables and tooltips show exact amounts. */
function compact(value) {
  const units = [[1e12, 'tn'], [1e9, 'bn'], [1e6, 'm'], [1e3, 'k']];
  for (const [size, unit] of units) {
    if (Math.abs(value) >= size) return '$' + +(value / size).toPrecision(3) + unit;
  }
  return '$' + +value.toPrecision(3);
}

function waterfallInputs() {
  const amount = $('#wf-amount').value.replace(/[\s,_$]/g, '');
  const count = $('#wf-count').value.trim() || '1';
  return { amount, count };
}

function showWaterfallError(text) {
  const box = $('#waterfall-error');
  box.textContent = text;
  box.hidden = !text;
}

/** Asks the server for the split as of the page's moment and draws it; the moment's state gives entity names. */
async function renderWaterfall(state) {
  if (!ui.book || !ui.asOf) return;
  if (state) waterfall.state = state;
  const { amount, count } = waterfallInputs();
  const n = ++waterfall.asked;
  const query = '?amount=' + encodeURIComponent(amount) + '&count=' + encodeURIComponent(count)
    + '&at=' + encodeURIComponent(ui.asOf.iso);
  try {
    const w = await api(bookPath('/waterfall' + query));
    if (n !== waterfall.asked) return;
    showWaterfallError('');
    $('#waterfall-panel').classList.remove('empty');
    drawSplits(w);
    fillStandings(w);
    const entity = (waterfall.state && waterfall.state.entities.find((e) => e.id === w.entity)) || { name: w.entity };
    $('#waterfall-about').textContent = entity.name + ' \u00b7 after ' + w.distributions_on_record
      + (w.distributions_on_record === 1 ? ' distribution' : ' distributions') + ' on record \u00b7 as of '
      + fmt(w.at);
  } catch (e) {
    if (n !== waterfall.asked) return;
    showWaterfallError(e.message);
    $('#waterfall-panel').classList.add('empty');
    if (waterfall.chart) waterfall.chart.clear();
    $('#standings tbody').replaceChildren();
    $('#waterfall-about').textContent = '';
  }
}

/** One stacked bar per distribution, one colour per holder. */
function drawSplits(w) {
  if (!window.echarts) return;
  waterfall.chart = waterfall.chart || echarts.init($('#waterfall-chart'));
  const holders = w.standings.map((s) => ({ id: s.holder, name: s.name }));
  const many = w.distributions.length > 12;
  const categories = w.distributions.map((d, i) => (many ? String(i + 1) : '#' + (i + 1) + ' \u00b7 ' + compact(d.amount_cents / 100)));
  const series = holders.map((h) => ({
    name: h.name, type: 'bar', stack: 'split', barMaxWidth: 90,
    itemStyle: { color: holderColor(h.id) },
    emphasis: { focus: 'series' },
    label: {
      show: !many, color: '#fff', fontSize: 11,
      // Only segments tall enough to hold their label get one.
      formatter: (p) => (p.value / (w.distributions[p.dataIndex].amount_cents / 100) >= 0.07 ? compact(p.value) : ''),
    },
    data: w.distributions.map((d) => {
      const part = d.parts.find((x) => x.holder === h.id);
      return part ? part.amount_cents / 100 : 0;
    }),
  }));
  waterfall.chart.setOption({
    animation: false,
    grid: { left: 70, right: 24, top: 44, bottom: 36 },
    legend: { top: 4, textStyle: { fontSize: 12 } },
    tooltip: {
      trigger: 'axis', axisPointer: { type: 'shadow' },
      formatter: (items) => {
        const d = w.distributions[items[0].dataIndex];
        const rows = d.parts.filter((p) => p.amount_cents > 0).map((p) => '<span style="color:' + holderColor(p.holder)
          + '">\u25a0</span> ' + escapeHtml(p.name) + ': <b>' + escapeHtml(dollars(p.amount)) + '</b>');
        return 'Distribution ' + (items[0].dataIndex + 1) + ' of ' + escapeHtml(dollars(d.amount)) + '<br>'
          + rows.join('<br>');
      },
    },
    xAxis: { type: 'category', data: categories, axisLabel: { fontSize: 12 } },
    yAxis: { type: 'value', axisLabel: { formatter: compact } },
    series,
  }, true);
}


/** Each holder against its cap after the proposed distributions. */
function fillStandings(w) {
  $('#standings tbody').replaceChildren(...w.standings.map((s) => {
    const capped = s.cap !== null;
    const share = capped && s.cap_cents > 0 ? Math.min(1, s.received_cents / s.cap_cents) : null;
    let status;
    if (s.stopped_by_determination) {
      status = el('span', { class: 'stop determination' }, 'stopped by determination',
        el('span', { class: 'why' }, s.stopped_by_determination));
    } else if (s.capped) {
      status = el('span', { class: 'stop cap' }, 'stopped at cap');
    } else if (!capped) {
      status = el('span', { class: 'open' }, s.invested === '0.00' ? 'uncapped: takes what the caps leave' : 'uncapped');
    } else {
      status = el('span', { class: 'open' }, 'receiving');
    }
    return el('tr', { 'data-holder': s.holder, class: s.capped ? 'capped' : s.stopped_by_determination ? 'stopped' : '' },
      el('td', { class: 'holder' }, el('span', { class: 'swatch', style: 'background:' + holderColor(s.holder) }), s.name),
      el('td', { class: 'num' }, dollars(s.invested)),
      el('td', { class: 'num' }, dollars(s.cap)),
      el('td', { class: 'num received' }, dollars(s.received)),
      el('td', { class: 'num' }, dollars(s.remaining_to_cap)),
      el('td', {}, share === null ? el('span', { class: 'muted' }, 'no cap')
        : el('div', { class: 'meter', title: (100 * share).toFixed(1) + '% of the cap' },
          el('div', { class: 'fill' + (s.capped ? ' full' : ''), style: 'width:' + (100 * share).toFixed(2) + '%' }),
          el('span', { class: 'pct' }, (100 * share).toFixed(share < 0.1 ? 2 : 1) + '%'))),
      el('td', { class: 'status' }, status));
  }));
}

document.addEventListener('DOMContentLoaded', () => {
  $('#waterfall-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const { amount } = waterfallInputs();
    // A plain amount is shown back grouped (100,000,000,000); anything else is left for the server to name.
    if (/^\d+(\.\d{1,2})?$/.test(amount)) $('#wf-amount').value = dollars(amount).slice(1);
    renderWaterfall();
  });
  window.addEventListener('resize', () => waterfall.chart && waterfall.chart.resize());
});
