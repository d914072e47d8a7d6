import { header, type Incoming } from '../incoming.ts';
import { HttpError } from './errors.ts';

/** 400 without a `User-Agent` (docs README, "Identifying your application"). */
export function requireUserAgent(incoming: Incoming): void {
  if (!header(incoming, 'user-agent')?.trim()) {
    throw new HttpError(400, 'You must include a User-Agent header with the name of your application and a contact');
  }
}
