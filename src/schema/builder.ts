import SchemaBuilder, { type SchemaTypes } from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import { valueFromASTUntyped } from 'graphql';
import type { Context } from '../context.ts';
import { decodeGlobalId, encodeGlobalId } from '../resolvers/global-id.ts';
import { parseDate, parseDateTime, parseFile } from '../resolvers/scalars.ts';
import { ForwardOnlyConnections } from './forward-only.ts';

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
  plugins: [RelayPlugin, DataloaderPlugin, ForwardOnlyConnections],
  relay: {
    nodesOnConnection: { description: 'The items of this page, without their cursors.' },
    clientMutationId: 'omit',
    // node and nodes are ours (./node.ts): they answer per id and take global ids only.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    cursorType: 'String',
    // A failed mutation nulls its own payload, never the results of the mutations beside it.
    relayMutationFieldOptions: { nullable: true },
    // The Relay plumbing every type and connection shares, described once.
    idFieldOptions: { description: 'Opaque global id (type, account and Basecamp id): for `node(id:)`, `nodes(ids:)` and client caches.' },
    nodeTypeOptions: { description: 'Anything that can be loaded again by its global id with `node(id:)`.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its collection.' },
    firstArgOptions: { description: 'How many items to return, at most 100 (default 25).' },
    afterArgOptions: { description: 'Return the items after this cursor (an `endCursor` or edge `cursor`).' },
    edgesFieldOptions: { nullable: false, description: 'The items of this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Where this item sits, for `after:`.' },
    pageInfoFieldOptions: { description: 'Whether there is more, and the cursors to get it.' },
    hasNextPageFieldOptions: { description: 'Whether items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether this page started after a cursor.' },
    startCursorFieldOptions: { description: 'The first item\'s cursor.' },
    endCursorFieldOptions: { description: 'The last item\'s cursor: pass it as `after:` for the next page.' },
    defaultConnectionTypeOptions: { description: 'A page of a Basecamp collection, read through its `Link` headers.' },
    defaultEdgeTypeOptions: { description: 'One item of a page, with its cursor.' },
    defaultPayloadTypeOptions: { description: 'What the mutation changed.' },
    defaultMutationInputTypeOptions: { description: 'The mutation\'s arguments.' },
    mutationInputArgOptions: { description: 'What to change.' },
    encodeGlobalID: (typename, id, ctx) => encodeGlobalId(typename, ctx.accountId, String(id)),
    decodeGlobalID: (globalId, ctx) => decodeGlobalId(globalId, ctx.accountId),
  },
});

/** The builder's type parameters, for helpers typed against Pothos' generic builders. */
export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T extends SchemaTypes> ? T : never;

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
  parseValue: (value) => parseFile(value),
  // A file never stands in the document itself: only a variable can carry one.
  parseLiteral: (node) => parseFile(valueFromASTUntyped(node)),
});

builder.scalarType('Date', {
  description: 'A calendar date without a time, `YYYY-MM-DD`.',
  serialize: (value) => value,
  parseValue: (value) => parseDate(value),
});
