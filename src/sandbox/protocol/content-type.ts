import { header, type Incoming } from '../incoming.ts';
import { HttpError } from './errors.ts';

/**
 * 415 when a POST or PUT — or a DELETE that carries a body — is not declared as
 * `application/json` (docs README, "JSON only"). Parameters such as `charset` are allowed.
 */
export function requireJsonContentType(incoming: Incoming): void {
  const writes = incoming.method === 'POST' || incoming.method === 'PUT' || incoming.method === 'PATCH';
  if (!writes && !(incoming.method === 'DELETE' && incoming.bodyText.length > 0)) return;
  const mediaType = (header(incoming, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    throw new HttpError(415, 'Content-Type must be application/json');
  }
}
