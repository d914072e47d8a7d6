import { describe, expect, it } from 'vitest';
import { servedAsStartedForFile } from '../helpers/serve.ts';

/**
 * The headers every answer carries, over real HTTP from the gateway as `npm start` serves it: no
 * page of ours can be framed by another site, and no GraphQL answer (one person's data) may be
 * kept by a shared cache, whatever authenticated it; assets keep their own long caching.
 */

const handle = servedAsStartedForFile();
const get = (path: string, init: RequestInit = {}) => fetch(`${handle.served.origin}${path}`, init);

describe('response headers', () => {
  it('forbids framing and sniffing on pages, GraphQL answers, refusals and 404s alike', async () => {
    const answers = await Promise.all([
      get('/graphql', { headers: { accept: 'text/html' } }),
      get('/voyager'),
      get('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { name } }' }) }),
      get('/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }),
      get('/nothing-here'),
    ]);
    for (const answer of answers) {
      expect(answer.headers.get('x-frame-options'), answer.url).toBe('DENY');
      expect(answer.headers.get('content-security-policy'), answer.url).toBe("frame-ancestors 'none'");
      expect(answer.headers.get('x-content-type-options'), answer.url).toBe('nosniff');
      expect(answer.headers.get('referrer-policy'), answer.url).toBe('no-referrer');
    }
  });

  it('marks GraphQL answers no-store, over POST and GET, and lets pages and assets keep their caching', async () => {
    const post = await get('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { name } }' }) });
    expect((await post.json()).data.me.name).toEqual(expect.any(String));
    expect(post.headers.get('cache-control')).toBe('no-store');
    const viaGet = await get(`/graphql?query=${encodeURIComponent('{ me { name } }')}`, { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(viaGet.headers.get('cache-control')).toBe('no-store');

    const page = await get('/graphql', { headers: { accept: 'text/html' } });
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = (await page.text()).match(/\/graphiql-assets\/[\w.-]+\.js/)?.[0];
    expect(asset).toBeDefined();
    expect((await get(asset!)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});
