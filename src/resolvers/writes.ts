import { UpstreamError } from '../client/errors.ts';

/**
 * Writes that Basecamp documents as answering with the object (201/200) must carry it: the
 * payload promises the changed object. An empty answer is an upstream fault, reported as such.
 */
export async function withBody<T>(write: Promise<T | undefined>): Promise<T> {
  const body = await write;
  if (body === undefined || body === null) {
    throw new UpstreamError('UPSTREAM_ERROR', 'Basecamp accepted the write but sent no object back.');
  }
  return body;
}
