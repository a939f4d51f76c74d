// Department heads' statistics: figures per day for a unit (at one or every service centre), drawn
// as SVG bar charts and listed in a table that screen readers and printers read as well.
import { api, texts, t, say, clear, el, lang, options, cityDay } from './common.js';

texts({
  statistics: 'Statistics', show: 'Show', chartPeople: 'Served, no-shows and cancellations per day',
  chartWait: 'Average wait per day (minutes)', figures: 'Figures per day', booked: 'Booked', served: 'Served', noShows: 'No-shows',
  cancelled: 'Cancelled', cancelledByOffice: 'Cancelled by the office', walkIns: 'Walk-ins', averageWait: 'Avg. wait (min.)',
  longestWait: 'Longest wait (min.)', allLocations: 'All service centres', total: 'Total', averageWaitShort: 'Average wait'
});

const SVG = 'http://www.w3.org/2000/svg';
const form = document.getElementById('statistics-form');
const shortDay = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', { day: '2-digit', month: '2-digit', timeZone: 'UTC' });

document.addEventListener('signed-in', event => {
  const { units, locations } = event.detail;
  options(document.getElementById('st-unit'), units.map(u => [u.id, u.name]));
  options(document.getElementById('st-location'), [['', t('Alle Standorte', 'allLocations')], ...locations.map(l => [l.id, l.name])]);
  document.getElementById('st-to').value = cityDay();
  document.getElementById('st-from').value = cityDay(-13);
});

form.addEventListener('submit', async event => {
  event.preventDefault();
  const value = id => document.getElementById(id).value;
  const query = new URLSearchParams({ unit: value('st-unit'), from: value('st-from'), to: value('st-to') });
  if (value('st-location')) query.set('location', value('st-location'));
  let region = form.nextElementSibling.classList.contains('message') ? form.nextElementSibling : null;
  if (!region) {
    region = el('div', { className: 'message', role: 'status', 'aria-live': 'polite' });
    form.after(region);
  }
  try {
    const statistics = await api('GET', '/api/statistics?' + query);
    say(region, '');
    show(statistics);
  } catch (problem) {
    say(region, problem.describe(), 'error');
    document.getElementById('statistics').classList.add('hidden');
  }
});

const SERIES = [
  ['served', 'Bedient'], ['noShows', 'Nicht erschienen'], ['cancelled', 'Abgesagt'], ['cancelledByOffice', 'Vom Amt abgesagt']
];

function show(statistics) {
  document.getElementById('statistics').classList.remove('hidden');
  const days = statistics.days;
  barChart(document.getElementById('chart-people'), 'c-people', days,
    SERIES.map(([key, german], i) => ({ key, name: t(german, key), className: 'series-' + i })));
  barChart(document.getElementById('chart-wait'), 'c-wait', days,
    [{ key: 'averageWaitMinutes', name: t('Ø Wartezeit', 'averageWaitShort'), className: 'series-wait' }]);
  const body = document.getElementById('figures');
  clear(body);
  const cells = f => [f.booked, f.served, f.noShows, f.cancelled, f.cancelledByOffice, f.walkIns,
    f.averageWaitMinutes ?? '–', f.longestWaitMinutes ?? '–'].map(v => el('td', {}, String(v)));
  days.forEach(d => body.append(el('tr', {}, el('th', { scope: 'row' }, shortDay.format(new Date(d.date + 'T00:00:00Z'))), ...cells(d))));
  const foot = document.getElementById('totals');
  clear(foot);
  foot.append(el('tr', {}, el('th', { scope: 'row' }, t('Summe', 'total')), ...cells(statistics.totals)));
}

/** Grouped bars, one group per day; every bar carries its figure as a tooltip title. */
function barChart(box, captionId, days, series) {
  clear(box);
  const height = 220, left = 36, bottom = 28, top = 10;
  const group = Math.max(24, series.length * 12 + 8);
  const width = left + days.length * group + 10;
  const max = Math.max(1, ...days.flatMap(d => series.map(s => d[s.key] || 0)));
  const scale = v => (height - top - bottom) * v / max;
  const svg = node('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': captionId, class: 'chart' });
  for (const tick of [0, Math.round(max / 2), max]) {
    const y = height - bottom - scale(tick);
    svg.append(node('line', { x1: left, x2: width - 5, y1: y, y2: y, class: 'grid' }),
      text(tick, { x: left - 6, y: y + 4, 'text-anchor': 'end' }));
  }
  days.forEach((day, i) => {
    const x = left + i * group + 4;
    series.forEach((s, j) => {
      const v = day[s.key] || 0;
      const bar = node('rect', { x: x + j * 12, y: height - bottom - scale(v), width: 10, height: Math.max(0, scale(v)), class: 'bar ' + s.className });
      bar.append(node('title', {}, `${s.name} ${shortDay.format(new Date(day.date + 'T00:00:00Z'))}: ${day[s.key] ?? 0}`));
      svg.append(bar);
    });
    if (days.length <= 31 || i % Math.ceil(days.length / 31) === 0) {
      svg.append(text(shortDay.format(new Date(day.date + 'T00:00:00Z')), { x: x + (series.length * 12) / 2, y: height - 8, 'text-anchor': 'middle' }));
    }
  });
  box.append(svg);
  if (series.length > 1) {
    box.append(el('ul', { className: 'legend' }, series.map(s => el('li', {},
      (() => { const swatch = node('svg', { width: 14, height: 14, 'aria-hidden': 'true' }); swatch.append(node('rect', { width: 14, height: 14, class: s.className })); return swatch; })(),
      ' ' + s.name))));
  }
}

function node(tag, attributes, content) {
  const n = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) n.setAttribute(name, value);
  if (content !== undefined) n.textContent = content;
  return n;
}

function text(content, attributes) {
  return node('text', { ...attributes, class: 'axis' }, String(content));
}
