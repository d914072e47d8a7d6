import type { Section } from '../section.ts';
import { account } from './account.ts';
import { lineupMarkers } from './lineup-markers.ts';
import { myAssignments } from './my-assignments.ts';
import { myNotifications } from './my-notifications.ts';
import { myStuff } from './my-stuff.ts';
import { outOfOffice } from './out-of-office.ts';

/** The account and "my" sections, registered together (the people.md writes live in `people.ts`). */
export const PERSONAL_SECTIONS: readonly Section[] = [account, lineupMarkers, myAssignments, myNotifications, myStuff, outOfOffice];
