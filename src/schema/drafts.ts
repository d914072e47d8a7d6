import type * as Wire from '../client/wire-types.ts';
import { draftParentType } from '../resolvers/drafts.ts';
import { builder } from './builder.ts';
import { specFields } from './fields.ts';
import { connectionOf, identifiedRef, paged } from './nodes.ts';
import { Project } from './projects.ts';
import { loadRecording } from './recording-types.ts';
import { Recording, type RecordingShape } from './recording.ts';

/** What the current person wrote but has not published yet. */

export const Draft = identifiedRef<Wire.Draft>('Draft').implement({
  description: 'Something the current person wrote but has not published yet: a message, document, upload or client post.',
  fields: (t) => ({
    ...specFields(t, 'Draft', {
      basecampId: 'The numeric Basecamp id of the draft, as a string.',
      appUrl: 'Where to keep editing it in the web app.',
      type: 'What it will be: `MESSAGE`, `DOCUMENT`, `UPLOAD`, `CLIENT_APPROVAL` or `CLIENT_CORRESPONDENCE`.',
      excerpt: 'The start of its text, plain; empty when it has none.',
      scheduledPostingAt: 'When it will publish itself; null when not scheduled.',
    }),
    bucket: t.field({ type: Project, nullable: true, description: 'The project it will be published in.', resolve: (draft) => draft.bucket?.id ?? null }),
    parent: t.field({
      type: Recording,
      nullable: true,
      description: 'The tool it will be published into, e.g. the message board.',
      resolve: (draft, _args, ctx) => loadRecording<RecordingShape>(ctx, { id: draft.parent?.id, type: draftParentType(draft) }),
    }),
  }),
});

const DraftConnection = connectionOf(Draft);

builder.queryField('myDrafts', (t) =>
  paged(t, DraftConnection, 'ListMyDrafts', {
    description: 'The current person\'s unpublished drafts in active projects, most recently edited first.',
  }),
);
