import { UpstreamError } from './errors.ts';
import type { Page, UpstreamResponse } from './types.ts';

/** One `link-value` of a `Link` header (RFC 8288 §3). */
export interface LinkValue {
  /** The URI-Reference between `<` and `>`, as sent (possibly relative). */
  url: string;
  /** Lower-cased relation types; `rel` may carry several, space-separated. */
  rel: string[];
  /** Every parameter, lower-cased name → unquoted value; the first occurrence wins. */
  params: Record<string, string>;
}

/**
 * Parses a `Link` header into its link-values. Tolerant the way the SDK's conformance cases
 * require: text before a `<` is skipped, a URL runs from a `<` to the first `>` after it, an
 * empty `<>` yields nothing but does not stop the parse, an unterminated `<` ends it. Parameters
 * may be quoted (with `\` escapes) or bare tokens, with any spacing around `;` and `=`.
 */
export function parseLinkHeader(value: string | undefined): LinkValue[] {
  const links: LinkValue[] = [];
  if (!value) return links;
  let i = 0;
  while (i < value.length) {
    const open = value.indexOf('<', i);
    if (open < 0) break;
    const close = value.indexOf('>', open + 1);
    if (close < 0) break;
    const url = value.slice(open + 1, close).trim();
    const params = new Map<string, string>();
    i = close + 1;

    while (i < value.length) {
      const char = value[i]!;
      if (char === ',') {
        i++;
        break;
      }
      if (char === '<') break;
      if (char !== ';') {
        i++;
        continue;
      }
      i = skipSpace(value, i + 1);
      const nameEnd = scan(value, i, (c) => !/[\s=;,<]/.test(c));
      const name = value.slice(i, nameEnd).toLowerCase();
      i = skipSpace(value, nameEnd);
      let paramValue = '';
      if (value[i] === '=') {
        i = skipSpace(value, i + 1);
        if (value[i] === '"') {
          const quoted = readQuoted(value, i);
          paramValue = quoted.text;
          i = quoted.end;
        } else {
          const end = scan(value, i, (c) => !/[;,<]/.test(c));
          paramValue = value.slice(i, end).trim();
          i = end;
        }
      }
      if (name !== '' && !params.has(name)) params.set(name, paramValue);
    }

    if (url === '') continue;
    const record: Record<string, string> = {};
    for (const [name, v] of params) Object.defineProperty(record, name, { value: v, enumerable: true, writable: true, configurable: true });
    links.push({ url, rel: (params.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean), params: record });
  }
  return links;
}

export interface ToPageOptions {
  /** The upstream's origin (`https://3.basecampapi.com`); a next link elsewhere is not followed. */
  origin: string;
  /** Told about a `rel="next"` URL that was refused for leaving `origin` (wire it to a metric). */
  onRefusedLink?: (url: string) => void;
}

/**
 * Turns one buffered collection response into a `Page`: the items (a bare array, or the array
 * inside a single-key envelope such as `{"projects": []}`), the `Link: rel="next"` URL resolved
 * against the page's own URL, and `X-Total-Count`.
 *
 * A next URL on another origin or scheme is never followed (it would send the bearer token
 * elsewhere): it is kept apart as `refusedNextUrl`, so a reader that needs the next page can say
 * why it cannot have it, and reported through `onRefusedLink`.
 * Throws `UpstreamError` UPSTREAM_ERROR when the body is not a list.
 */
export function toPage<T = unknown>(response: UpstreamResponse, options: ToPageOptions): Page<T> {
  const page: Page<T> = { items: listItems<T>(response), url: response.url };
  const next = nextLink(response, options);
  if (next?.refused) page.refusedNextUrl = next.url;
  else if (next !== undefined) page.nextUrl = next.url;
  const totalCount = parseTotalCount(response.headers['x-total-count']);
  if (totalCount !== undefined) page.totalCount = totalCount;
  return page;
}

function listItems<T>(response: UpstreamResponse): T[] {
  const { body } = response;
  if (body === undefined) return [];
  if (Array.isArray(body)) return body as T[];
  if (body !== null && typeof body === 'object') {
    // `{ person, events: […] }` (GetPersonProgress): the one array is the paginated list
    const arrays = Object.values(body).filter((value) => Array.isArray(value));
    if (arrays.length === 1) return arrays[0] as T[];
  }
  throw new UpstreamError('UPSTREAM_ERROR', 'Basecamp answered a collection request with something other than a list.', {
    status: response.status,
    retryable: false,
  });
}

function nextLink(response: UpstreamResponse, options: ToPageOptions): { url: string; refused?: true } | undefined {
  for (const link of parseLinkHeader(response.headers.link)) {
    if (!link.rel.includes('next')) continue;
    let url: URL;
    try {
      url = new URL(link.url, response.url);
    } catch {
      continue;
    }
    if (url.origin !== new URL(options.origin).origin) {
      options.onRefusedLink?.(url.href);
      return { url: url.href, refused: true };
    }
    return { url: url.href };
  }
  return undefined;
}

function parseTotalCount(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined;
  const count = Number(value);
  return Number.isSafeInteger(count) ? count : undefined;
}

function skipSpace(text: string, from: number): number {
  return scan(text, from, (c) => c === ' ' || c === '\t');
}

function scan(text: string, from: number, keep: (char: string) => boolean): number {
  let i = from;
  while (i < text.length && keep(text[i]!)) i++;
  return i;
}

function readQuoted(text: string, from: number): { text: string; end: number } {
  let out = '';
  let i = from + 1;
  while (i < text.length && text[i] !== '"') {
    if (text[i] === '\\' && i + 1 < text.length) i++;
    out += text[i];
    i++;
  }
  return { text: out, end: Math.min(i + 1, text.length) };
}
