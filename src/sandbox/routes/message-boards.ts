import { findRecording } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { get } from '../router.ts';
import type { Section } from '../section.ts';
import { show } from './show.ts';
import { renderMessageBoard } from '../shapes/message.ts';
import type { ToolRecording } from '../state/records.ts';

/** Message boards (docs: message_boards.md): the dock tool that holds a project's messages. */
export const messageBoards: Section = {
  docs: 'message_boards',
  routes: [get('/message_boards/:boardId.json', show('boardId', findMessageBoard, renderMessageBoard))],
};

/**
 * The board with this id, 404 as for any recording. `ToolRecording` carries the union of tool
 * types, which `Extract` cannot narrow to one member, hence the explicit type.
 */
export function findMessageBoard(ctx: RequestContext, id: string): ToolRecording {
  const board: ToolRecording = findRecording(ctx, id, ['Message::Board']);
  return board;
}

