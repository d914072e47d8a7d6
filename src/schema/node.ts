import { GraphQLError, isObjectType, type GraphQLResolveInfo } from 'graphql';
import { resolveNodes } from '@pothos/plugin-relay';
import type { Context } from '../context.ts';
import { parseNodeId } from '../resolvers/global-id.ts';
import { builder } from './builder.ts';

/**
 * `node` and `nodes`, written here instead of taken from the Relay plugin: the plugin decodes all
 * ids before resolving, so one bad id in `nodes(ids:)` failed the whole (non-null) list and blanked
 * the response. Here each id is decoded and loaded on its own: a bad one is null with its own
 * error, and the loads still batch through the same DataLoaders.
 */
const Node = builder.nodeInterfaceRef();

builder.queryFields((t) => ({
  node: t.field({
    type: Node,
    nullable: true,
    description: 'Any object, by its global id (its `id` field); null when it cannot be read.',
    args: {
      id: t.arg.id({
        required: true,
        description: 'A global id. A plain Basecamp id names no type: pass it to a typed field such as `todo(id:)`.',
      }),
    },
    resolve: (_root, args, ctx, info) => loadNode(String(args.id), ctx, info),
  }),
  nodes: t.field({
    type: [Node],
    nullable: { list: false, items: true },
    description: 'Objects by their global ids, in order. Each id is answered on its own: an id that is malformed, of another type or cannot be read is null with its own error, and the others still resolve.',
    args: {
      ids: t.arg.idList({
        required: true,
        description: 'Global ids (the objects\' `id` fields); plain Basecamp ids need typed fields such as `todo(id:)`.',
      }),
    },
    // graphql-js completes each item on its own: a rejected one is null at its index, with its error.
    resolve: (_root, args, ctx, info) => args.ids.map((id) => loadNode(String(id), ctx, info)),
  }),
}));

async function loadNode(globalId: string, ctx: Context, info: GraphQLResolveInfo) {
  const isNodeType = (name: string) => {
    const type = info.schema.getType(name);
    if (!isObjectType(type)) return false;
    if (type.getInterfaces().some((candidate) => candidate.name === Node.name)) return true;
    // A type with a stable `id` but no GET by it (`identifiedRef`): known, so say why it cannot be read.
    if (type.getFields().id) throw notRefetchable(globalId, name);
    return false;
  };
  const id = parseNodeId(globalId, ctx.accountId, isNodeType);
  const [node] = await resolveNodes(builder, ctx, info, [id]);
  return node as object | null;
}

function notRefetchable(globalId: string, typename: string): GraphQLError {
  return new GraphQLError(
    `"${globalId.length > 80 ? `${globalId.slice(0, 77)}...` : globalId}" is the id of a ${typename}, which Basecamp cannot read again on its own: read it through the field that returned it.`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}
