import { randomUUID } from 'node:crypto';

/** A fresh `X-Request-Id`; every response carries one so clients can quote it in errors. */
export function newRequestId(): string {
  return randomUUID();
}
