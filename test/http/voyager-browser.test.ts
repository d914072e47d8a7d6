import { brotliDecompressSync } from 'node:zlib';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeInChromium } from '../helpers/browser.ts';
import { serveAsStarted, type Served } from '../helpers/serve.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

/**
 * GraphQL Voyager at `/voyager`, reached from GraphiQL's header and drawn in a real browser
 * (headless Chromium) against the gateway configured as `npm start` runs it: the default token,
 * CSRF prevention, strict body types and no CORS. Its assets come from this server, hashed,
 * compressed and cached for a year, like GraphiQL's.
 */

describe('the Voyager page and its assets', () => {
  let stack: Stack;
  let served: Served;
  beforeAll(async () => {
    stack = await startStack();
    served = await serveAsStarted(stack);
  }, 60_000);
  afterAll(async () => {
    await served?.close();
    await stack?.close();
  });

  it('is a small page naming hashed, immutable, brotli-compressed assets: about half a megabyte in all', async () => {
    const page = await fetch(`${served.origin}/voyager`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//); // nothing from a CDN
    const assets = [...new Set([...html.matchAll(/\/voyager-assets\/[\w.-]+/g)].map(([path]) => path))];
    expect(assets).toHaveLength(2); // the standalone bundle and its styles
    let transferred = html.length; // the page counted as if uncompressed
    let decoded = 0;
    for (const path of assets) {
      // undici's request, not fetch: fetch would decode the body and hide the transfer size.
      const response = await request(`${served.origin}${path}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(response.statusCode, path).toBe(200);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers['content-encoding']).toBe('br');
      const bytes = Buffer.from(await response.body.arrayBuffer());
      transferred += bytes.length;
      decoded += brotliDecompressSync(bytes).length;
    }
    console.log(`Voyager: ${(transferred / 1e6).toFixed(2)} MB transferred (brotli) for ${(decoded / 1e6).toFixed(2)} MB of assets`);
    expect(decoded).toBeGreaterThan(1_500_000);
    expect(transferred).toBeLessThan(700_000);
    expect((await fetch(`${served.origin}/voyager-assets/voyager.0000000000000000.js`)).status).toBe(404);
  }, 120_000);

  it('is linked from the GraphiQL page', async () => {
    const html = await (await fetch(`${served.origin}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('href=\\"/voyager\\"'); // inside GraphiQL's options (the header renders the title as HTML)
    expect(html).toContain('<title>Basecamp GraphQL</title>');
  });
});

describeInChromium('Voyager in Chromium', (suite) => {
  it('follows the link in GraphiQL’s header to a map of the graph with Query and its types', async () => {
    const started = performance.now();
    const errors: string[] = [];
    suite.page.on('console', (message) => message.type() === 'error' && errors.push(`${suite.page.url()}: ${message.text()}`));
    suite.page.on('pageerror', (error) => errors.push(`${suite.page.url()}: ${error.message}`));
    await suite.page.goto(`${suite.served.origin}/graphql`);
    const link = suite.page.getByRole('link', { name: 'Map of the graph (Voyager)' });
    await link.waitFor({ timeout: 90_000 });
    const introspection = suite.page.waitForResponse((response) => response.url() === `${suite.served.origin}/graphql` && response.request().method() === 'POST' && (response.request().postData() ?? '').includes('__schema') && suite.page.url().endsWith('/voyager'));
    await link.click();
    await suite.page.waitForURL(`${suite.served.origin}/voyager`);
    const linked = performance.now();

    // Voyager's own introspection query passed the request policy and the default token's rules.
    const answered = await introspection;
    expect(answered.status()).toBe(200);
    const body = await answered.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.queryType.name).toBe('Query');

    // The drawn graph: an SVG with a node per type, Query among them, and the types it links to.
    await suite.page.locator('g.node').first().waitFor({ timeout: 90_000 });
    console.log(`GraphiQL with its link in ${((linked - started) / 1000).toFixed(1)} s, the map drawn ${((performance.now() - linked) / 1000).toFixed(1)} s later`);
    const nodes = await suite.page.locator('g.node').evaluateAll((elements) => elements.map((element) => element.id));
    expect(nodes).toContain('TYPE::Query');
    expect(nodes).toEqual(expect.arrayContaining(['TYPE::Project', 'TYPE::Todo', 'TYPE::Person']));
    expect(await suite.page.locator('g.node#TYPE\\:\\:Query').textContent()).toMatch(/projects/); // its fields, drawn inside the node
    // Neither page logs an error (a missing favicon used to be a 404 on every visit).
    expect(errors).toEqual([]);
  }, 180_000);
});
