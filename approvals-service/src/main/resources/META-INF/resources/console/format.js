// Dates and times as the records say them in England: "2 March 2026", "14:05", and ages in plain words.

const LONDON = 'Europe/London';
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: LONDON });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: LONDON,
});

/** An ISO local date (2026-03-02) as "2 March 2026"; the date is England's, so it is read at noon UTC. */
export function date(isoDate) {
  return isoDate ? DATE.format(new Date(`${isoDate}T12:00:00Z`)) : '';
}

/** An instant as "2 March 2026 at 14:05" in England's time. */
export function dateTime(instant) {
  return instant ? DATE_TIME.format(new Date(instant)).replace(', ', ' at ') : '';
}

/** How long ago an instant was: "3 days", "5 hours", "12 minutes", "just now". */
export function age(instant, now = Date.now()) {
  const minutes = Math.max(0, Math.floor((now - new Date(instant).getTime()) / 60000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return plural(hours, 'hour');
  return plural(Math.floor(hours / 24), 'day');
}

export function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Today in England, as an ISO date, to compare due dates with. */
export function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: LONDON }).format(new Date());
}

/** "RECORD_OFF_SITE" or "takenTo" as words: "Record off site", "Taken to". */
export function words(name) {
  const spaced = String(name).includes('_') ? name.toLowerCase().replaceAll('_', ' ')
    : name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
