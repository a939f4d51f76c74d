// A month calendar of free days, shared by booking and moving an appointment. A plain table of
// buttons (one per day) with one tab stop: the arrow keys move a day or a week, Home/End to the
// week's ends, Page Up/Down a month, Enter or Space picks; days without free times stay focusable
// (so the keyboard can pass them) but say so and pick nothing.
import { api, dictionary, w, el, clear, cityDay, formatDay, formatMonth, weekdayName } from './common.js';

dictionary({
  calPrevious: 'Voriger Monat', calNext: 'Nächster Monat', calFree: 'freie Termine', calNone: 'keine freien Termine',
  calLegend: 'Tage mit freien Terminen sind hervorgehoben.', calLoading: 'Freie Termine werden gesucht …',
  calNothing: 'In diesem Monat gibt es keine freien Termine mehr.', calCaption: 'Freie Termine im {month}',
  calClosed: 'geschlossen: {name}', calClosedHeading: 'Geschlossen (Feiertage)', calClosedDay: '{day}: {name}'
}, {
  calPrevious: 'Previous month', calNext: 'Next month', calFree: 'free appointments', calNone: 'no free appointments',
  calLegend: 'Days with free appointments are highlighted.', calLoading: 'Looking for free appointments …',
  calNothing: 'There are no free appointments left this month.', calCaption: 'Free appointments in {month}',
  calClosed: 'closed: {name}', calClosedHeading: 'Closed (public holidays)', calClosedDay: '{day}: {name}'
});

function iso(year, month, day) {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().substring(0, 10);
}

function addDays(day, days) {
  const d = new Date(day + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().substring(0, 10);
}

/** 1 = Monday ... 7 = Sunday */
function isoWeekday(day) {
  return ((new Date(day + 'T00:00:00Z').getUTCDay() + 6) % 7) + 1;
}

/**
 * Draws the calendar into {@code container} for the free slots of {@code services} at {@code
 * location} (from today on); {@code onDay(day, slots)} is called when a free day is picked.
 * Answers an object with {@code reload()} (after a slot was taken).
 */
export function monthCalendar(container, { services, location, onDay, onError }) {
  const today = cityDay();
  let year = Number(today.substring(0, 4));
  let month = Number(today.substring(5, 7));
  let focused = null;
  let picked = null;
  const months = new Map();
  const holidays = new Map();

  /** The month's public holidays (day → name): every service centre is closed on them. */
  async function holidaysOf(y, m) {
    const key = y + '-' + m;
    if (!holidays.has(key)) {
      let closed = new Map();
      try {
        const list = await api('GET', '/api/holidays?from=' + iso(y, m, 1) + '&to=' + iso(y, m + 1, 0));
        closed = new Map(list.map(h => [h.date, h.name]));
      } catch (problem) {
        // without the list the calendar still shows which days are free
      }
      holidays.set(key, closed);
    }
    return holidays.get(key);
  }

  async function slotsOf(y, m) {
    const key = y + '-' + m;
    if (!months.has(key)) {
      const first = iso(y, m, 1);
      const last = iso(y, m + 1, 0);
      const from = first < today ? today : first;
      const byDay = new Map();
      if (from <= last) {
        const query = services.map(s => 'service=' + encodeURIComponent(s)).join('&')
          + '&location=' + encodeURIComponent(location) + '&from=' + from + '&to=' + last;
        for (const slot of await api('GET', '/api/availability?' + query)) {
          const day = slot.start.substring(0, 10);
          if (!byDay.has(day)) byDay.set(day, []);
          byDay.get(day).push(slot);
        }
      }
      months.set(key, byDay);
    }
    return months.get(key);
  }

  async function show(y, m, focusDay) {
    year = y;
    month = m;
    const status = el('p', { className: 'hint', role: 'status' }, w('calLoading'));
    clear(container);
    container.append(status);
    let free;
    let closed;
    try {
      [free, closed] = await Promise.all([slotsOf(y, m), holidaysOf(y, m)]);
    } catch (problem) {
      status.textContent = '';
      if (onError) onError(problem);
      return;
    }
    clear(container);
    const title = formatMonth(y, m);
    const firstOfMonth = iso(y, m, 1);
    const previous = el('button', { type: 'button', className: 'secondary month-step', 'aria-label': w('calPrevious') }, '‹');
    const next = el('button', { type: 'button', className: 'secondary month-step', 'aria-label': w('calNext') }, '›');
    if (firstOfMonth <= today) previous.disabled = true;
    previous.addEventListener('click', () => step(-1));
    next.addEventListener('click', () => step(1));
    const head = el('tr', {});
    for (let d = 1; d <= 7; d++) {
      head.append(el('th', { scope: 'col', abbr: weekdayName(d, true) }, weekdayName(d)));
    }
    const body = el('tbody', {});
    let row = el('tr', {});
    for (let blank = 1; blank < isoWeekday(firstOfMonth); blank++) row.append(el('td', {}));
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const firstFree = [...free.keys()].sort()[0];
    const stop = focusDay && focusDay.substring(0, 7) === firstOfMonth.substring(0, 7) ? focusDay
      : picked && picked.substring(0, 7) === firstOfMonth.substring(0, 7) ? picked
        : firstFree || (today.substring(0, 7) === firstOfMonth.substring(0, 7) ? today : firstOfMonth);
    for (let d = 1; d <= days; d++) {
      const day = iso(y, m, d);
      const slots = free.get(day);
      const holiday = closed.get(day);
      const button = el('button', {
        type: 'button', className: 'day' + (slots ? ' free' : '') + (holiday ? ' closed' : ''), 'data-day': day,
        tabindex: day === stop ? '0' : '-1', title: holiday || null, 'data-holiday': holiday || null,
        'aria-label': formatDay(day) + ', ' + (slots ? w('calFree') : holiday ? w('calClosed', { name: holiday }) : w('calNone')),
        'aria-disabled': slots ? null : 'true', 'aria-pressed': slots ? String(day === picked) : null
      }, String(d));
      if (slots) button.dataset.free = 'true';
      button.addEventListener('click', () => {
        if (!slots) return;
        picked = day;
        body.querySelectorAll('button[aria-pressed]').forEach(b => b.setAttribute('aria-pressed', String(b === button)));
        onDay(day, slots);
      });
      row.append(el('td', {}, button));
      if (isoWeekday(day) === 7) {
        body.append(row);
        row = el('tr', {});
      }
    }
    if (row.children.length > 0) body.append(row);
    const table = el('table', { className: 'calendar' },
      el('caption', { className: 'visually-hidden' }, w('calCaption', { month: title })),
      el('thead', {}, head), body);
    table.addEventListener('keydown', keys);
    container.append(
      el('div', { className: 'month-bar' }, previous, el('h4', { className: 'month', 'aria-live': 'polite' }, title), next),
      table,
      el('p', { className: 'hint' }, free.size === 0 ? w('calNothing') : w('calLegend')));
    if (closed.size > 0) {
      container.append(el('div', { className: 'closed-days' },
        el('p', { className: 'hint' }, w('calClosedHeading')),
        el('ul', { className: 'plain' }, [...closed.entries()].sort()
          .map(([day, name]) => el('li', { 'data-day': day }, w('calClosedDay', { day: formatDay(day), name }))))));
    }
    focused = stop;
    if (focusDay) table.querySelector('button[data-day="' + stop + '"]')?.focus();
  }

  function step(months) {
    const target = new Date(Date.UTC(year, month - 1 + months, 1));
    show(target.getUTCFullYear(), target.getUTCMonth() + 1);
  }

  function keys(event) {
    const from = event.target.dataset && event.target.dataset.day;
    if (!from) return;
    const moves = {
      ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7,
      Home: 1 - isoWeekday(from), End: 7 - isoWeekday(from)
    };
    let to = null;
    if (event.key in moves) to = addDays(from, moves[event.key]);
    else if (event.key === 'PageDown' || event.key === 'PageUp') {
      const d = new Date(from + 'T00:00:00Z');
      d.setUTCMonth(d.getUTCMonth() + (event.key === 'PageDown' ? 1 : -1));
      to = d.toISOString().substring(0, 10);
    } else return;
    event.preventDefault();
    if (to < today) to = today;
    focus(to);
  }

  function focus(day) {
    const inMonth = container.querySelector('button[data-day="' + day + '"]');
    if (inMonth) {
      container.querySelectorAll('button[data-day]').forEach(b => b.setAttribute('tabindex', b === inMonth ? '0' : '-1'));
      focused = day;
      inMonth.focus();
    } else {
      show(Number(day.substring(0, 4)), Number(day.substring(5, 7)), day);
    }
  }

  // the first month with a free day, looking at most three months ahead (near a month's end the
  // current one may have none left)
  (async () => {
    for (let ahead = 0; ahead < 3; ahead++) {
      const target = new Date(Date.UTC(year, month - 1 + ahead, 1));
      try {
        if ((await slotsOf(target.getUTCFullYear(), target.getUTCMonth() + 1)).size > 0) {
          return show(target.getUTCFullYear(), target.getUTCMonth() + 1);
        }
      } catch (problem) {
        break;
      }
    }
    return show(year, month);
  })();
  return {
    reload() {
      months.clear();
      holidays.clear();
      picked = null;
      return show(year, month, focused);
    }
  };
}
