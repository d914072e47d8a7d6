import { header, type Incoming } from '../incoming.ts';
import type { SandboxState } from '../state.ts';
import { HttpError } from './errors.ts';

/**
 * 401 unless `Authorization: Bearer <token>` names a token the sandbox issued to a person who
 * still exists; on success records the grant on `incoming` (docs: authentication.md).
 */
export function authenticate(incoming: Incoming, state: SandboxState): void {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header(incoming, 'authorization') ?? '');
  const token = match?.[1];
  const grant = token === undefined ? undefined : state.tokens.get(token);
  if (token === undefined || !grant || !state.people.has(grant.personId)) {
    throw new HttpError(401, 'Unauthorized', { 'WWW-Authenticate': 'Bearer realm="Basecamp"' });
  }
  incoming.grant = { token, ...grant };
}
