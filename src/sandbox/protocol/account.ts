import type { Account } from '../state/records.ts';
import { HttpError, notFound } from './errors.ts';

/**
 * Strips the `/{accountId}` prefix and returns the rest of the path. 404 for another account;
 * 404 with `Reason: Account Inactive` while the account is inactive (docs README, "404 Not Found").
 */
export function resolveAccountPath(pathname: string, account: Account): string {
  const prefix = `/${account.id}`;
  if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) throw notFound();
  if (!account.active) throw new HttpError(404, 'Account Inactive', { Reason: 'Account Inactive' });
  return pathname.slice(prefix.length) || '/';
}
