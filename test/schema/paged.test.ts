import type { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { orderQuery } from '../../src/resolvers/connection.ts';
import type { builder } from '../../src/schema/builder.ts';
import { Campfire, CampfireLineConnection } from '../../src/schema/campfires.ts';
import { sortArgs } from '../../src/schema/connection.ts';
import { schema } from '../../src/schema/index.ts';
import { paged } from '../../src/schema/nodes.ts';

/**
 * `paged(t, Connection, 'ListX', { params })` calls its operation itself. These lines are never
 * run (the schema is built already); `tsc` in `npm test` checks them: the parameters an operation's
 * path names are required, typed by the operation, and refused where it names none.
 */
export function typeChecks(t: Parameters<Parameters<typeof builder.objectField<typeof Campfire>>[2]>[0]): void {
  paged(t, CampfireLineConnection, 'ListCampfireUploads', { description: 'd', args: sortArgs(t), params: (campfire) => ({ campfireId: campfire.id }), query: orderQuery });
  // @ts-expect-error orderQuery reads sort and direction, which a field without sortArgs does not take.
  paged(t, CampfireLineConnection, 'ListCampfireUploads', { description: 'd', params: (campfire) => ({ campfireId: campfire.id }), query: orderQuery });
  // @ts-expect-error ListCampfireUploads names {campfireId}: params are required.
  paged(t, CampfireLineConnection, 'ListCampfireUploads', { description: 'd' });
  // @ts-expect-error the parameter is campfireId, not chatId.
  paged(t, CampfireLineConnection, 'ListCampfireUploads', { description: 'd', params: (campfire) => ({ chatId: campfire.id }) });
  // @ts-expect-error ListCampfires names no path parameter, so it takes no params.
  paged(t, CampfireLineConnection, 'ListCampfires', { description: 'd', params: (campfire) => ({ campfireId: campfire.id }) });
  // @ts-expect-error only operations the spec marks paginated make a connection.
  paged(t, CampfireLineConnection, 'GetCampfire', { description: 'd', params: (campfire) => ({ campfireId: campfire.id }) });
}

describe('paged() connections that call their operation', () => {
  it('declare the operation they call, for coverage and the query price', () => {
    const uploads = (schema.getType('Campfire') as GraphQLObjectType).getFields().uploads!;
    expect(uploads.extensions).toMatchObject({ basecampOperations: ['ListCampfireUploads'] });
    expect(uploads.args.map((arg) => arg.name)).toEqual(expect.arrayContaining(['first', 'after', 'sort', 'direction']));
  });
});
