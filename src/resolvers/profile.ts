import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { checkEmail, inputError, nonBlankText, unclearable } from './input.ts';
import { withBody } from './writes.ts';

/** The current person's own profile and their date and time preferences. */

export type WeekDay = Wire.FirstWeekDay;
export type TimeFormat = 'twelve_hour' | 'twenty_four_hour';

/** The date and time preferences, as both writes take them. */
interface PreferencesInput {
  timeZoneName?: string | null;
  firstWeekDay?: WeekDay | null;
  timeFormat?: TimeFormat | null;
}

export interface ProfileInput extends PreferencesInput {
  name?: string | null;
  emailAddress?: string | null;
  title?: string | null;
  bio?: string | null;
  location?: string | null;
}

/**
 * `PUT /my/profile.json` (204), then the profile read back. Keys left out are not sent, so they
 * keep their value (the endpoint patches); null clears the free-text ones.
 */
export async function updateMyProfile(ctx: Context, input: ProfileInput) {
  const email = nonBlankText(input.emailAddress, 'emailAddress');
  if (email !== undefined) checkEmail(email, 'emailAddress');
  const body = {
    name: nonBlankText(input.name, 'name'),
    email_address: email,
    title: input.title,
    bio: input.bio,
    location: input.location,
    time_zone_name: nonBlankText(input.timeZoneName, 'timeZoneName'),
    first_week_day: unclearable(input.firstWeekDay, 'firstWeekDay'),
    time_format: unclearable(input.timeFormat, 'timeFormat'),
  };
  if (Object.values(body).every((value) => value === undefined)) throw inputError('input', 'must change at least one field');
  await call(ctx, 'UpdateMyProfile', {}, { body });
  return call(ctx, 'GetMyProfile', {});
}

export function fetchMyPreferences(ctx: Context) {
  return call(ctx, 'GetMyPreferences', {});
}

/** `PUT /my/preferences.json` with the documented `person` envelope; only given keys are sent. */
export function updateMyPreferences(ctx: Context, input: PreferencesInput) {
  const person = {
    time_zone_name: nonBlankText(input.timeZoneName, 'timeZoneName'),
    first_week_day: unclearable(input.firstWeekDay, 'firstWeekDay'),
    time_format: unclearable(input.timeFormat, 'timeFormat'),
  };
  if (Object.values(person).every((value) => value === undefined)) throw inputError('input', 'must change at least one preference');
  return withBody(call(ctx, 'UpdateMyPreferences', {}, { body: { person } }));
}
