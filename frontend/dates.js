// Dates as people type them: ISO (2018-07-06), as Parallax writes them (6 Jul 2018, 6 July 2018,
// Jul 6, 2018), or in the browser's own numeric order (7/6/2018 in the US, 6.7.2018 in Germany).
// Shown back as Parallax writes them everywhere: "6 Jul 2018". The picker's value stays ISO.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function month(name) {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 || (name.length > 3 && !'january february march april may june july august september october november december'
      .split(' ').some(full => full.startsWith(name.toLowerCase()))) ? -1 : index;
}

function year(text) {
  const y = Number(text);
  return text.length <= 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
}

/** The order of day, month and year in the browser's numeric dates: "dmy", "mdy" or "ymd". */
export function numericOrder(locale) {
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' })
      .formatToParts(new Date(2001, 10, 22));
  return parts.filter(p => p.type === 'day' || p.type === 'month' || p.type === 'year')
      .map(p => p.type[0]).join('');
}

function valid(day, monthIndex, y) {
  if (!(y >= 1 && y <= 9999) || !(monthIndex >= 0 && monthIndex <= 11) || !(day >= 1)) {
    return undefined;
  }
  const d = new Date(2000, monthIndex, day);
  d.setFullYear(y);
  return d.getMonth() === monthIndex && d.getDate() === day ? { day, month: monthIndex, year: y } : undefined;
}

/** {day, month (0-11), year} for what a person typed, or undefined when it is no date. */
export function parseDay(text, locale) {
  const t = (text || '').trim().replace(/\s+/g, ' ');
  let m = t.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  if (m) {
    return valid(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
  }
  m = t.match(/^(\d{1,2})\.? ([A-Za-z]+)\.?,? (\d{4})$/);
  if (m) {
    return valid(Number(m[1]), month(m[2]), Number(m[3]));
  }
  m = t.match(/^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/);
  if (m) {
    return valid(Number(m[2]), month(m[1]), Number(m[3]));
  }
  m = t.match(/^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$/);
  if (m) {
    const order = numericOrder(locale);
    const [a, b, c] = [m[1], m[2], m[3]];
    if (order === 'ymd' || a.length === 4) {
      return valid(Number(c), Number(b) - 1, Number(a));
    }
    return order === 'mdy'
        ? valid(Number(b), Number(a) - 1, year(c))
        : valid(Number(a), Number(b) - 1, year(c));
  }
  return undefined;
}

/** "6 Jul 2018", as the rest of Parallax writes a day. */
export function formatDay(d) {
  const name = MONTHS[d.month];
  return d.day + ' ' + name.charAt(0).toUpperCase() + name.slice(1) + ' ' + d.year;
}

/** Makes a <vaadin-date-picker> take and show dates as above. */
export function acceptDays(picker) {
  if (picker.__parallaxDays) {
    return;
  }
  picker.__parallaxDays = true;
  picker.i18n = {
    ...picker.i18n,
    parseDate: text => parseDay(text, navigator.language),
    formatDate: formatDay,
  };
}

window.parallaxDates = { acceptDays, parseDay, formatDay, numericOrder };
document.querySelectorAll('vaadin-date-picker[data-parallax-dates]').forEach(acceptDays);
