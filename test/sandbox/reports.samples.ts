import { SEED } from '../../src/sandbox/seed/index.ts';

const R = SEED.reports;

/** Concrete requests for the reports family's GETs, merged into `SAMPLES` of openapi-shapes.test.ts. */
export const REPORTS_SAMPLES: Record<string, [path: string, as?: string][]> = {
  '/reports/timesheet.json': [['/reports/timesheet.json?start_date=2025-01-01&end_date=2026-12-31'], [`/reports/timesheet.json?from=2025-01-01&to=2026-12-31&person_id=${SEED.people.photographer}`]],
  '/projects/:projectId/timesheet.json': [[`/projects/${R.timesheetProject}/timesheet.json`], [`/projects/${R.timesheetProject}/timesheet.json?page=2`]],
  '/recordings/:recordingId/timesheet.json': [[`/recordings/${R.todoWithEntries}/timesheet.json`], [`/recordings/${R.timesheet}/timesheet.json`]],
  '/timesheet_entries/:entryId.json': [[`/timesheet_entries/${R.entry}.json`]],
  '/reports/gauges.json': [['/reports/gauges.json'], [`/reports/gauges.json?bucket_ids=${SEED.projects.bakery},${SEED.projects.catalog}`]],
  '/projects/:projectId/gauge/needles.json': [[`/projects/${SEED.projects.catalog}/gauge/needles.json`]],
  '/gauge_needles/:needleId.json': [[`/gauge_needles/${R.latestNeedle}.json`]],
  '/projects/:projectId/gauge/needles/:needleId.json': [[`/projects/${SEED.projects.catalog}/gauge/needles/${R.latestNeedle}.json`]],
  '/projects/:projectId/recordings/:recordingId/timesheet.json': [[`/projects/${SEED.projects.catalog}/recordings/${R.todoWithEntries}/timesheet.json`]],
  '/todosets/:todosetId/hill.json': [[`/todosets/${R.hillTodoset}/hill.json`], [`/todosets/${SEED.todosets.warehouse}/hill.json`]],
  '/reports/progress.json': [['/reports/progress.json'], ['/reports/progress.json', 'client']],
  '/projects/:projectId/timeline.json': [[`/projects/${SEED.projects.catalog}/timeline.json`], [`/projects/${SEED.projects.warehouse}/timeline.json?page=2`]],
  '/reports/users/progress/:personId.json': [[`/reports/users/progress/${SEED.people.production}.json`]],
  '/reports/todos/assigned.json': [['/reports/todos/assigned.json']],
  '/reports/todos/assigned/:personId.json': [[`/reports/todos/assigned/${SEED.people.photographer}.json`], [`/reports/todos/assigned/${SEED.people.warehouse}.json?group_by=date`]],
  '/reports/todos/overdue.json': [['/reports/todos/overdue.json']],
  '/todos/open.json': [['/todos/open.json'], [`/todos/open.json?assignee_ids[]=${SEED.people.photographer}&due=with`]],
  '/todos/completed.json': [['/todos/completed.json']],
  '/todos/unassigned.json': [['/todos/unassigned.json']],
  '/todos/no_due_date.json': [['/todos/no_due_date.json']],
  '/todos/overdue.json': [['/todos/overdue.json']],
  '/checkins.json': [['/checkins.json']],
  '/files.json': [['/files.json'], ['/files.json?kind=images']],
};
