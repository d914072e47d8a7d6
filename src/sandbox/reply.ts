/**
 * What a handler or a protocol gate answers with. The pipeline turns it into an HTTP response:
 * JSON-serialises `body`, adds freshness headers to GETs and writes everything out.
 */
export interface Reply {
  status: number;
  /** JSON body (ids as digit strings; serialised with bare-number ids). Omitted for 204/304. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Epoch ms for `Last-Modified`; when absent the newest `updated_at` in the body is used. */
  lastModified?: number;
}

/** `200 OK` with a JSON body. */
export function ok(body: unknown, lastModified?: number): Reply {
  return lastModified === undefined ? { status: 200, body } : { status: 200, body, lastModified };
}

/** `201 Created` with the new resource. */
export function created(body: unknown): Reply {
  return { status: 201, body };
}

/** `204 No Content`. */
export function noContent(): Reply {
  return { status: 204 };
}
