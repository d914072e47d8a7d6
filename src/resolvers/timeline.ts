import type { BasecampId } from '../client/types.ts';
import type * as Wire from '../client/wire-types.ts';

/** What happened: a project's timeline, a person's progress, the account's progress report. */

export type TimelineEventRecord = Wire.TimelineEvent & { id: BasecampId; bucket?: { id: BasecampId; name: string; url?: string; app_url?: string } };

