import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { expectMatchesRest, leafSelection, restGet } from '../helpers/rest.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.resetLog());

const R = SEED.reports;

describe('reports family: every leaf field matches REST', () => {
  it('TimesheetEntry', async () => {
    const result = await stack.graphql(`query($id: ID!) { timesheetEntry(id: $id) ${leafSelection('TimesheetEntry')} }`, { variables: { id: R.entry } });
    expect(result.errors).toBeUndefined();
    expectMatchesRest(result.data.timesheetEntry, await restGet(stack, `/timesheet_entries/${R.entry}.json`));
  });

  it('GaugeNeedle', async () => {
    const result = await stack.graphql(`query($id: ID!) { gaugeNeedle(id: $id) ${leafSelection('GaugeNeedle')} }`, { variables: { id: R.latestNeedle } });
    expect(result.errors).toBeUndefined();
    const rest = await restGet(stack, `/gauge_needles/${R.latestNeedle}.json`);
    expectMatchesRest(result.data.gaugeNeedle, rest);
  });

  it('Gauge', async () => {
    const result = await stack.graphql(`query($id: ID!) { project(id: $id) { gauge ${leafSelection('Gauge')} } }`, { variables: { id: SEED.projects.catalog } });
    expect(result.errors).toBeUndefined();
    const [rest] = await restGet(stack, `/reports/gauges.json?bucket_ids=${SEED.projects.catalog}`);
    const gauge = result.data.project.gauge;
    expectMatchesRest(gauge, rest);
  });

  it('HillChart and its dots', async () => {
    const result = await stack.graphql(`query($id: ID!) { hillChart(todosetId: $id) { ${leafSelection('HillChart').slice(1, -1)} dots ${leafSelection('HillChartDot')} } }`, {
      variables: { id: R.hillTodoset },
    });
    expect(result.errors).toBeUndefined();
    const rest = await restGet(stack, `/todosets/${R.hillTodoset}/hill.json`);
    const { dots, ...hill } = result.data.hillChart;
    expectMatchesRest(hill, rest);
    expect(dots).toHaveLength(rest.dots.length);
    dots.forEach((dot: Record<string, unknown>, i: number) => expectMatchesRest(dot, rest.dots[i]));
    expect(dots.map((dot: { basecampId: string }) => dot.basecampId)).toEqual(R.hillLists);
  });

  it('TimelineEvent', async () => {
    const result = await stack.graphql(`query($id: ID!) { project(id: $id) { timeline(first: 3) { nodes ${leafSelection('TimelineEvent')} } } }`, {
      variables: { id: SEED.projects.catalog },
    });
    expect(result.errors).toBeUndefined();
    const rest = await restGet(stack, `/projects/${SEED.projects.catalog}/timeline.json`);
    result.data.project.timeline.nodes.forEach((event: Record<string, unknown>, i: number) => expectMatchesRest(event, rest[i]));
  });

  it('AssignedTodos, OverdueTodos and ProjectTodos carry the same to-dos as REST', async () => {
    const result = await stack.graphql(
      `query($person: ID!) {
        assignedTodos(personId: $person, groupBy: DATE) { groupedBy person { basecampId } todos { basecampId } }
        overdueTodosReport { overThreeMonthsLate { basecampId } underAWeekLate { basecampId } }
        openTodos(first: 2) { totalCount nodes { projectName project { basecampId } todos { basecampId } } }
      }`,
      { variables: { person: SEED.people.photographer } },
    );
    expect(result.errors).toBeUndefined();
    const assigned = await restGet(stack, `/reports/todos/assigned/${SEED.people.photographer}.json?group_by=date`);
    expect(result.data.assignedTodos).toEqual({
      groupedBy: 'date',
      person: { basecampId: SEED.people.photographer },
      todos: assigned.todos.map((todo: { id: string }) => ({ basecampId: todo.id })),
    });
    const overdue = await restGet(stack, '/reports/todos/overdue.json');
    expect(result.data.overdueTodosReport.overThreeMonthsLate.map((t: { basecampId: string }) => t.basecampId)).toEqual(
      overdue.over_three_months_late.map((todo: { id: string }) => todo.id),
    );
    const open = await restGet(stack, '/todos/open.json');
    expect(result.data.openTodos.nodes).toEqual(
      open.slice(0, 2).map((group: { bucket: { id: string; name: string }; todos: { id: string }[] }) => ({
        projectName: group.bucket.name,
        project: { basecampId: group.bucket.id },
        todos: group.todos.map((todo) => ({ basecampId: todo.id })),
      })),
    );
  });
});

describe('reports family: reads', () => {
  it('pages through a project timesheet past the first upstream page of 15', async () => {
    const query = `query($id: ID!, $after: String) { project(id: $id) { timesheet(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { basecampId hours } } } }`;
    const first = await stack.graphql(query, { variables: { id: SEED.projects.catalog } });
    expect(first.errors).toBeUndefined();
    const sheet = first.data.project.timesheet;
    expect(sheet.totalCount).toBe(R.timesheetEntryCount);
    expect(sheet.nodes).toHaveLength(20);
    expect(sheet.pageInfo.hasNextPage).toBe(true);
    const rest = await stack.graphql(query, { variables: { id: SEED.projects.catalog, after: sheet.pageInfo.endCursor } });
    expect(rest.data.project.timesheet.nodes).toHaveLength(R.timesheetEntryCount - 20);
    expect(rest.data.project.timesheet.pageInfo.hasNextPage).toBe(false);
  });

  it('reads a to-do, its timesheet and each entry\'s person in two upstream calls', async () => {
    const result = await stack.graphql(
      `query($id: ID!) { todo(id: $id) { content timesheet(first: 10) { totalCount nodes { hours person { name } creator { name } parent { basecampId } } } } }`,
      { variables: { id: R.todoWithEntries } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.todo.timesheet.totalCount).toBe(4);
    for (const entry of result.data.todo.timesheet.nodes) expect(entry.parent.basecampId).toBe(R.todoWithEntries);
    expect(stack.upstreamPaths()).toEqual([`/todos/${R.todoWithEntries}.json`, `/recordings/${R.todoWithEntries}/timesheet.json`]);
  });

  it('loads a needle\'s gauge through the one account-wide gauge list, once per request', async () => {
    const result = await stack.graphql(
      `query($a: ID!, $b: ID!) {
        a: gaugeNeedle(id: $a) { parent { __typename ... on Gauge { lastNeedlePosition enabled } } }
        b: project(id: $b) { gaugeNeedles(first: 5) { nodes { position parent { ... on Gauge { basecampId } } } } }
      }`,
      { variables: { a: R.latestNeedle, b: SEED.projects.catalog } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.a.parent).toEqual({ __typename: 'Gauge', lastNeedlePosition: 60, enabled: true });
    expect(result.data.b.gaugeNeedles.nodes.map((n: { position: number }) => n.position)).toEqual([60, 45, 20]);
    expect(stack.upstreamPaths().filter((path) => path.startsWith('/reports/gauges.json'))).toEqual(['/reports/gauges.json']);
    expect(stack.upstreamPaths()).toHaveLength(4);
  });

  it('orders gauges riskiest first and follows projectIds when given', async () => {
    const result = await stack.graphql(`query($ids: [ID!]) { all: gauges { nodes { lastNeedleColor bucket { basecampId } } } some: gauges(projectIds: $ids) { nodes { bucket { basecampId } } } }`, {
      variables: { ids: [SEED.projects.bakery, SEED.projects.warehouse] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.all.nodes[0]).toEqual({ lastNeedleColor: 'RED', bucket: { basecampId: SEED.projects.warehouse } });
    expect(result.data.some.nodes.map((n: { bucket: { basecampId: string } }) => n.bucket.basecampId)).toEqual([SEED.projects.bakery, SEED.projects.warehouse]);
  });

  it('spells a gauge\'s colour the same on the project as on the gauge', async () => {
    const result = await stack.graphql(`query($id: ID!) { project(id: $id) { lastNeedleColor gauge { lastNeedleColor } } }`, { variables: { id: SEED.projects.warehouse } });
    expect(result.errors).toBeUndefined();
    expect(result.data.project).toEqual({ lastNeedleColor: 'RED', gauge: { lastNeedleColor: 'RED' } });
  });

  it('returns check-ins and files through the Recording interface', async () => {
    const result = await stack.graphql(`{ checkins(first: 3) { nodes { __typename type basecampId } } files(first: 3) { nodes { __typename type basecampId } } }`);
    expect(result.errors).toBeUndefined();
    const files = await restGet(stack, '/files.json');
    expect(result.data.files.nodes.map((n: { basecampId: string }) => n.basecampId)).toEqual(files.slice(0, 3).map((f: { id: string }) => f.id));
    for (const node of result.data.files.nodes) expect(['UPLOAD', 'DOCUMENT']).toContain(node.type);
    const checkins = await restGet(stack, '/checkins.json');
    expect(result.data.checkins.nodes.map((n: { basecampId: string }) => n.basecampId)).toEqual(checkins.slice(0, 3).map((c: { id: string }) => c.id));
  });

  it('reads a person\'s progress out of the { person, events } envelope', async () => {
    const result = await stack.graphql(`query($id: ID!) { person(id: $id) { progress(first: 2) { totalCount nodes { kind creator { basecampId } } } } }`, {
      variables: { id: SEED.people.production },
    });
    expect(result.errors).toBeUndefined();
    const rest = await restGet(stack, `/reports/users/progress/${SEED.people.production}.json`);
    expect(result.data.person.progress.nodes).toEqual(rest.events.slice(0, 2).map((e: { kind: string }) => ({ kind: e.kind, creator: { basecampId: SEED.people.production } })));
  });
});

describe('reports family: writes', () => {
  it('creates → reads → updates → reads → deletes → reads a timesheet entry', async () => {
    const created = await stack.graphql(
      `mutation($input: CreateTimesheetEntryInput!) { createTimesheetEntry(input: $input) { timesheetEntry { id basecampId date hours description person { basecampId } } } }`,
      { variables: { input: { recordingId: R.todoWithEntries, date: '2026-03-02', hours: '1:30', description: 'Colour pass', personId: SEED.people.copywriter } } },
    );
    expect(created.errors).toBeUndefined();
    const entry = created.data.createTimesheetEntry.timesheetEntry;
    expect(entry).toMatchObject({ date: '2026-03-02', hours: '1.5', description: 'Colour pass', person: { basecampId: SEED.people.copywriter } });
    expect(stack.upstreamPaths()).toEqual([`/recordings/${R.todoWithEntries}/timesheet/entries.json`]);

    const read = await stack.graphql(`query($id: ID!) { node(id: $id) { ... on TimesheetEntry { id basecampId date hours description person { basecampId } } } }`, { variables: { id: entry.id } });
    expect(read.data.node).toEqual(entry);

    const updated = await stack.graphql(`mutation($id: ID!) { updateTimesheetEntry(input: { id: $id, hours: "2.25" }) { timesheetEntry { hours description date } } }`, { variables: { id: entry.id } });
    expect(updated.data.updateTimesheetEntry.timesheetEntry).toEqual({ hours: '2.25', description: 'Colour pass', date: '2026-03-02' });
    const reread = await stack.graphql(`query($id: ID!) { todo(id: $id) { timesheet(first: 50) { totalCount nodes { basecampId hours } } } }`, { variables: { id: R.todoWithEntries } });
    expect(reread.data.todo.timesheet.nodes).toContainEqual({ basecampId: entry.basecampId, hours: '2.25' });

    const deleted = await stack.graphql(`mutation($id: ID!) { deleteTimesheetEntry(input: { id: $id }) { deletedId } }`, { variables: { id: entry.id } });
    expect(deleted.data.deleteTimesheetEntry.deletedId).toBe(entry.id);
    const gone = await stack.graphql(`query($id: ID!) { timesheetEntry(id: $id) { hours } }`, { variables: { id: entry.id } });
    expect(gone.data.timesheetEntry).toBeNull();
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('creates → reads → updates → deletes a gauge needle, moving the project\'s gauge with it', async () => {
    const created = await stack.graphql(
      `mutation($p: ID!) { createGaugeNeedle(input: { projectId: $p, position: 80, color: GREEN, description: "<div>Proofs approved.</div>" }) { gaugeNeedle { id position color description } } }`,
      { variables: { p: SEED.projects.catalog } },
    );
    expect(created.errors).toBeUndefined();
    const needle = created.data.createGaugeNeedle.gaugeNeedle;
    expect(needle).toMatchObject({ position: 80, color: 'GREEN' });
    const gauge = `query($p: ID!) { project(id: $p) { lastNeedlePosition gauge { lastNeedlePosition previousNeedlePosition } } }`;
    const after = await stack.graphql(gauge, { variables: { p: SEED.projects.catalog } });
    expect(after.data.project).toEqual({ lastNeedlePosition: 80, gauge: { lastNeedlePosition: 80, previousNeedlePosition: 60 } });

    const updated = await stack.graphql(`mutation($id: ID!) { updateGaugeNeedle(input: { id: $id, description: "<div>Proofs signed off.</div>" }) { gaugeNeedle { description position } } }`, { variables: { id: needle.id } });
    expect(updated.data.updateGaugeNeedle.gaugeNeedle).toEqual({ description: '<div>Proofs signed off.</div>', position: 80 });
    const reread = await stack.graphql(`query($id: ID!) { gaugeNeedle(id: $id) { description } }`, { variables: { id: needle.id } });
    expect(reread.data.gaugeNeedle.description).toBe('<div>Proofs signed off.</div>');
    // Left out, the note stays; null clears it.
    const untouched = await stack.graphql(`mutation($id: ID!) { updateGaugeNeedle(input: { id: $id }) { gaugeNeedle { description } } }`, { variables: { id: needle.id } });
    expect(untouched.data.updateGaugeNeedle.gaugeNeedle.description).toBe('<div>Proofs signed off.</div>');
    const cleared = await stack.graphql(`mutation($id: ID!) { updateGaugeNeedle(input: { id: $id, description: null }) { gaugeNeedle { description } } }`, { variables: { id: needle.id } });
    expect(cleared.data.updateGaugeNeedle.gaugeNeedle.description).toBe('');

    const deleted = await stack.graphql(`mutation($id: ID!) { deleteGaugeNeedle(input: { id: $id }) { deletedId } }`, { variables: { id: needle.id } });
    expect(deleted.data.deleteGaugeNeedle.deletedId).toBe(needle.id);
    const back = await stack.graphql(gauge, { variables: { p: SEED.projects.catalog } });
    expect(back.data.project).toEqual({ lastNeedlePosition: 60, gauge: { lastNeedlePosition: 60, previousNeedlePosition: 45 } });
  });

  it('turns a gauge off and on again', async () => {
    const off = await stack.graphql(`mutation($p: ID!) { toggleGauge(input: { projectId: $p, enabled: false }) { project { basecampId gauge { enabled } } } }`, { variables: { p: SEED.projects.bakery } });
    expect(off.errors).toBeUndefined();
    expect(off.data.toggleGauge.project).toEqual({ basecampId: SEED.projects.bakery, gauge: null });
    const on = await stack.graphql(`mutation($p: ID!) { toggleGauge(input: { projectId: $p, enabled: true }) { project { gauge { enabled } } } }`, { variables: { p: SEED.projects.bakery } });
    expect(on.data.toggleGauge.project.gauge).toEqual({ enabled: true });
  });

  it('tracks and untracks lists on a hill chart', async () => {
    const tracked = await stack.graphql(`mutation($s: ID!, $l: ID!) { updateHillChartSettings(input: { todosetId: $s, trackedIds: [$l] }) { hillChart { enabled dots { basecampId position } } } }`, {
      variables: { s: SEED.todosets.catalog, l: SEED.todolists.copy },
    });
    expect(tracked.errors).toBeUndefined();
    expect(tracked.data.updateHillChartSettings.hillChart.dots).toContainEqual({ basecampId: SEED.todolists.copy, position: 0 });
    const untracked = await stack.graphql(`mutation($s: ID!, $l: ID!) { updateHillChartSettings(input: { todosetId: $s, untrackedIds: [$l] }) { hillChart { dots { basecampId } } } }`, {
      variables: { s: SEED.todosets.catalog, l: SEED.todolists.copy },
    });
    const read = await stack.graphql(`query($s: ID!) { todoset(id: $s) { hillChart { dots { basecampId } } } }`, { variables: { s: SEED.todosets.catalog } });
    expect(read.data.todoset.hillChart.dots).toEqual(untracked.data.updateHillChartSettings.hillChart.dots);
    expect(read.data.todoset.hillChart.dots.map((d: { basecampId: string }) => d.basecampId)).not.toContain(SEED.todolists.copy);
  });

  it('adds a to-do straight to a to-do set, and it shows in the timeline', async () => {
    const created = await stack.graphql(`mutation($s: ID!) { createTodosetTodo(input: { todosetId: $s, content: "Book the courier for proofs" }) { todo { id content parent { __typename basecampId } } } }`, {
      variables: { s: SEED.todosets.hq },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data.createTodosetTodo.todo).toMatchObject({ content: 'Book the courier for proofs', parent: { __typename: 'Todoset', basecampId: SEED.todosets.hq } });
    expect(stack.upstreamPaths()).toEqual([`/todosets/${SEED.todosets.hq}.json`, `/buckets/${SEED.projects.hq}/todosets/${SEED.todosets.hq}/todos.json`]);
    const feed = await stack.graphql(`query($p: ID!) { project(id: $p) { timeline(first: 1) { nodes { kind summaryExcerpt } } } }`, { variables: { p: SEED.projects.hq } });
    expect(feed.data.project.timeline.nodes[0]).toEqual({ kind: 'todo_created', summaryExcerpt: 'Book the courier for proofs' });
    const trashed = await stack.graphql(`mutation($id: ID!) { trashRecording(input: { id: $id }) { basecampId } }`, { variables: { id: created.data.createTodosetTodo.todo.id } });
    expect(trashed.errors).toBeUndefined();
  });

  it('moves a to-do list to the top of its set', async () => {
    const moved = await stack.graphql(`mutation($id: ID!) { repositionTodolist(input: { id: $id, position: 1 }) { todolist { basecampId position } } }`, { variables: { id: SEED.todolists.large } });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.repositionTodolist.todolist).toEqual({ basecampId: SEED.todolists.large, position: 1 });
    const lists = await stack.graphql(`query($s: ID!) { todoset(id: $s) { todolists(first: 1) { nodes { basecampId } } } }`, { variables: { s: SEED.todosets.catalog } });
    expect(lists.data.todoset.todolists.nodes[0].basecampId).toBe(SEED.todolists.large);
  });

  it('rejects input Basecamp would refuse before any upstream call', async () => {
    const hours = await stack.graphql(`mutation($r: ID!) { createTimesheetEntry(input: { recordingId: $r, date: "2026-03-02", hours: "lots" }) { timesheetEntry { id } } }`, { variables: { r: R.todoWithEntries } });
    expect(hours.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'hours' } });
    const needle = await stack.graphql(`mutation($p: ID!) { createGaugeNeedle(input: { projectId: $p, position: 140 }) { gaugeNeedle { id } } }`, { variables: { p: SEED.projects.catalog } });
    expect(needle.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'position' } });
    const hill = await stack.graphql(`mutation($s: ID!) { updateHillChartSettings(input: { todosetId: $s }) { hillChart { enabled } } }`, { variables: { s: SEED.todosets.catalog } });
    expect(hill.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'trackedIds' } });
    const window = await stack.graphql(`{ timesheetReport(from: "2026-01-01") { basecampId } }`);
    expect(window.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'to' } });
    expect(stack.upstreamPaths()).toEqual([]);
  });

  it('passes Basecamp\'s own 422 through when the person is not on the project', async () => {
    const result = await stack.graphql(`mutation($r: ID!, $p: ID!) { createTimesheetEntry(input: { recordingId: $r, date: "2026-03-02", hours: "1", personId: $p }) { timesheetEntry { id } } }`, {
      variables: { r: R.todoWithEntries, p: SEED.people.warehouse },
    });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', status: 422 } });
  });
});
