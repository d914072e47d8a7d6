import { parseJson } from '../src/client/json.ts';

/**
 * What a developer's REST script does without the gateway: plain fetches following the docs'
 * URLs and `Link` headers, no conditional requests, no de-duplication. It counts what it costs.
 */
export class RestByHand {
  calls = 0;
  bytes = 0;

  constructor(
    private readonly apiRoot: string,
    private readonly token: string,
  ) {}

  async get<T = any>(pathOrUrl: string): Promise<{ body: T; next?: string; total?: number }> {
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${this.apiRoot}${pathOrUrl}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${this.token}`, 'user-agent': 'REST by hand (bench@example.test)' } });
    const text = await response.text();
    this.calls++;
    this.bytes += Buffer.byteLength(text);
    if (response.status !== 200) throw new Error(`GET ${url} → ${response.status}`);
    const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
    const total = response.headers.get('x-total-count');
    return { body: parseJson(text) as T, ...(next ? { next } : {}), ...(total ? { total: Number(total) } : {}) };
  }

  /** The first `count` items of a collection, following `Link` as far as needed. */
  async first<T = any>(path: string, count: number): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = path;
    while (next && items.length < count) {
      const page: { body: T[]; next?: string } = await this.get<T[]>(next);
      items.push(...page.body);
      next = page.next;
    }
    return items.slice(0, count);
  }
}
