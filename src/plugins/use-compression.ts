import { useContentEncoding } from '@whatwg-node/server';
import type { Plugin } from 'graphql-yoga';
import { acceptedEncodings } from './hashed-assets.ts';

export interface CompressionOptions {
  /** Bodies known to be smaller than this go as they are: compressing them costs more than it saves. Default 1 024. */
  minBytes?: number;
}

/** JSON, GraphQL responses, HTML, text (metrics), scripts and styles; never event streams or multipart. */
const COMPRESSIBLE = /^(application\/(json|graphql-response\+json|javascript)|text\/(html|plain|css|javascript))\b/i;

/**
 * gzip/brotli for responses, through `useContentEncoding` from `@whatwg-node/server` (what
 * graphql-yoga documents), and compressed request bodies accepted. Around it: only compressible
 * types (a compressed SSE stream would hold events back), not tiny bodies, not what is already
 * encoded (the pre-compressed GraphiQL assets), `q=0` honoured and brotli preferred.
 */
export function useCompression({ minBytes = 1_024 }: CompressionOptions = {}): Plugin {
  const inner = useContentEncoding();
  return {
    onRequest: inner.onRequest,
    onResponse(payload) {
      const { request, response } = payload;
      if (!response.body || response.headers.has('content-encoding')) return;
      // A plugin's own small answer (webhooks, /auth) built with Node's Response: the inner plugin's
      // streams are @whatwg-node's, and Node refuses to pipe its streams through them.
      if (response.body instanceof globalThis.ReadableStream) return;
      if (!COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) return;
      const length = response.headers.get('content-length');
      if (length !== null && Number(length) < minBytes) return;
      const accepted = acceptedEncodings(request.headers.get('accept-encoding'));
      const encoding = accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : undefined;
      if (!encoding) return;
      response.headers.append('vary', 'accept-encoding');
      // The inner plugin takes the first name of the raw header; it gets exactly the one chosen here.
      inner.onResponse?.({ ...payload, request: { headers: new Headers({ 'accept-encoding': encoding }) } as Request });
    },
  };
}
