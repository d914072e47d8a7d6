import { header, type Incoming } from '../incoming.ts';
import type { Person } from '../state/records.ts';
import type { SandboxState } from '../state/index.ts';
import { HttpError } from './errors.ts';

/**
 * 401 unless `Authorization: Bearer <token>` names a token the sandbox issued to a person who
 * still exists. Returns that person and records the grant on `incoming` (docs: authentication.md).
 */
export function authenticate(incoming: Incoming, state: SandboxState): Person {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header(incoming, 'authorization') ?? '');
  const token = match?.[1];
  const grant = token === undefined ? undefined : state.tokens.get(token);
  const person = grant ? state.people.get(grant.personId) : undefined;
  if (token === undefined || !grant || !person) {
    throw new HttpError(401, 'Unauthorized', { 'WWW-Authenticate': 'Bearer realm="Basecamp"' });
  }
  incoming.grant = { token, ...grant };
  return person;
}
