import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { toBasecampId } from './global-id.ts';
import { inputError } from './input.ts';
import { loadEach } from './loaders.ts';
import { withBody } from './writes.ts';

/** Whether and when a person is away. */

/** The spec's out of office, with the keys the docs show as null when it is off. */
export type OutOfOfficeRecord = Wire.OutOfOffice & { start_date?: string | null; end_date?: string | null };

export const fetchOutOfOffices = loadEach('GetOutOfOffice');

/** `POST /people/{id}/out_of_office.json`: enables or replaces it. The dates must not run backwards. */
export function enableOutOfOffice(ctx: Context, input: { personId: string; startDate: string; endDate: string }) {
  const personId = toBasecampId(input.personId, ctx.accountId, ['Person']);
  if (input.startDate > input.endDate) throw inputError('startDate', `must not be after endDate (${input.endDate})`);
  return withBody(call(ctx, 'EnableOutOfOffice', { personId }, { body: {
    out_of_office: { start_date: input.startDate, end_date: input.endDate },
  } }));
}

/** `DELETE /people/{id}/out_of_office.json` (204, also when already off); read back. */
export async function disableOutOfOffice(ctx: Context, personIdInput: string) {
  const personId = toBasecampId(personIdInput, ctx.accountId, ['Person']);
  await call(ctx, 'DisableOutOfOffice', { personId });
  return call(ctx, 'GetOutOfOffice', { personId });
}
