// `npm run schema:diff`: what the schema the code builds changes for clients, against the schema
// of a base commit (see `schemaBase`), and which breaking changes are not yet acknowledged in
// `schema-changes.json`. test/schema/breaking-changes.test.ts runs the same check in `npm test`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ACKNOWLEDGEMENTS_FILE = 'schema-changes.json';

/**
 * One deliberate breaking change: its kind and schema path as graphql-inspector reports them, and
 * why. `*` in a path stands for any characters, so one entry can cover one decision made across
 * many types (`{ "type": "FIELD_ARGUMENT_REMOVED", "path": "*.last", … }`).
 */
export interface Acknowledgement {
  type: string;
  path: string;
  reason: string;
}

function pathPattern(path: string): RegExp {
  return new RegExp(`^${path.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/** The committed schema to compare with, or why there is none (not a git checkout, a shallow clone…). */
export type SchemaBase = { ref: string; commit: string; sdl: string; why: string } | { skip: string };

function gitIn(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 }).trim();
  } catch {
    return undefined;
  }
}

/**
 * Where the schema is compared from:
 * - `SCHEMA_BASE_REF`, when set (a release tag, say);
 * - on a branch, the commit where it left `main` (`origin/main` when there is one): everything the
 *   branch changes for clients is checked before it is merged;
 * - on `main` itself (CI's clone), the commit that brought in `schema-changes.json`: everything
 *   since the rule began is checked, so a break in any commit of a push fails, not only in its last
 *   (acknowledgements accumulate, so what was decided stays decided). Without that commit in the
 *   clone, the commit before HEAD.
 */
export function schemaBase(env: NodeJS.ProcessEnv = process.env, root = ROOT): SchemaBase {
  const git = (args: string[]) => gitIn(args, root);
  const head = git(['rev-parse', '--verify', '-q', 'HEAD']);
  if (!head) return { skip: 'not a git checkout with commits' };
  let ref: string;
  let why: string;
  if (env.SCHEMA_BASE_REF) {
    ref = env.SCHEMA_BASE_REF;
    why = 'SCHEMA_BASE_REF';
  } else {
    const main = ['origin/main', 'main'].find((name) => git(['rev-parse', '--verify', '-q', `${name}^{commit}`]));
    const forkPoint = main && git(['merge-base', 'HEAD', main]);
    if (main && forkPoint && forkPoint !== head) {
      ref = forkPoint;
      why = `where HEAD left ${main}`;
    } else {
      // Oldest first is last: `--diff-filter=A` lists every commit that added the file, newest first.
      const since = git(['log', '--diff-filter=A', '--format=%H', '--', ACKNOWLEDGEMENTS_FILE])?.split('\n').filter(Boolean).pop();
      const where = main ? `HEAD is on ${main}` : 'no main branch';
      if (since && since !== head) {
        ref = since;
        why = `${where}: the commit that brought in ${ACKNOWLEDGEMENTS_FILE}, so every change since is checked`;
      } else {
        ref = 'HEAD^';
        why = `${where}: the commit before HEAD`;
      }
    }
  }
  const commit = git(['rev-parse', '--verify', '-q', `${ref}^{commit}`]);
  if (!commit) return { skip: `${ref} is not in this clone (shallow, or the first commit); fetch more history or set SCHEMA_BASE_REF` };
  const sdl = git(['show', `${commit}:schema.graphql`]);
  if (sdl === undefined) return { skip: `${ref} has no schema.graphql` };
  return { ref, commit, sdl, why };
}

export function readAcknowledgements(file = `${ROOT}${ACKNOWLEDGEMENTS_FILE}`): Acknowledgement[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { acknowledged?: unknown };
  if (!Array.isArray(parsed.acknowledged)) throw new Error(`${ACKNOWLEDGEMENTS_FILE}: "acknowledged" must be a list`);
  return parsed.acknowledged as Acknowledgement[];
}

export interface SchemaDiff {
  /** Breaking changes with no acknowledgement, as entries to add (their reason still to be written). */
  unacknowledged: Acknowledgement[];
  breaking: Change[];
  dangerous: Change[];
  safe: Change[];
  /** Acknowledgements that are malformed: no type or path, or no reason worth the name. */
  invalid: string[];
}

/** Compares two SDL documents; breaking changes pass only when acknowledged by type and path with a reason. */
export async function compareSchemas(before: string, after: string, acknowledgements: readonly Acknowledgement[]): Promise<SchemaDiff> {
  const changes = await diff(buildSchema(before), buildSchema(after));
  const valid: Acknowledgement[] = [];
  const invalid: string[] = [];
  for (const ack of acknowledgements) {
    const reason = typeof ack?.reason === 'string' ? ack.reason.trim() : '';
    if (ack?.type && ack.path && reason.length >= 10 && !/^todo\b/i.test(reason)) valid.push(ack);
    else invalid.push(`${JSON.stringify(ack)}: needs "type", "path" and a "reason" saying why clients must change`);
  }
  const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
  return {
    breaking,
    dangerous: changes.filter((change) => change.criticality.level === CriticalityLevel.Dangerous),
    safe: changes.filter((change) => change.criticality.level === CriticalityLevel.NonBreaking),
    invalid,
    unacknowledged: breaking
      .filter((change) => !valid.some((ack) => ack.type === change.type && pathPattern(ack.path).test(change.path ?? '')))
      .map((change) => ({ type: change.type, path: change.path ?? '', reason: `TODO: why clients must change (${change.message})` })),
  };
}

/** One line per change, for a failure message or the console. */
export function describeChanges(changes: readonly Change[]): string {
  return changes.map((change) => `  ${change.type} ${change.path ?? ''}: ${change.message}`).join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { schemaSDL } = await import('../src/schema/sdl.ts');
  const base = schemaBase();
  if ('skip' in base) {
    console.log(`No base schema to compare with: ${base.skip}.`);
  } else {
    const result = await compareSchemas(base.sdl, schemaSDL(), readAcknowledgements());
    console.log(`Schema changes since ${base.ref} (${base.commit.slice(0, 10)}, ${base.why}):`);
    for (const [label, list] of [['breaking', result.breaking], ['dangerous', result.dangerous], ['safe', result.safe]] as const) {
      // Additions since an old base run to hundreds and need no decision: counted, listed when few.
      const shown = label !== 'safe' || list.length <= 30;
      console.log(`${list.length} ${label}${list.length && shown ? `\n${describeChanges(list)}` : ''}`);
    }
    if (result.invalid.length) console.log(`Malformed in ${ACKNOWLEDGEMENTS_FILE}:\n  ${result.invalid.join('\n  ')}`);
    if (result.unacknowledged.length) {
      console.log(`Not acknowledged: add to "acknowledged" in ${ACKNOWLEDGEMENTS_FILE}, each with its reason:\n${JSON.stringify(result.unacknowledged, null, 2)}`);
    }
    process.exitCode = result.unacknowledged.length || result.invalid.length ? 1 : 0;
  }
}
