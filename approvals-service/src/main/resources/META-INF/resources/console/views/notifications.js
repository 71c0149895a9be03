// Notifications: messages about requests (asked, decided) and alerts (a deadline breached, failed visits escalated,
// a refused attempt on a restricted record), unread first by default, oldest first, a page at a time.

import { el, show } from '../html.js';
import { dateTime, words } from '../format.js';
import { query } from '../api.js';

const STATES = [['UNREAD', 'Unread'], ['READ', 'Read'], ['ACTED', 'Acted on'], ['ALL', 'All']];

export async function render(app, main) {
  const select = el('select', { id: 'notification-state', name: 'state' },
    STATES.map(([value, label]) => el('option', { value }, label)));
  const list = el('ul', { class: 'notifications', id: 'notification-list' });
  const empty = el('p', { class: 'empty', hidden: true }, 'No notifications to show.');
  const more = el('button', { type: 'button', class: 'button button--secondary', hidden: true }, 'Show more');
  show(main, el('h1', {}, 'Notifications'),
    el('div', { class: 'field field--inline' }, el('label', { for: 'notification-state' }, 'Show'), select),
    empty, list, more);

  let next = null;
  const load = async (reset) => {
    const page = await app.api.get(`/approvals/v1/inbox/notifications${query({ state: select.value, limit: 25,
      after: reset ? null : next })}`);
    if (reset) list.replaceChildren();
    list.append(...page.items.map((n) => item(app, n)));
    next = page.next;
    more.hidden = !next;
    empty.hidden = list.children.length > 0;
  };
  select.addEventListener('change', () => load(true));
  more.addEventListener('click', () => load(false));
  app.unlisten = app.onNotification(() => load(true));
  await load(true);
}

function item(app, n) {
  const read = el('button', { type: 'button', class: 'button button--secondary' }, 'Mark as read');
  const entry = el('li', { class: 'notification' },
    el('p', { class: 'notification__message' }, n.message),
    el('p', { class: 'muted' }, `${words(n.type)} · ${dateTime(n.createdAt)} · ${words(n.state)}`),
    n.requestId ? el('a', { href: `#/requests/${n.requestId}` }, 'Open the request') : null,
    n.state === 'UNREAD' ? read : null);
  read.addEventListener('click', async () => {
    await app.api.post(`/approvals/v1/inbox/notifications/${n.id}/read`);
    read.replaceWith(el('span', { class: 'muted', role: 'status' }, 'Marked as read'));
  });
  return entry;
}
