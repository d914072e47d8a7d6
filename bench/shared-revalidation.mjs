// One upstream GET shared by every caller that arrives while it is in flight, revalidated with
// If-None-Match, as the gateway's client does: the core of the bench's two bounds
// (coalescing-proxy.mjs, yoga-ceiling.mjs), said once.
import { request } from 'undici';

/** `read()` answers the upstream JSON, joining the call in flight if there is one. */
export function sharedRevalidation(upstreamUrl, token) {
  let shared;
  let etag;
  let body;
  async function revalidate() {
    const response = await request(upstreamUrl, {
      headers: { authorization: `Bearer ${token}`, 'user-agent': 'Basecamp GraphQL bench (bench@example.test)', ...(etag && { 'if-none-match': etag }) },
    });
    const text = await response.body.text();
    if (response.statusCode === 200) {
      body = JSON.parse(text);
      etag = response.headers.etag;
    } else if (response.statusCode !== 304) {
      throw new Error(`upstream answered ${response.statusCode}`);
    }
    return body;
  }
  return { read: () => (shared ??= revalidate().finally(() => (shared = undefined))) };
}
