import type * as Wire from '../client/wire-types.ts';
import { fetchMyPreferences, updateMyPreferences, updateMyProfile } from '../resolvers/profile.ts';
import { builder } from './builder.ts';
import { calls } from './coverage.ts';
import { openEnum } from './enums.ts';
import { specInput } from './inputs.ts';
import { mutation, type InputBuilder } from './mutation.ts';
import { specObject } from './nodes.ts';
import { Person } from './people.ts';

/** The current person's own profile, and how they want dates and times shown. */

// Read and written alike, so a settings form sends back what it read.
const WeekDay = openEnum('WeekDay', {
  description: 'A day of the week, for where calendars start.',
  values: {
    SUNDAY: { value: 'Sunday' },
    MONDAY: { value: 'Monday' },
    TUESDAY: { value: 'Tuesday' },
    WEDNESDAY: { value: 'Wednesday' },
    THURSDAY: { value: 'Thursday' },
    FRIDAY: { value: 'Friday' },
    SATURDAY: { value: 'Saturday' },
  },
});

const TimeFormat = openEnum('TimeFormat', {
  description: 'How times of day are written.',
  values: {
    TWELVE_HOUR: { value: 'twelve_hour', description: 'e.g. 2:30pm.' },
    TWENTY_FOUR_HOUR: { value: 'twenty_four_hour', description: 'e.g. 14:30.' },
  },
});

export const Preferences = specObject<Wire.Preferences>('Preferences', 'How the current person wants dates and times shown.', {
  url: 'The REST URL of these preferences.',
  appUrl: 'Where to change them in the web app.',
  timeZoneName: 'The time zone dates are shown in.',
  firstWeekDay: { type: WeekDay, description: 'The day calendars start on.' },
  timeFormat: { type: TimeFormat, description: 'Whether times are written with am/pm or on a 24-hour clock.' },
});

/** The preferences both writes take. */
const preferenceInputs = (t: InputBuilder) => ({
  timeZoneName: t.string({ description: 'A time zone, e.g. `America/Chicago` or `London`.' }),
  firstWeekDay: t.field({ type: WeekDay }),
  timeFormat: t.field({ type: TimeFormat }),
});

builder.queryField('myPreferences', (t) =>
  t.field({ type: Preferences, ...calls('GetMyPreferences'), description: 'The current person\'s date and time preferences.', resolve: (_root, _args, ctx) => fetchMyPreferences(ctx) }),
);

mutation('updateMyProfile', {
  description: 'Edits the current person\'s own profile.',
  uses: ['UpdateMyProfile', 'GetMyProfile'],
  inputDescription: 'Changes to the current person\'s profile: fields left out keep their value, null clears title, bio or location.',
  input: (t) => ({
    ...specInput(t, 'UpdateMyProfile', {
      name: 'Display name; cannot be blank.',
      emailAddress: 'Must not belong to someone else in the account.',
      title: 'Job title.',
      bio: 'A short line about them.',
      timeZoneName: false,
      timeFormat: false,
    }),
    ...preferenceInputs(t),
  }),
  resolve: (input, ctx) => updateMyProfile(ctx, input),
  payload: { person: { type: Person, description: 'The profile as it is now.' } },
});

mutation('updateMyPreferences', {
  description: 'Sets how the current person sees dates and times.',
  uses: ['UpdateMyPreferences'],
  inputDescription: 'Changes to date and time preferences; fields left out keep their value.',
  input: preferenceInputs,
  resolve: (input, ctx) => updateMyPreferences(ctx, input),
  payload: { preferences: { type: Preferences, description: 'The preferences as they are now.' } },
});
