// The live inbox: GET /approvals/v1/inbox/stream, Server-Sent Events authenticated by the Authorization header. The
// browser's EventSource cannot send a header (and a token in the URL would end up in logs), so the stream is read
// with fetch. Each event's id is the notification's sequence; a reconnect sends the last as Last-Event-ID and the
// service replays what was missed, once and in order. The service ends a stream when its token expires (an event
// `token-expired`): the client reconnects at once with a fresh token.

const RETRY_FIRST_MS = 1000;
const RETRY_MOST_MS = 30000;

export class InboxStream {
  /**
   * @param url the stream's path
   * @param api gives fresh tokens
   * @param onNotification called with each notification (the parsed JSON of an event)
   * @param onState called with 'connecting', 'live' or 'offline'
   */
  constructor(url, api, onNotification, onState) {
    Object.assign(this, { url, api, onNotification, onState });
    this.lastEventId = null;
    this.retryMs = RETRY_FIRST_MS;
    this.controller = null;
  }

  start() {
    this.stopped = false;
    this.run();
  }

  stop() {
    this.stopped = true;
    this.controller?.abort();
  }

  async run() {
    while (!this.stopped) {
      this.onState('connecting');
      try {
        await this.readOnce();
        this.retryMs = RETRY_FIRST_MS; // ended normally (token expired): reconnect now
      } catch (error) {
        if (this.stopped) return;
        this.onState('offline');
        await new Promise((resolve) => setTimeout(resolve, this.retryMs));
        this.retryMs = Math.min(this.retryMs * 2, RETRY_MOST_MS);
      }
    }
  }

  async readOnce() {
    this.controller = new AbortController();
    const headers = { Accept: 'text/event-stream', Authorization: `Bearer ${await this.api.token()}` };
    if (this.lastEventId) headers['Last-Event-ID'] = this.lastEventId;
    const response = await fetch(this.url, { headers, signal: this.controller.signal, cache: 'no-store' });
    if (!response.ok || !response.body) throw new Error(`The inbox stream answered ${response.status}`);
    this.onState('live');
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    let event = { data: [] };
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let newline;
      while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
        if (line === '') {
          if (this.dispatch(event) === 'expired') {
            await reader.cancel(); // the service ends it; reconnect with a fresh token straight away
            return;
          }
          event = { data: [] };
        } else if (!line.startsWith(':')) {
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'data') event.data.push(text);
          else if (field === 'id') event.id = text;
          else if (field === 'event') event.name = text;
        }
      }
    }
  }

  dispatch(event) {
    if (event.id) this.lastEventId = event.id;
    if (event.name === 'token-expired') return 'expired';
    if (!event.data.length) return 'empty';
    try {
      this.onNotification(JSON.parse(event.data.join('\n')));
    } catch (error) {
      console.warn('An inbox event could not be read', error);
    }
    return 'read';
  }
}
