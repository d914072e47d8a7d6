import type { SandboxState } from '../state/index.ts';
import { DOCK_TOOLS, type DockEntry, type DockToolName, type Project } from '../state/records.ts';

/**
 * Creating projects the way Basecamp does, shared by the seed and the write endpoints so both
 * produce identical records: ids from the state's sequences, the dock and its tool recordings.
 */

export interface NewProject {
  name: string;
  description?: string;
  creatorId: string;
  memberIds?: string[];
  purpose?: Project['purpose'];
  admissions?: Project['admissions'];
  clientCompanyId?: string | null;
  status?: Project['status'];
  /** Which dock tools are on; defaults to Basecamp's new-project set (the first five). */
  tools?: Partial<Record<DockToolName, boolean>>;
  timesheetEnabled?: boolean;
  /** Fixed id, for the seed's deliberately huge one. */
  id?: string;
}

const DEFAULT_TOOLS: Record<DockToolName, boolean> = {
  message_board: true,
  todoset: true,
  vault: true,
  chat: true,
  schedule: true,
  questionnaire: false,
  inbox: false,
  kanban_board: false,
};

/** Adds a project, its eight dock tool recordings and its to-do set. */
export function addProject(state: SandboxState, input: NewProject, at: number): Project {
  const id = input.id ?? state.ids.project.next();
  const members = new Set([input.creatorId, ...(input.memberIds ?? [])]);
  const tools = { ...DEFAULT_TOOLS, ...input.tools };
  const clientsEnabled = Boolean(input.clientCompanyId);
  const dock: DockEntry[] = [];
  let position = 0;
  for (const tool of DOCK_TOOLS) {
    const enabled = tools[tool.name];
    const recordingId = state.ids.recording.next();
    const entry: DockEntry = { name: tool.name, recordingId, enabled, position: enabled ? ++position : null };
    dock.push(entry);
    const base = {
      id: recordingId,
      bucketId: id,
      parentId: null,
      creatorId: input.creatorId,
      status: 'active' as const,
      visibleToClients: clientsEnabled,
      createdAt: at,
      updatedAt: at,
      position: entry.position,
      commentsCount: 0,
      boostsCount: 0,
    };
    if (tool.type === 'Todoset') state.recordings.set(recordingId, { ...base, type: 'Todoset', title: tool.title });
    else state.recordings.set(recordingId, { ...base, type: tool.type, title: tool.title });
  }
  const project: Project = {
    id,
    status: input.status ?? 'active',
    createdAt: at,
    updatedAt: at,
    name: input.name,
    description: input.description ?? '',
    purpose: input.purpose ?? 'topic',
    clientsEnabled,
    timesheetEnabled: input.timesheetEnabled ?? false,
    color: null,
    lastNeedleColor: null,
    lastNeedlePosition: null,
    previousNeedlePosition: null,
    creatorId: input.creatorId,
    memberIds: [...members],
    admissions: input.admissions ?? 'invite',
    clientCompanyId: input.clientCompanyId ?? null,
    startDate: null,
    endDate: null,
    dock,
  };
  state.projects.set(id, project);
  state.account.updatedAt = Math.max(state.account.updatedAt, at);
  return project;
}
