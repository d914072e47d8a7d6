import type { RequestContext } from '../context.ts';
import { unprocessable } from '../protocol/errors.ts';

/** What a raw-body file upload says about its file; the sandbox keeps this, not the bytes. */
export interface RawFile {
  filename: string;
  contentType: string;
  byteSize: number;
}

/**
 * A raw-body upload's file: named by `?name=`, typed by `Content-Type`, sized by `Content-Length`
 * (docs: attachments.md; campfires.md, "Upload a file to a Campfire"). 422 for each one missing.
 */
export function rawFile(ctx: RequestContext): RawFile {
  const filename = ctx.query.get('name')?.trim();
  if (!filename) throw unprocessable("Name can't be blank");
  const contentType = String(ctx.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (!contentType || !/^[a-z]+\/[a-z0-9.+-]+$/.test(contentType)) throw unprocessable('Content type must be the type of the file');
  const byteSize = Number(ctx.headers['content-length']);
  if (!Number.isSafeInteger(byteSize) || byteSize <= 0) throw unprocessable("File can't be blank");
  return { filename, contentType, byteSize };
}
