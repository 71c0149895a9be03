// The approval console: signs in through the council's Keycloak (authorization code flow with PKCE, Keycloak's own
// adapter), then shows the signed-in person's inbox, live, and lets them act on it. Everything it shows comes from the
// suite's APIs with that person's token, so it can show no more than the APIs would (docs/console.md).

import { Api, ApiError, PURPOSE } from './api.js';
import { InboxStream } from './stream.js';
import { el, show } from './html.js';
import { words } from './format.js';
import * as inbox from './views/inbox.js';
import * as request from './views/request.js';
import * as notifications from './views/notifications.js';
import * as dashboard from './views/dashboard.js';

const API = '/approvals/v1';
const MANAGERS = ['PRACTICE_MANAGER', 'TEAM_MANAGER', 'SENIOR_MANAGER', 'HEAD_OF_SERVICE'];
// Where the person wanted to go before signing in: the sign-in comes back to the page itself, without a fragment.
const WANTED = 'casework-console-wanted';

const ROUTES = [
  { pattern: /^#\/requests\/([0-9a-f-]{36})$/, view: request, name: 'Decision' },
  { pattern: /^#\/notifications$/, view: notifications, name: 'Notifications' },
  { pattern: /^#\/dashboard(?:\/([a-z0-9-]+))?$/, view: dashboard, name: 'Team dashboard' },
  { pattern: /^(?:#\/inbox)?$/, view: inbox, name: 'Inbox' },
];

/** What every view shares: the API, who is signed in, the catalogue, the children seen, the pending count. */
class Console {
  constructor(keycloak) {
    this.keycloak = keycloak;
    this.api = new Api(keycloak);
    this.username = keycloak.tokenParsed.preferred_username;
    this.children = new Map();
    this.pending = null;
    this.listeners = new Set();
    // Requests that arrived live while the page was open, newest first, and those decided since: a long inbox is
    // oldest first, so what just arrived is shown apart, at its top, until it is decided.
    this.arrivals = [];
    this.decided = new Set();
  }

  async load() {
    const [me, kinds] = await Promise.all([
      this.api.get(`${API}/organisation/staff/${encodeURIComponent(this.username)}`).catch(() => null),
      this.api.get(`${API}/organisation/decision-kinds`),
    ]);
    this.me = me;
    this.kinds = new Map(kinds.map((kind) => [kind.id, kind]));
    this.fullName = me?.fullName || this.keycloak.tokenParsed.name || this.username;
  }

  get isManager() {
    return MANAGERS.includes(this.me?.post);
  }

  /** The catalogue's title of a kind of decision, in plain words. */
  kindTitle(kind) {
    return this.kinds.get(kind)?.title || kind;
  }

  /**
   * The child's name, as case-notes-service shows it to this person, or null when it shows them nothing. Read once
   * per child per visit to the page: each read is an access, logged on the child's record with the console's purpose.
   */
  childName(childId) {
    if (!this.children.has(childId)) {
      this.children.set(childId, this.api.get(`/case-notes/v1/children/${childId}`, {
        headers: { 'X-Access-Purpose': PURPOSE },
      }).then((child) => [child.givenName, child.familyName].filter(Boolean).join(' ') || 'Unborn child',
        () => null));
    }
    return this.children.get(childId);
  }

  /** Reads how many requests wait, and shows it in the tab's title and the navigation. */
  async refreshCount() {
    const page = await this.api.get(`${API}/inbox?limit=1`);
    this.pending = page.total;
    document.getElementById('inbox-count').textContent = `(${page.total})`;
    this.setTitle(this.viewName);
  }

  setTitle(viewName) {
    this.viewName = viewName;
    const count = this.pending === null ? '' : `(${this.pending}) `;
    document.title = `${count}${viewName} – Casework approvals`;
  }

  /** Says something to screen reader users without moving their focus. */
  announce(message) {
    const live = document.getElementById('announce');
    live.textContent = '';
    // A change of text after a tick is what screen readers announce.
    setTimeout(() => { live.textContent = message; }, 50);
  }

  /** Views listen while shown, to redraw when a notification arrives. */
  onNotification(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async notified(notification) {
    await this.refreshCount().catch(() => {});
    if (notification.type === 'APPROVAL_DECIDED') this.decided.add(notification.requestId);
    if (notification.type === 'APPROVAL_REQUESTED') {
      this.arrivals.unshift(notification);
      this.announce(`New request: ${this.kindTitle(notification.kind)}, from ${notification.requestedBy?.fullName
        || 'a colleague'}.`);
    }
    for (const listener of this.listeners) listener(notification);
  }
}

async function signIn() {
  const settings = await fetch(`${API}/console/settings`).then((response) => response.json());
  const keycloak = new window.Keycloak({ url: settings.keycloakUrl, realm: settings.realm, clientId: settings.clientId });
  const base = `${location.origin}${location.pathname}`;
  const returning = new URLSearchParams(location.search).has('state') || /[#&]state=/.test(location.hash);
  if (!returning && location.hash && location.hash !== '#/') sessionStorage.setItem(WANTED, location.hash);
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    responseMode: 'query',
    redirectUri: base,
    // No hidden iframe polling the realm's session: it needs third-party cookies, which browsers now block.
    checkLoginIframe: false,
  });
  const wanted = sessionStorage.getItem(WANTED);
  sessionStorage.removeItem(WANTED);
  if (wanted) history.replaceState(null, '', `${base}${wanted}`);
  return keycloak;
}

async function route(app) {
  const main = document.getElementById('main');
  const hash = location.hash;
  for (const { pattern, view, name } of ROUTES) {
    const match = hash.match(pattern);
    if (!match) continue;
    app.unlisten?.();
    app.unlisten = null;
    app.setTitle(name);
    const current = hash.startsWith('#/dashboard') ? '#/dashboard'
      : hash.startsWith('#/notifications') ? '#/notifications' : '#/inbox';
    for (const link of document.querySelectorAll('#nav a[data-view]')) {
      if (link.getAttribute('href') === current) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    try {
      await view.render(app, main, match.slice(1));
    } catch (error) {
      show(main, el('h1', {}, 'Something went wrong'), el('p', {}, message(error)),
        el('p', {}, el('a', { href: '#/inbox' }, 'Back to your inbox')));
    }
    return;
  }
  show(main, el('h1', {}, 'Page not found'), el('p', {}, el('a', { href: '#/inbox' }, 'Go to your inbox')));
}

function message(error) {
  if (error instanceof ApiError && error.status === 403) return 'You may not see this.';
  if (error instanceof ApiError && error.status === 404) return 'There is no such request.';
  return error.message || 'The service could not be reached. Try again in a moment.';
}

async function start() {
  const keycloak = await signIn();
  const app = new Console(keycloak);
  await app.load();
  document.getElementById('who-name').textContent = app.me?.post ? `${app.fullName}, ${words(app.me.post)}`
    : app.fullName;
  document.getElementById('who').hidden = false;
  document.getElementById('nav').hidden = false;
  document.getElementById('nav-dashboard').hidden = !app.isManager;
  document.getElementById('sign-out').addEventListener('click', () => keycloak.logout({ redirectUri: `${location
    .origin}${location.pathname}` }));
  await app.refreshCount();

  const states = {
    connecting: 'Connecting to live updates…',
    live: 'Live: new requests appear here as they arrive',
    offline: 'Live updates paused: reconnecting…',
  };
  const streamState = document.getElementById('stream-state');
  new InboxStream(`${API}/inbox/stream`, app.api, (notification) => app.notified(notification), (state) => {
    streamState.dataset.state = state;
    streamState.textContent = states[state];
  }).start();

  window.addEventListener('hashchange', () => route(app).then(() => document.getElementById('main').focus()));
  await route(app);
}

start().catch((error) => {
  show(document.getElementById('main'), el('h1', {}, 'You could not be signed in'), el('p', {}, message(error)));
});
