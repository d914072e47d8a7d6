/**
 * Whether a browser request comes from a page this server may act for with a cookie: its own
 * origin (as the request URL or the public redirect URI names it) or one explicitly allowed.
 *
 * Browsers send `Origin` on every cross-origin request and on same-origin POSTs; a request
 * without it is a same-origin GET or not from a browser script, unless `Sec-Fetch-Site` says it
 * came from another site. `Origin: null` (sandboxed frames, file://) is never allowed.
 */
export function isAllowedOrigin(request: Request, allowed: Iterable<string> = []): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) {
    const site = request.headers.get('sec-fetch-site');
    return site === null || site === 'same-origin' || site === 'none';
  }
  if (origin === new URL(request.url).origin) return true;
  for (const candidate of allowed) if (candidate === origin) return true;
  return false;
}
