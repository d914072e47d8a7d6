import type { Plugin } from 'graphql-yoga';

/** `POST /webhooks/basecamp/{secret}`; the last segment is checked by the handler, not here. */
const ROUTE = /^\/webhooks\/basecamp\/([^/]*)\/?$/;

/**
 * Serves Basecamp's webhook deliveries beside `/graphql`. Without a receiver (no
 * `BASECAMP_WEBHOOK_URL`/`_SECRET`) the route answers 404 like any unknown path.
 */
export function useWebhooks(receive: ((request: Request, secret: string) => Promise<Response>) | undefined): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      const match = ROUTE.exec(url.pathname);
      if (!match) return;
      if (!receive) {
        endResponse(new Response(JSON.stringify({ code: 'NOT_FOUND', message: 'Webhooks are not configured on this server.' }), { status: 404, headers: { 'content-type': 'application/json; charset=utf-8' } }));
        return;
      }
      endResponse(await receive(request, decodeSegment(match[1] ?? '')));
    },
  };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
