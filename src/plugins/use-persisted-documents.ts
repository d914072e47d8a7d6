import { createHash } from 'node:crypto';
import { useAPQ, type APQStore } from '@graphql-yoga/plugin-apq';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface PersistedDocumentsOptions {
  /**
   * The manifest of `GRAPHQL_TRUSTED_DOCUMENTS` (`{ hash: document }`). When given, only these
   * documents run; without it, any document runs and clients may register it by hash (APQ).
   */
  trusted?: Record<string, string>;
}

/**
 * Documents by hash, in Apollo's protocol (`extensions.persistedQuery { version: 1, sha256Hash }`),
 * which Apollo Client's persisted-query link, urql's persisted exchange and Relay speak.
 *
 * - Open mode: automatic persisted queries. A hash we have not seen answers `PersistedQueryNotFound`
 *   (HTTP 200, as Apollo Server does, so every client version retries instead of failing); the
 *   retry brings the document and its hash, and later requests need only the hash.
 * - Trusted mode: the manifest is the whole API. A hash outside it, or a document outside it, is
 *   refused before parsing with a coded error. A client that sends the full text of a trusted
 *   document (a plain client, or Apollo's link retrying) is served it by its hash.
 */
export function usePersistedDocuments({ trusted }: PersistedDocumentsOptions = {}): Plugin {
  if (!trusted) return useAPQ({ store: createBoundedStore(), responseConfig: { forceStatusCodeOk: true } });
  const documents = new Map(Object.entries(trusted));
  // The codegen preset hashes with sha1 unless told sha256; a manifest says which by its keys.
  const keys = [...documents.keys()];
  const algorithm = keys.every((key) => /^[0-9a-f]{64}$/.test(key)) ? 'sha256' : keys.every((key) => /^[0-9a-f]{40}$/.test(key)) ? 'sha1' : undefined;
  const hashOf = (document: string) => (algorithm ? createHash(algorithm).update(document).digest('hex') : '');
  return {
    onPluginInit({ addPlugin }) {
      addPlugin({
        // Full text of a trusted document → its hash, so the plugin below looks it up like any other.
        onParams({ params, setParams }) {
          if (typeof params.query !== 'string') return;
          const sha256Hash = hashOf(params.query);
          if (!documents.has(sha256Hash)) return;
          const { query: _query, ...rest } = params;
          setParams({ ...rest, extensions: { ...params.extensions, persistedQuery: { version: 1, sha256Hash } } });
        },
      });
      addPlugin(
        usePersistedOperations({
          getPersistedOperation: (hash) => documents.get(hash) ?? null,
          customErrors: {
            notFound: () =>
              createGraphQLError('PersistedQueryNotFound: no trusted document has this hash; this server runs only the documents of its manifest (GRAPHQL_TRUSTED_DOCUMENTS).', {
                extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
              }),
            persistedQueryOnly: () =>
              createGraphQLError('PersistedQueryOnly: this server runs only trusted documents (GRAPHQL_TRUSTED_DOCUMENTS), and this document is not one of them. Build it into the manifest and send its hash in extensions.persistedQuery.', {
                extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
              }),
            keyNotFound: () =>
              createGraphQLError('Send a trusted document by its hash: extensions.persistedQuery { version: 1, sha256Hash }.', {
                extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
              }),
          },
        }) as Plugin,
      );
    },
  };
}

/** Registered documents: 8 MiB of text in all, least recently used first out. */
const APQ_STORE_CHARS = 8 * 1024 * 1024;
/** A document is registered before the static limits parse it, so the store bounds what it keeps. */
const APQ_DOCUMENT_CHARS = 64 * 1024;

/**
 * The APQ plugin's own store counts entries with a 36 s lifetime; this one counts characters, so
 * strangers registering large documents cannot grow the heap, and keeps a used document for good.
 */
function createBoundedStore(): APQStore {
  const documents = new Map<string, string>();
  let chars = 0;
  return {
    get(hash) {
      const document = documents.get(hash);
      if (document === undefined) return null;
      documents.delete(hash); // re-insert: Map order is the recency order
      documents.set(hash, document);
      return document;
    },
    set(hash, document) {
      if (document.length > APQ_DOCUMENT_CHARS || documents.has(hash)) return;
      documents.set(hash, document);
      chars += document.length;
      for (const [oldest, text] of documents) {
        if (chars <= APQ_STORE_CHARS) break;
        documents.delete(oldest);
        chars -= text.length;
      }
    },
  };
}
