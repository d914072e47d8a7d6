import type { IncomingHttpHeaders } from 'node:http';

/** A request as the protocol gates see it: buffered, parsed just enough to route. */
export interface Incoming {
  method: string;
  /** Path and query as sent, e.g. `/4719306/projects.json?page=2`. */
  rawPath: string;
  pathname: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  bodyText: string;
  /** Set by the auth gate once the bearer token is known. */
  grant?: { token: string; label: string; personId: string };
}

/** The first value of a request header, if any. */
export function header(incoming: Incoming, name: string): string | undefined {
  const value = incoming.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
