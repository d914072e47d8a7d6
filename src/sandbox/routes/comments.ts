import { findRecording, isVisibleTo } from '../access/visibility.ts';
import { param, type RequestContext } from '../context.ts';
import { addComment } from '../factories/messages.ts';
import { touch } from '../mutations.ts';
import { forbidden, notFound } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import type { Reply } from '../reply.ts';
import { get, resource } from '../router.ts';
import type { Section } from '../section.ts';
import { showRecording } from './show.ts';
import { renderComment } from '../shapes/message.ts';
import { recordingUrls } from '../shapes/recording.ts';
import { childrenOf, type Recording } from '../state/index.ts';
import type { Comment } from '../state/messages.ts';
import { requiredText } from '../validation.ts';
import { everywhere } from './messages.ts';

/** Comments (docs: comments.md), plus the account-wide list the OpenAPI spec adds. */
export const comments: Section = {
  docs: 'comments',
  routes: [
    ...resource('/recordings/:recordingId/comments.json', '/comments/:commentId.json', {
      list: listComments, create: createComment, show: showRecording('commentId', ['Comment'], renderComment),
      update: updateComment,
    }),
    get('/comments.json', listEveryComment, { legacy: false }),
  ],
};

/** A recording people can comment on: anything with a `comments_url`, so not a dock tool or a comment. */
export function findCommentable(ctx: RequestContext, id: string): Recording {
  const type = ctx.state.recordings.get(id)?.type;
  if (type === undefined || type === 'Comment') throw notFound();
  const recording = findRecording(ctx, id, [type]);
  if (recording.parentId === null) throw notFound();
  return recording;
}

/** Active comments of a recording, oldest first, as the conversation reads. */
function listComments(ctx: RequestContext): Reply {
  const parent = findCommentable(ctx, param(ctx, 'recordingId'));
  const found = childrenOf(ctx.state, parent.id, 'Comment').filter((comment) => comment.status === 'active' && isVisibleTo(ctx.me, comment));
  return paginate(ctx, found, (comment) => renderComment(ctx, comment), { containerUpdatedAt: parent.updatedAt });
}

/** 201 with the comment; `Location` points at its place in the web app, as the docs say. */
function createComment(ctx: RequestContext): Reply {
  const parent = findCommentable(ctx, param(ctx, 'recordingId'));
  const content = requiredText(ctx.body, 'content');
  const comment = addComment(ctx.state, parent, { content, creatorId: ctx.me.id }, ctx.now());
  return { status: 201, body: renderComment(ctx, comment), headers: { Location: location(ctx, comment) } };
}

/** Only the author (or an admin) may edit a comment. */
function updateComment(ctx: RequestContext): Reply {
  const comment = findRecording(ctx, param(ctx, 'commentId'), ['Comment']);
  if (comment.creatorId !== ctx.me.id && !ctx.me.admin && !ctx.me.owner) throw forbidden();
  comment.content = requiredText(ctx.body, 'content');
  touch(ctx.state, comment, ctx.now());
  return { status: 200, body: renderComment(ctx, comment), headers: { Location: location(ctx, comment) } };
}

/** Every active comment in the active projects the caller can see, newest first. */
function listEveryComment(ctx: RequestContext): Reply {
  const found = everywhere(ctx, 'Comment') as Comment[];
  return paginate(ctx, found, (comment) => renderComment(ctx, comment), { containerUpdatedAt: ctx.state.account.updatedAt });
}

function location(ctx: RequestContext, comment: Comment): string {
  const parent = comment.parentId === null ? undefined : ctx.state.recordings.get(comment.parentId);
  return parent ? `${recordingUrls(ctx, parent).app_url}#__recording_${comment.id}` : recordingUrls(ctx, comment).app_url;
}
