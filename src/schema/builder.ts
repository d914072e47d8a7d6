import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from '../context.ts';
import { decodeGlobalId, encodeGlobalId } from '../resolvers/global-id.ts';
import { parseDate, parseDateTime } from '../resolvers/scalars.ts';

/**
 * The one schema builder. Object types live in the resource-family modules; this file only
 * holds the plugins, the Relay id encoding and the scalars.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    ID: { Input: string; Output: string };
    DateTime: { Input: string; Output: string };
    Date: { Input: string; Output: string };
    File: { Input: File; Output: never };
  };
  // Every connection resolver must say how big the collection is (X-Total-Count); null when
  // the upstream does not tell and the size cannot be known without reading every page.
  Connection: { totalCount: number | null };
  // Non-null unless a field says otherwise: fields that call upstream say `nullable: true`, so
  // one failing call nulls that field alone, never its parent or siblings.
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  defaultFieldNullability: false,
  plugins: [RelayPlugin, DataloaderPlugin],
  relay: {
    nodesOnConnection: true,
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // A failed mutation nulls its own payload, never the results of the mutations beside it.
    relayMutationFieldOptions: { nullable: true },
    encodeGlobalID: (typename, id, ctx) => encodeGlobalId(typename, ctx.accountId, String(id)),
    decodeGlobalID: (globalId, ctx) => decodeGlobalId(globalId, ctx.accountId),
  },
});

builder.queryType({ description: 'The entry points into a Basecamp account.' });
builder.mutationType({ description: 'Every documented Basecamp write. Each payload returns the changed object, so client caches update without a refetch.' });

builder.scalarType('DateTime', {
  description: 'An instant in time, as the ISO 8601 string Basecamp sends (e.g. `2026-01-27T05:40:00.000Z`).',
  serialize: (value) => value,
  parseValue: (value) => parseDateTime(value),
});

builder.scalarType('File', {
  description: 'A file sent with the request, as a GraphQL multipart request (graphql-multipart-request-spec). Input only.',
  serialize: () => {
    throw new Error('File is an input-only scalar.');
  },
});

builder.scalarType('Date', {
  description: 'A calendar date without a time, `YYYY-MM-DD`.',
  serialize: (value) => value,
  parseValue: (value) => parseDate(value),
});
