import type { HttpMethod, UpstreamRequest, UpstreamResponse } from '../../src/client/types.ts';

export const BASE = 'https://3.basecampapi.com/999';

/** A request as the layers see it; `token` picks the credentials (tokenHash `hash-<token>`). */
export function fakeRequest(
  options: { method?: HttpMethod; path?: string; token?: string; account?: string; headers?: Record<string, string>; signal?: AbortSignal } = {},
): UpstreamRequest {
  const { method = 'GET', path = '/projects.json', token = 'a', account = '999', headers = {}, signal } = options;
  return {
    method,
    url: `${BASE}${path}`,
    headers,
    credentials: { token, tokenHash: `hash-${token}`, accountId: account },
    idempotent: method !== 'POST',
    ...(signal ? { signal } : {}),
  };
}

export function fakeResponse(options: Partial<UpstreamResponse> = {}): UpstreamResponse {
  const body = options.body ?? null;
  return {
    status: 200,
    headers: {},
    bytes: JSON.stringify(body)?.length ?? 0,
    url: `${BASE}/projects.json`,
    ...options,
    body,
  };
}
