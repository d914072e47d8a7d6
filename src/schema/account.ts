import type * as Wire from '../client/wire-types.ts';
import { fetchAccount, fetchAccounts, removeAccountLogo, renameAccount, updateAccountLogo } from '../resolvers/account.ts';
import { builder } from './builder.ts';
import { embedded } from './cost-hints.ts';
import { calls, uses } from './coverage.ts';
import { specFields } from './fields.ts';
import { specInput } from './inputs.ts';
import { mutation } from './mutation.ts';
import { node, specObject } from './nodes.ts';

/** The account the token works in: its name, plan, switches and logo. */

export const Account = node('Account', { load: fetchAccounts });

const AccountLimits = specObject<Wire.AccountLimits>('AccountLimits', 'What the account\'s plan lets people do right now.', {
  canCreateProjects: 'Whether another project fits in the plan.',
  canPinProjects: 'Whether projects can be pinned to the home screen.',
  canCreateUsers: 'Whether more people can be added.',
  canUploadFiles: 'Whether storage is left for uploads.',
});

const AccountSubscription = specObject<Wire.AccountSubscription>('AccountSubscription', 'The plan the account pays for and the features it includes.', {
  shortName: 'Basecamp\'s internal code for the plan.',
  properName: 'The plan\'s name as shown to people.',
  projectLimit: 'How many projects the plan allows; null when unlimited.',
  teams: 'Team spaces are included.',
  clients: 'Clients can be invited.',
  templates: 'Project templates are included.',
  logo: 'A custom logo is allowed.',
  timesheet: 'Time tracking is included.',
});

const AccountSettings = specObject<Wire.AccountSettings>('AccountSettings', 'Account-wide switches for how work is organised.', {
  companyHqEnabled: 'The account has a company-wide HQ project.',
  teamsEnabled: 'Teams are switched on.',
  projectsEnabled: 'Projects are switched on.',
});

const AccountLogo = specObject<Wire.AccountLogo>('AccountLogo', 'The account\'s custom logo.', { url: 'Where the image can be downloaded.' });

Account.implement({
  description: 'The Basecamp account the token works in: its name, plan and status.',
  extensions: uses('GetAccount'),
  fields: (t) => ({
    ...specFields(t, 'Account', {
      basecampId: 'The numeric Basecamp id of the account, as a string.',
      name: 'The account\'s name, usually the company\'s.',
      ownerName: 'Who owns the account.',
      active: 'False once the account is cancelled or suspended.',
      createdAt: 'When the account was opened.',
      updatedAt: 'When the account last changed.',
      trial: 'Still on a free trial.',
      trialEndsOn: 'The last day of the trial; null when not on one.',
      frozen: 'Read-only, e.g. after a billing problem.',
      paused: 'Paused by its owner.',
    }),
    limits: t.expose('limits', { type: AccountLimits, nullable: true, description: 'What the plan allows right now.' }),
    subscription: t.expose('subscription', { type: AccountSubscription, nullable: true, description: 'The plan and its features.' }),
    settings: t.expose('settings', { type: AccountSettings, nullable: true, description: 'Account-wide switches.' }),
    logo: t.expose('logo', { type: AccountLogo, nullable: true, description: 'The custom logo; null when there is none.' }),
  }),
});

builder.queryField('account', (t) =>
  t.field({ type: Account, ...calls('GetAccount'), description: 'The account this request works in.', resolve: (_root, _args, ctx) => fetchAccount(ctx) }),
);

const accountNow = { account: { type: Account, description: 'The account as it is now.' } };

mutation('renameAccount', {
  description: 'Renames the account. Only its owner may.',
  uses: ['UpdateAccountName'],
  input: (t) => specInput(t, 'UpdateAccountName', { name: 'The new name; cannot be blank.' }),
  resolve: (input, ctx) => renameAccount(ctx, input),
  payload: accountNow,
});

mutation('updateAccountLogo', {
  description: 'Uploads or replaces the account\'s logo. Owners and admins only.',
  uses: ['UpdateAccountLogo', 'GetAccount'],
  inputDescription: 'A new logo, sent as a GraphQL multipart request.',
  input: (t) => ({ file: t.field({ type: 'File', required: true, description: 'PNG, JPEG, GIF, WebP, AVIF or HEIC, at most 5 MB.' }) }),
  resolve: (input, ctx) => updateAccountLogo(ctx, input),
  payload: accountNow,
});

// Removing the logo needs no input, and GraphQL input objects cannot be empty: a plain field.
const RemoveAccountLogoPayload = builder.objectRef<Wire.Account>('RemoveAccountLogoPayload').implement({
  description: 'The account after its logo was removed.',
  fields: (t) => ({ account: t.field({ type: Account, description: 'The account, now without a logo.', extensions: embedded(), resolve: (account) => account }) }),
});

builder.mutationField('removeAccountLogo', (t) =>
  t.field({
    type: RemoveAccountLogoPayload,
    nullable: true,
    description: 'Removes the account\'s custom logo. Owners and admins only.',
    extensions: uses('RemoveAccountLogo', 'GetAccount'),
    resolve: (_root, _args, ctx) => removeAccountLogo(ctx),
  }),
);
