// The inbox: what waits for the signed-in person's decision (and for anyone they act for), oldest first, a page at a
// time. New requests join the list live; a decided one leaves it.

import { el, show, person } from '../html.js';
import { age, date, plural, today } from '../format.js';
import { query } from '../api.js';

const PAGE = 25;

export async function render(app, main) {
  const status = el('p', { class: 'lead', id: 'inbox-summary' });
  const body = el('tbody');
  const table = el('table', { class: 'table', id: 'inbox-table' },
    el('caption', { class: 'visually-hidden' }, 'Requests waiting for your decision, oldest first'),
    el('thead', {}, el('tr', {},
      ['Request', 'Child', 'Asked by', 'Waiting', 'Due by'].map((heading) => el('th', { scope: 'col' }, heading)))),
    body);
  const arrivals = el('section', { class: 'arrivals', 'aria-labelledby': 'arrivals-heading', hidden: true },
    el('h2', { id: 'arrivals-heading' }, 'Just arrived'), el('ul', { id: 'arrivals' }));
  const more = el('button', { type: 'button', class: 'button button--secondary', hidden: true }, 'Show more');
  const empty = el('p', { class: 'empty', hidden: true }, 'Nothing waits for your decision.');
  show(main, el('h1', {}, 'Inbox'), status, arrivals, empty, el('div', { class: 'table-wrap' }, table), more);

  let shown = PAGE;
  let next = null;
  const draw = async () => {
    const focused = document.activeElement?.dataset?.request;
    const rows = [];
    let after = null;
    let total = 0;
    // Reads as many items as were shown, so that a redraw for a live event keeps the reader's place.
    do {
      const page = await app.api.get(`/approvals/v1/inbox${query({ limit: PAGE, after })}`);
      rows.push(...page.items);
      total = page.total;
      after = page.next;
    } while (after && rows.length < shown);
    next = after;
    body.replaceChildren(...rows.map((item) => row(app, item)));
    const waiting = app.arrivals.filter((n) => !app.decided.has(n.requestId));
    arrivals.querySelector('ul').replaceChildren(...waiting.map((n) => arrival(app, n)));
    arrivals.hidden = waiting.length === 0;
    status.textContent = total === 0 ? '' : `${plural(total, 'request')} waiting for your decision, oldest first.`;
    empty.hidden = total !== 0;
    table.hidden = total === 0;
    more.hidden = !next;
    if (focused) body.querySelector(`[data-request="${focused}"]`)?.focus();
  };
  more.addEventListener('click', async () => {
    shown += PAGE;
    await draw();
  });
  app.unlisten = app.onNotification(() => draw());
  await draw();
}

/** A request that arrived while the page was open, as the stream told it. */
function arrival(app, n) {
  const child = el('span', {}, '…');
  app.childName(n.childId).then((name) => child.replaceChildren(name ?? 'a child not shown to you'));
  return el('li', {},
    el('a', { href: `#/requests/${n.requestId}`, dataset: { request: n.requestId } }, app.kindTitle(n.kind)),
    ' for ', child, ` from ${person(n.requestedBy)}, `, el('time', { datetime: n.createdAt },
      age(n.createdAt) === 'just now' ? 'just now' : `${age(n.createdAt)} ago`));
}

function row(app, item) {
  const childCell = el('td', {}, '…');
  app.childName(item.childId).then((name) => {
    childCell.replaceChildren(name ?? el('span', { class: 'muted' }, 'Not shown to you'));
  });
  const overdue = item.dueDate && item.dueDate < today();
  return el('tr', {},
    el('td', {}, el('a', { href: `#/requests/${item.id}`, dataset: { request: item.id } }, app.kindTitle(item.kind))),
    childCell,
    el('td', {}, person(item.requestedBy)),
    el('td', {}, el('time', { datetime: item.createdAt }, age(item.createdAt))),
    el('td', {},
      item.dueDate ? el('time', { datetime: item.dueDate }, date(item.dueDate)) : 'No deadline',
      overdue ? el('strong', { class: 'tag tag--red' }, 'Overdue') : null,
      item.escalatedAt ? el('strong', { class: 'tag tag--orange' }, 'Escalated') : null));
}
