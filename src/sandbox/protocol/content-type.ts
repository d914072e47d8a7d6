import { header, type Incoming } from '../incoming.ts';
import { HttpError } from './errors.ts';

/**
 * 415 when a POST or PUT — or a DELETE that carries a body — is not declared as
 * `application/json` (docs README, "JSON only"). Parameters such as `charset` are allowed.
 */
export function requireJsonContentType(incoming: Incoming): void {
  const writes = incoming.method === 'POST' || incoming.method === 'PUT' || incoming.method === 'PATCH';
  if (!writes && !(incoming.method === 'DELETE' && incoming.bodyText.length > 0)) return;
  if (isFileUpload(incoming)) return;
  const mediaType = (header(incoming, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    throw new HttpError(415, 'Content-Type must be application/json');
  }
}

/**
 * `POST /attachments.json` carries the file's own bytes under the file's own Content-Type
 * (docs: attachments.md), so it is neither checked for nor parsed as JSON.
 */
export function isFileUpload(incoming: Incoming): boolean {
  if (incoming.method === 'PUT' && /^\/\d+\/account\/logo(\.json)?$/.test(incoming.pathname)) return true; // multipart (docs: account.md)
  if (incoming.method === 'POST' && /^\/\d+\/(buckets\/\d+\/)?chats\/\d+\/uploads(\.json)?$/.test(incoming.pathname)) return true; // raw bytes (docs: campfires.md)
  return incoming.method === 'POST' && /^\/\d+\/attachments(\.json)?$/.test(incoming.pathname);
}
