import type { RequestContext } from '../context.ts';
import { addAttachment, makeBlob } from '../factories/files.ts';
import { created, type Reply } from '../reply.ts';
import { post } from '../router.ts';
import type { Section } from '../section.ts';
import { rawFile } from './raw-file.ts';
import { renderAttachment } from '../shapes/files.ts';

/** Raw file uploads that later become uploads or rich-text attachments (docs: attachments.md). */
export const attachments: Section = {
  docs: 'attachments',
  routes: [post('/attachments.json', createAttachment, { legacy: false })],
};

/** The body is the file itself (see `rawFile`). */
function createAttachment(ctx: RequestContext): Reply {
  const blob = makeBlob({ ...rawFile(ctx), seed: `${ctx.me.id}:${ctx.now()}` });
  return created(renderAttachment(ctx, addAttachment(ctx.state, { blob, creatorId: ctx.me.id }, ctx.now())));
}
