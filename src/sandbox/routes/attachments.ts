import type { RequestContext } from '../context.ts';
import { addAttachment, makeBlob } from '../factories/files.ts';
import { unprocessable } from '../protocol/errors.ts';
import { created, type Reply } from '../reply.ts';
import { post } from '../router.ts';
import type { Section } from '../section.ts';
import { renderAttachment } from '../shapes/files.ts';

/** Raw file uploads that later become uploads or rich-text attachments (docs: attachments.md). */
export const attachments: Section = {
  docs: 'attachments',
  routes: [post('/attachments.json', createAttachment, { legacy: false })],
};

/**
 * The body is the file itself, described by its own `Content-Type` and `Content-Length`, and
 * named by `?name=` (docs: attachments.md). The sandbox keeps the metadata, not the bytes.
 */
function createAttachment(ctx: RequestContext): Reply {
  const name = ctx.query.get('name')?.trim();
  if (!name) throw unprocessable("Name can't be blank");
  const contentType = String(ctx.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (!contentType || !/^[a-z]+\/[a-z0-9.+-]+$/.test(contentType)) throw unprocessable('Content type must be the type of the file');
  const length = Number(ctx.headers['content-length']);
  if (!Number.isSafeInteger(length) || length <= 0) throw unprocessable("File can't be blank");
  const blob = makeBlob({ filename: name, contentType, byteSize: length, seed: `${ctx.me.id}:${ctx.now()}` });
  return created(renderAttachment(ctx, addAttachment(ctx.state, { blob, creatorId: ctx.me.id }, ctx.now())));
}
