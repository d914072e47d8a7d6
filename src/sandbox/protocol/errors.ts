import type { Reply } from '../reply.ts';

/**
 * A Basecamp-style failure. Bodies follow the spec's error shape, `{ "error": "…" }`
 * (openapi.json: ValidationErrorResponseContent, NotFoundErrorResponseContent, …).
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }

  toReply(): Reply {
    return { status: this.status, body: { error: this.message, ...this.extra }, headers: this.headers };
  }
}

/** 404 for missing, trashed and inaccessible things alike (docs README, "404 Not Found"). */
export function notFound(): HttpError {
  return new HttpError(404, 'Not found');
}

/** 422 with a Rails-style sentence, e.g. "Content can't be blank". */
export function unprocessable(message: string): HttpError {
  return new HttpError(422, message);
}

/** 403 for things the person can see but may not change. */
export function forbidden(): HttpError {
  return new HttpError(403, 'You do not have permission to do that');
}

/** 400 for malformed requests (bad JSON, missing required query parameters). */
export function badRequest(message: string): HttpError {
  return new HttpError(400, message);
}
