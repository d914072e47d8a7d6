import type { BasecampId } from '../client/types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { checkFile, inputError, requiredText } from './input.ts';
import { answerFrom } from './loaders.ts';
import { withBody } from './writes.ts';

/** The account the token works in: read, renamed, its logo replaced or removed. */

export function fetchAccount(ctx: Context) {
  return call(ctx, 'GetAccount', {});
}

/** `GET /account.json`, once per request whatever the ids; an id of another account is an error for that key. */
export function fetchAccounts(ctx: Context, ids: readonly BasecampId[]) {
  return answerFrom(ids, async () => [await fetchAccount(ctx)], (id) => `No account ${id} behind this token.`);
}

/** `PUT /account/name.json` (owners only); Basecamp answers 400 for a blank name, checked first. */
export function renameAccount(ctx: Context, input: { name: string }) {
  return withBody(call(ctx, 'UpdateAccountName', {}, { body: { name: requiredText(input.name, 'name') } }));
}

/** Basecamp refuses logos over 5 MB (docs: account.md, "Update account logo"). */
export const MAX_LOGO_BYTES = 5 * 1024 * 1024;
const LOGO_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/heic']);

/** `PUT /account/logo.json` as a multipart form with a `logo` part (admins and owners); the account is read back. */
export async function updateAccountLogo(ctx: Context, input: { file: File }) {
  if (!LOGO_TYPES.has(input.file.type)) throw inputError('file', `must be a PNG, JPEG, GIF, WebP, AVIF or HEIC image, got "${input.file.type || 'no type'}"`);
  const file = checkFile(input.file, 'file', MAX_LOGO_BYTES);
  const form = new FormData();
  // Copied into a Blob of this runtime: the server's File may come from another fetch implementation.
  form.set('logo', new Blob([await file.arrayBuffer()], { type: file.type }), file.name || 'logo');
  await call(ctx, 'UpdateAccountLogo', {}, { body: form });
  return fetchAccount(ctx);
}

/** `DELETE /account/logo.json` (204); the account is read back. */
export async function removeAccountLogo(ctx: Context) {
  await call(ctx, 'RemoveAccountLogo', {});
  return fetchAccount(ctx);
}
