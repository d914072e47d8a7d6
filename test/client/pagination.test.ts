import { describe, expect, it, vi } from 'vitest';
import { UpstreamError } from '../../src/client/errors.ts';
import { parseLinkHeader, toPage } from '../../src/client/pagination.ts';
import type { UpstreamResponse } from '../../src/client/types.ts';

const ORIGIN = 'https://3.basecampapi.com';
const PAGE_1 = `${ORIGIN}/999/message_boards/3/messages.json`;

function page(headers: Record<string, string>, body: unknown = [{ id: '1' }], url = PAGE_1): UpstreamResponse {
  return { status: 200, headers, body, bytes: 0, url };
}

describe('parseLinkHeader', () => {
  it('reads the docs example', () => {
    expect(parseLinkHeader(`<${ORIGIN}/999/message_boards/3/messages.json?page=4>; rel="next"`)).toEqual([
      { url: `${ORIGIN}/999/message_boards/3/messages.json?page=4`, rel: ['next'], params: { rel: 'next' } },
    ]);
  });

  it('reads several links, quoted and bare parameters, and odd spacing', () => {
    const links = parseLinkHeader('</a?page=1> ;rel=prev;title="a, b; c" ,  </a?page=3>;REL = "next last" ;  type=text/html');
    expect(links).toEqual([
      { url: '/a?page=1', rel: ['prev'], params: { rel: 'prev', title: 'a, b; c' } },
      { url: '/a?page=3', rel: ['next', 'last'], params: { rel: 'next last', type: 'text/html' } },
    ]);
  });

  it('unescapes quoted-pairs and keeps only the first rel', () => {
    expect(parseLinkHeader('</x>; title="say \\"hi\\""; rel="next"; rel="prev"')).toEqual([
      { url: '/x', rel: ['next'], params: { title: 'say "hi"', rel: 'next' } },
    ]);
  });

  it('skips an empty <> but keeps parsing the parts after it', () => {
    expect(parseLinkHeader('<>; rel="next", </projects.json?page=2>; rel="next"').map((link) => link.url)).toEqual([
      '/projects.json?page=2',
    ]);
  });

  it('takes the URL from the first < to the first > after it, ignoring junk before', () => {
    expect(parseLinkHeader('>x</projects.json?page=2>; rel="next"').map((link) => link.url)).toEqual(['/projects.json?page=2']);
  });

  it('finds nothing in an unterminated <, a blank or a missing header', () => {
    expect(parseLinkHeader('<; rel="next"')).toEqual([]);
    expect(parseLinkHeader('')).toEqual([]);
    expect(parseLinkHeader(undefined)).toEqual([]);
  });

  it('treats a parameter named __proto__ as plain data', () => {
    const [link] = parseLinkHeader('</x>; __proto__="evil"; rel=next');
    expect(link?.rel).toEqual(['next']);
    expect(Object.getPrototypeOf(link?.params)).toBe(Object.prototype);
    expect(link?.params.__proto__).toBe('evil');
  });
});

describe('toPage', () => {
  it('gives the items, the page URL, the next URL and the total count', () => {
    const next = `${ORIGIN}/999/message_boards/3/messages.json?page=2`;
    expect(toPage(page({ link: `<${next}>; rel="next"`, 'x-total-count': '42' }), { origin: ORIGIN })).toEqual({
      items: [{ id: '1' }],
      url: PAGE_1,
      nextUrl: next,
      totalCount: 42,
    });
  });

  it('reports the last page as one without a nextUrl and leaves a missing total undefined', () => {
    const result = toPage(page({}), { origin: ORIGIN });
    expect(result).toEqual({ items: [{ id: '1' }], url: PAGE_1 });
  });

  it('resolves a relative next link against the page URL', () => {
    expect(toPage(page({ link: '</999/projects.json?page=2>; rel="next"' }), { origin: ORIGIN }).nextUrl).toBe(
      `${ORIGIN}/999/projects.json?page=2`,
    );
  });

  it('picks rel="next" among several links and ignores the others', () => {
    const header = `<${ORIGIN}/999/p.json?page=1>; rel="prev", <${ORIGIN}/999/p.json?page=3>; rel="next"`;
    expect(toPage(page({ link: header }), { origin: ORIGIN }).nextUrl).toBe(`${ORIGIN}/999/p.json?page=3`);
  });

  it.each([
    ['another host', 'https://evil.example/999/messages.json?page=2'],
    ['a lookalike subdomain', 'https://3.basecampapi.com.evil.example/999/messages.json?page=2'],
    ['plain http on the same host', 'http://3.basecampapi.com/999/messages.json?page=2'],
    ['another port', 'https://3.basecampapi.com:8443/999/messages.json?page=2'],
    ['a protocol-relative URL elsewhere', '//evil.example/999/messages.json'],
  ])('refuses a next link to %s and reports it', (_name, next) => {
    const onRefusedLink = vi.fn();
    const result = toPage(page({ link: `<${next}>; rel="next"` }), { origin: ORIGIN, onRefusedLink });
    expect(result.nextUrl).toBeUndefined();
    expect(result.refusedNextUrl).toEqual(expect.any(String));
    expect(onRefusedLink).toHaveBeenCalledTimes(1);
  });

  it('unwraps a single-key envelope to its array', () => {
    expect(toPage(page({}, { projects: [] }), { origin: ORIGIN }).items).toEqual([]);
    expect(toPage(page({}, { projects: [{ id: '7' }] }), { origin: ORIGIN }).items).toEqual([{ id: '7' }]);
  });

  it('treats an empty body as an empty page', () => {
    expect(toPage({ ...page({}), body: undefined }, { origin: ORIGIN }).items).toEqual([]);
  });

  it('refuses a body that is not a list with UPSTREAM_ERROR', () => {
    const attempt = () => toPage(page({}, { id: '1', name: 'not a list' }), { origin: ORIGIN });
    expect(attempt).toThrow(UpstreamError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'UPSTREAM_ERROR' }));
  });

  it('ignores an X-Total-Count that is not a whole number', () => {
    expect(toPage(page({ 'x-total-count': 'lots' }), { origin: ORIGIN }).totalCount).toBeUndefined();
    expect(toPage(page({ 'x-total-count': '-3' }), { origin: ORIGIN }).totalCount).toBeUndefined();
    expect(toPage(page({ 'x-total-count': '0' }), { origin: ORIGIN }).totalCount).toBe(0);
  });
});
