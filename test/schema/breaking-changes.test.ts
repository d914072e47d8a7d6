import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACKNOWLEDGEMENTS_FILE, compareSchemas, describeChanges, readAcknowledgements, schemaBase } from '../../scripts/schema-diff.ts';
import { schemaSDL } from '../../src/schema/sdl.ts';

/**
 * A rename is a decision, not an accident: every change that can break a client (graphql-inspector's
 * BREAKING: a removed or renamed field, a type narrowed, a new required argument…) since the base
 * commit must be listed in schema-changes.json with its reason. `npm run schema:diff` shows them.
 */

const base = schemaBase();
if ('skip' in base) console.warn(`Skipping the breaking-change check against git: ${base.skip}.`);

describe.skipIf('skip' in base)('the schema the code builds, against the committed one', () => {
  it(`breaks no client unless ${ACKNOWLEDGEMENTS_FILE} says why`, async () => {
    if ('skip' in base) return;
    const result = await compareSchemas(base.sdl, schemaSDL(), readAcknowledgements());
    const summary = `${result.breaking.length} breaking, ${result.dangerous.length} dangerous, ${result.safe.length} safe`;
    console.log(`Schema since ${base.ref} (${base.commit.slice(0, 10)}, ${base.why}): ${summary}`);
    if (result.dangerous.length) console.log(`Dangerous (allowed, but worth a note):\n${describeChanges(result.dangerous)}`);
    expect(result.invalid, `malformed entries in ${ACKNOWLEDGEMENTS_FILE}`).toEqual([]);
    expect(
      result.unacknowledged,
      `Breaking changes since ${base.ref} not in ${ACKNOWLEDGEMENTS_FILE}; if they are meant, add these entries to "acknowledged" with the reason, otherwise undo them`,
    ).toEqual([]);
  }, 60_000);
});

describe('compareSchemas', () => {
  const before = /* GraphQL */ `
    type Query { todo(id: ID!): Todo }
    type Todo { id: ID! title: String! done: Boolean! }
  `;
  const renamed = /* GraphQL */ `
    type Query { todo(id: ID!): Todo }
    type Todo { id: ID! heading: String! done: Boolean! }
  `;

  it('fails a rename nobody acknowledged, naming the entry to add', async () => {
    const result = await compareSchemas(before, renamed, []);
    expect(describeChanges(result.breaking)).toContain("FIELD_REMOVED Todo.title: Field 'title' was removed from object type 'Todo'");
    expect(result.safe.map((change) => change.path)).toEqual(['Todo.heading']);
    expect(result.unacknowledged).toEqual([{ type: 'FIELD_REMOVED', path: 'Todo.title', reason: expect.stringMatching(/^TODO: /) }]);
  });

  it('passes the same rename once acknowledged with a reason, and refuses an acknowledgement without one', async () => {
    const reason = 'Basecamp calls it a heading since API v4; clients read `heading`.';
    const acknowledged = await compareSchemas(before, renamed, [{ type: 'FIELD_REMOVED', path: 'Todo.title', reason }]);
    expect(acknowledged.unacknowledged).toEqual([]);
    expect(acknowledged.invalid).toEqual([]);

    const careless = await compareSchemas(before, renamed, [{ type: 'FIELD_REMOVED', path: 'Todo.title', reason: 'TODO: why clients must change' }]);
    expect(careless.invalid).toHaveLength(1);
    expect(careless.unacknowledged).toHaveLength(1);
  });

  it('matches `*` in an acknowledged path across types, and only the change type named', async () => {
    const wider = /* GraphQL */ `
      type Query { todo(id: ID!): Todo list(id: ID!): List }
      type Todo { id: ID! title: String! comments(first: Int, last: Int): [String!]! }
      type List { id: ID! comments(first: Int, last: Int): [String!]! }
    `;
    const narrower = wider.replace(/, last: Int/g, '').replace('title: String!', 'title: String');
    const result = await compareSchemas(wider, narrower, [{ type: 'FIELD_ARGUMENT_REMOVED', path: '*.comments.last', reason: 'Basecamp pages forward only, so `last` never worked.' }]);
    expect(result.breaking.map((change) => `${change.type} ${change.path}`).sort()).toEqual([
      'FIELD_ARGUMENT_REMOVED List.comments.last',
      'FIELD_ARGUMENT_REMOVED Todo.comments.last',
      'FIELD_TYPE_CHANGED Todo.title',
    ]);
    expect(result.unacknowledged.map((entry) => `${entry.type} ${entry.path}`)).toEqual(['FIELD_TYPE_CHANGED Todo.title']);
  });

  it('lets additions through', async () => {
    const added = before.replace('done: Boolean!', 'done: Boolean! dueOn: String');
    const result = await compareSchemas(before, added, []);
    expect(result.breaking).toEqual([]);
    expect(result.unacknowledged).toEqual([]);
    expect(result.safe.map((change) => change.type)).toEqual(['FIELD_ADDED']);
  });
});

describe('schemaBase', () => {
  /** A scratch repository on `main`: each commit writes the files given, and its hash is returned. */
  function scratch() {
    const dir = mkdtempSync(join(tmpdir(), 'schema-base-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', ...args], { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    const commit = (files: Record<string, string>) => {
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      git('add', '-A');
      git('commit', '-q', '-m', Object.keys(files).join(' '));
      return git('rev-parse', 'HEAD');
    };
    return { dir, git, commit, remove: () => rmSync(dir, { recursive: true, force: true }) };
  }

  it('on main, compares with the commit that brought in the acknowledgements, so a break before the last commit is seen', () => {
    const repo = scratch();
    try {
      repo.commit({ 'schema.graphql': 'type Query { a: Int }' });
      const policy = repo.commit({ [ACKNOWLEDGEMENTS_FILE]: '{ "acknowledged": [] }' });
      repo.commit({ 'schema.graphql': 'type Query { b: Int }' }); // the break
      repo.commit({ 'README.md': 'unrelated' }); // the last commit of the push
      const base = schemaBase({}, repo.dir);
      expect(base).toMatchObject({ commit: policy, sdl: 'type Query { a: Int }', why: expect.stringContaining(ACKNOWLEDGEMENTS_FILE) });
      expect(schemaBase({ SCHEMA_BASE_REF: 'HEAD~1' }, repo.dir)).toMatchObject({ ref: 'HEAD~1', sdl: 'type Query { b: Int }' });
    } finally {
      repo.remove();
    }
  });

  it('on a branch, compares with where it left main', () => {
    const repo = scratch();
    try {
      repo.commit({ 'schema.graphql': 'type Query { a: Int }', [ACKNOWLEDGEMENTS_FILE]: '{ "acknowledged": [] }' });
      const fork = repo.commit({ 'schema.graphql': 'type Query { a: Int b: Int }' });
      repo.git('checkout', '-q', '-b', 'topic');
      repo.commit({ 'schema.graphql': 'type Query { b: Int }' });
      repo.commit({ 'README.md': 'unrelated' });
      expect(schemaBase({}, repo.dir)).toMatchObject({ commit: fork, why: 'where HEAD left main' });
    } finally {
      repo.remove();
    }
  });
});
