// Calls the suite's APIs on the page's own origin (the one front: /case-notes/v1, /approvals/v1...) with the signed-in
// person's token, refreshed before it expires. Errors come back as the services' RFC 9457 problems.

/** Why a console reads a child's record: it goes into the child's access log (002 s.5). */
export const PURPOSE = 'Approval console: deciding a request routed to me';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The service answered ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

export class Api {
  /** @param keycloak a signed-in keycloak-js instance */
  constructor(keycloak) {
    this.keycloak = keycloak;
  }

  /** A fresh access token: refreshed when it has under 30 seconds left. */
  async token() {
    await this.keycloak.updateToken(30);
    return this.keycloak.token;
  }

  async request(method, path, { body, headers = {}, signal } = {}) {
    const response = await fetch(path, {
      method,
      signal,
      headers: {
        Accept: 'application/json',
        Authorization: `Bearer ${await this.token()}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const type = response.headers.get('Content-Type') || '';
    const data = type.includes('json') && response.status !== 204 ? await response.json() : null;
    if (!response.ok) throw new ApiError(response.status, data);
    return data;
  }

  get(path, options) {
    return this.request('GET', path, options);
  }

  /** A POST that creates or decides: a retry of the same attempt sends the same key and is answered, not repeated. */
  post(path, body, idempotencyKey) {
    return this.request('POST', path, { body, headers: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {} });
  }
}

/** A query string from the entries that have a value. */
export function query(parameters) {
  const entries = Object.entries(parameters).filter(([, value]) => value !== undefined && value !== null);
  return entries.length ? `?${new URLSearchParams(entries)}` : '';
}
