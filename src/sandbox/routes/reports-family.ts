import type { Section } from '../section.ts';
import { everything } from './everything.ts';
import { gauges } from './gauges.ts';
import { hillCharts } from './hill-charts.ts';
import { reports } from './reports.ts';
import { timeline } from './timeline.ts';
import { timesheets } from './timesheets.ts';
import { todosetTodos } from './todoset-todos.ts';

/** The reports family's sections, registered together in `routes/index.ts`. */
export const REPORTS_SECTIONS: readonly Section[] = [everything, gauges, hillCharts, reports, timeline, timesheets, todosetTodos];
