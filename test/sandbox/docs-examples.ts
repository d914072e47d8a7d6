import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

/** One example request the official docs show: a cURL line or an "Example JSON Request" block. */
export interface DocsExample {
  /** `todos`, from `todos.md`. */
  section: string;
  /** 1-based line of the cURL or request block in the section file. */
  line: number;
  /** `curl` for a "Copy as cURL" block, `request` for a JSON request block no cURL repeats. */
  source: 'curl' | 'request';
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The path below `$ACCOUNT_ID`, as the docs write it (`/todolists/3/todos.json`), no query. */
  path: string;
  /** The query string without `?`, or `''`. */
  query: string;
  /** The parsed JSON body, or undefined when the example sends none. */
  body?: unknown;
  /** Set when the example cannot be sent as JSON over HTTP as it stands (binary upload, other host, …). */
  unsendable?: string;
  /** Statuses the docs name for this endpoint (`201 Created` → 201), in the example's section. */
  documentedStatuses: number[];
}

const API_ORIGIN = 'https://3.basecampapi.com/$ACCOUNT_ID';
const ENDPOINT_LINE = /^\* `(GET|POST|PUT|DELETE) (\/[^`\s]*)`/;
const PAYLOAD_MARKER = /^<!-- START (GET|POST|PUT|DELETE) PAYLOAD (\/\S+) -->/;

interface Block {
  lang: string;
  text: string;
  line: number;
  /** The `###### …` heading and `<!-- START … -->` marker lines just above the fence. */
  preamble: string[];
}

interface Heading {
  endpoints: { method: DocsExample['method']; path: string }[];
  blocks: Block[];
  statuses: number[];
}

/** Splits a section file at its setext headings (a title underlined with `---` or `===`). */
function headings(markdown: string): Heading[] {
  const lines = markdown.split('\n');
  const found: Heading[] = [];
  let current: Heading = { endpoints: [], blocks: [], statuses: [] };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (/^(-{3,}|={3,})$/.test(lines[i + 1] ?? '') && line.trim() !== '' && !line.startsWith('```')) {
      found.push(current);
      current = { endpoints: [], blocks: [], statuses: [] };
      continue;
    }
    const endpoint = ENDPOINT_LINE.exec(line);
    if (endpoint) current.endpoints.push({ method: endpoint[1] as DocsExample['method'], path: endpoint[2]! });
    for (const status of line.matchAll(/`(\d{3}) [A-Z][\w ]+`/g)) current.statuses.push(Number(status[1]));
    const fence = /^```(\w*)\s*$/.exec(line);
    if (fence) {
      const start = i;
      const body: string[] = [];
      for (i += 1; i < lines.length && !lines[i]!.startsWith('```'); i += 1) body.push(lines[i]!);
      const preamble: string[] = [];
      for (let j = start - 1; j >= 0 && j >= start - 3; j -= 1) {
        const above = lines[j]!.trim();
        if (above === '') continue;
        if (!above.startsWith('######') && !above.startsWith('<!--')) break;
        preamble.push(above);
      }
      current.blocks.push({ lang: fence[1] ?? '', text: body.join('\n'), line: start + 1, preamble });
    }
  }
  found.push(current);
  return found;
}

/**
 * Splits a shell command into words, honouring single and double quotes (what the docs use).
 * Undefined when a quote is left open, as a shell would refuse the line.
 */
function shellWords(command: string): string[] | undefined {
  const words: string[] = [];
  let word = '';
  let quote: string | null = null;
  let inWord = false;
  for (const char of command) {
    if (quote) {
      if (char === quote) quote = null;
      else word += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += char;
      inWord = true;
    }
  }
  if (quote) return undefined;
  if (inWord) words.push(word);
  return words;
}

interface Curl {
  /** Why a shell could not run it, if it could not. */
  broken?: string;
  method: DocsExample['method'];
  url: string;
  data?: string;
  binary?: string;
  /** `-F name=@file`: a multipart form. */
  form?: string;
}

function parseCurl(text: string): Curl {
  const words = shellWords(text.replace(/\\\n/g, ' '));
  if (!words) return { broken: 'unbalanced shell quotes (an apostrophe inside a single-quoted -d)', method: 'GET', url: '' };
  let method: string | undefined;
  let url = '';
  let data: string | undefined;
  let binary: string | undefined;
  let form: string | undefined;
  for (let i = 1; i < words.length; i += 1) {
    const word = words[i]!;
    if (word === '-X' || word === '--request') method = words[(i += 1)];
    else if (word === '-d' || word === '--data' || word === '--data-raw') data = words[(i += 1)];
    else if (word === '--data-binary') binary = words[(i += 1)];
    else if (word === '-F' || word === '--form') form = words[(i += 1)];
    else if (word === '-H' || word === '-A' || word === '-u' || word === '--header') i += 1;
    else if (/^https?:\/\//.test(word)) url = word;
  }
  method ??= data !== undefined || binary !== undefined || form !== undefined ? 'POST' : 'GET';
  return {
    method: method as DocsExample['method'],
    url,
    ...(data === undefined ? {} : { data }),
    ...(binary === undefined ? {} : { binary }),
    ...(form === undefined ? {} : { form }),
  };
}

/** The `$ACCOUNT_ID`-relative path and query of a docs URL, or undefined for another host. */
function splitUrl(url: string): { path: string; query: string } | undefined {
  if (!url.startsWith(API_ORIGIN)) return undefined;
  const rest = url.slice(API_ORIGIN.length);
  const q = rest.indexOf('?');
  return q < 0 ? { path: rest, query: '' } : { path: rest.slice(0, q), query: rest.slice(q + 1) };
}

/** JSON.parse, forgiving the trailing commas some docs blocks carry (`{ "name": "…", }`). */
function parseLenient(text: string): unknown {
  return JSON.parse(text.replace(/,(\s*[}\]])/g, '$1'));
}

/** Every example request of every `*.md` in `dir`, in file and line order. */
export function docsExamples(dir: string): DocsExample[] {
  const examples: DocsExample[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.md')).sort()) {
    const section = file.replace(/\.md$/, '');
    for (const heading of headings(readFileSync(`${dir}${file}`, 'utf8'))) {
      const documentedStatuses = [...new Set(heading.statuses)];
      const fromCurl: DocsExample[] = [];
      for (const block of heading.blocks) {
        if (block.lang !== 'shell' || !/^\s*curl\b/.test(block.text)) continue;
        const curl = parseCurl(block.text);
        const target = splitUrl(curl.url);
        // A cURL that does not run is named after its heading's endpoint line.
        const named = curl.broken ? heading.endpoints.find((endpoint) => endpoint.method !== 'GET') ?? heading.endpoints[0] : undefined;
        const example: DocsExample = {
          section,
          line: block.line,
          source: 'curl',
          method: named?.method ?? curl.method,
          path: named?.path ?? target?.path ?? curl.url,
          query: target?.query ?? '',
          documentedStatuses,
        };
        if (curl.broken) example.unsendable = `the cURL does not run: ${curl.broken}`;
        else if (!target) example.unsendable = `not the API host (${curl.url.split('?')[0]})`;
        else if (curl.binary !== undefined) example.unsendable = `binary upload body (--data-binary ${curl.binary})`;
        else if (curl.form !== undefined) example.unsendable = `multipart form upload (-F ${curl.form})`;
        else if (/\$[A-Z_]+/.test(target.path)) example.unsendable = `secret in the URL (${target.path})`;
        if (curl.data !== undefined) {
          try {
            example.body = parseLenient(curl.data);
          } catch {
            // e.g. `-d '{"content":"… isn't …"}'`: the apostrophe ends the shell quote early.
            example.unsendable ??= `the cURL's -d is not JSON as the shell would send it (${curl.data.slice(0, 40)}…)`;
          }
        }
        fromCurl.push(example);
      }
      // A cURL whose method or path no endpoint line of its heading shows (a docs slip) gets no status list.
      for (const curl of fromCurl) {
        const documented = heading.endpoints.some(
          (endpoint) => endpoint.method === curl.method && endpoint.path.split('?')[0]!.replace(/\/:\w+/g, '/1') === curl.path,
        );
        if (!documented) curl.documentedStatuses = [];
      }
      examples.push(...fromCurl);
      // JSON request blocks: keep those no cURL of the same heading already sends.
      for (const block of heading.blocks) {
        if (block.lang !== 'json' || !block.preamble.some((line) => /Example JSON Request/.test(line))) continue;
        const marker = block.preamble.map((line) => PAYLOAD_MARKER.exec(line)).find((match) => match);
        const endpoint = marker
          ? { method: marker[1] as DocsExample['method'], path: marker[2]! }
          : heading.endpoints.find((candidate) => candidate.method !== 'GET') ?? heading.endpoints[0];
        if (!endpoint) throw new Error(`${file}:${block.line}: a JSON request block with no endpoint line`);
        const [written = '', query = ''] = endpoint.path.split('?');
        // `:template_id` in a docs path stands for an id, like the endpoint lines' `2`.
        const path = written.replace(/\/:\w+/g, '/1');
        let body: unknown;
        try {
          body = parseLenient(block.text);
        } catch (error) {
          throw new Error(`${file}:${block.line}: ${(error as Error).message}\n${block.text}`);
        }
        const repeated = fromCurl.some(
          (curl) =>
            curl.method === endpoint.method && curl.path === path && curl.unsendable === undefined && isDeepStrictEqual(curl.body, body),
        );
        if (repeated) continue;
        examples.push({
          section,
          line: block.line,
          source: 'request',
          method: endpoint.method,
          path,
          query,
          body,
          ...(/\$[A-Z_]+/.test(path) ? { unsendable: `secret in the URL (${path})` } : {}),
          documentedStatuses,
        });
      }
    }
  }
  return examples;
}
