import type * as Wire from '../client/wire-types.ts';
import { fetchMyNote, updateMyNote } from '../resolvers/my-note.ts';
import { builder } from './builder.ts';
import { calls } from './coverage.ts';
import { specFields } from './fields.ts';
import { specInput } from './inputs.ts';
import { mutation } from './mutation.ts';
import { identifiedRef } from './nodes.ts';

/** The current person's private notebook page (My Notes). */

const NoteAttachment = identifiedRef<Wire.RichTextAttachment>('NoteAttachment').implement({
  description: 'A file embedded in the note\'s rich text.',
  fields: (t) => ({
    ...specFields(t, 'RichTextAttachment', {
      basecampId: 'The Basecamp id of the file.',
      sgid: 'Signed id that places the file in rich text.',
      contentType: 'The file\'s MIME type.',
      width: 'Pixel width of images; null for other files.',
      height: 'Pixel height of images; null for other files.',
    }),
  }),
});

export const MyNote = identifiedRef<Wire.MyNote>('MyNote', { nullable: true }).implement({
  description: 'The current person\'s private notebook page. Before its first save it is empty and has no id.',
  fields: (t) => ({
    ...specFields(t, 'MyNote', {
      basecampId: 'Null until the note is first saved.',
      type: 'Basecamp\'s type name for it, `NOTEBOOK_NOTE`.',
      createdAt: 'Null until the note is first saved.',
      updatedAt: 'Null until the note is first saved.',
      content: 'Rich text (HTML); empty before the first save.',
      url: 'The REST URL of the note.',
      appUrl: 'Where the note lives in the web app.',
      contentAttachments: { type: [NoteAttachment], description: 'Files embedded in the content.' },
    }),
  }),
});

builder.queryField('myNote', (t) =>
  t.field({ type: MyNote, ...calls('GetMyNote'), description: 'The current person\'s private note.', resolve: (_root, _args, ctx) => fetchMyNote(ctx) }),
);

mutation('updateMyNote', {
  description: 'Replaces the current person\'s private note, creating it on first save.',
  uses: ['UpdateMyNote'],
  input: (t) => specInput(t, 'UpdateMyNote', { content: 'The whole new text, as rich text (HTML); cannot be blank.' }),
  resolve: (input, ctx) => updateMyNote(ctx, input),
  payload: { note: { type: MyNote, description: 'The note as saved.' } },
});
