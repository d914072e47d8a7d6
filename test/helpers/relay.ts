import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RELAY = createRequire(import.meta.url).resolve('relay-compiler/cli.js');

/**
 * Compiles the documents in `sources` (directories of `graphql` tagged templates) against the
 * committed schema into a temporary artifact directory; returns the compiler's exit status,
 * output and artifacts by file name.
 */
export function compileRelay(sources: string[]): { status: number | null; output: string; artifacts: Map<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'relay-'));
  try {
    mkdirSync(join(dir, '__generated__'));
    // The documents are copied beside the config, so one project compiles them all and nothing is written into the repository.
    sources.forEach((src, index) => cpSync(src, join(dir, 'src', String(index)), { recursive: true }));
    const config = { src: './src', schema: join(ROOT, 'schema.graphql'), language: 'typescript', artifactDirectory: './__generated__' };
    writeFileSync(join(dir, 'relay.config.json'), JSON.stringify(config));
    const run = spawnSync(process.execPath, [RELAY, join(dir, 'relay.config.json'), '--noWatchman', '--output', 'quiet-with-errors'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    const artifacts = new Map(readdirSync(join(dir, '__generated__')).map((name) => [name, readFileSync(join(dir, '__generated__', name), 'utf8')]));
    return { status: run.status, output: `${run.stdout}${run.stderr}`, artifacts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The operation text Relay would send, as written into a query's artifact. */
export function operationText(artifact: string | undefined): string {
  const literal = artifact?.match(/"text": ("(?:[^"\\]|\\.)*")/)?.[1];
  if (!literal) throw new Error('no operation text in the artifact');
  return JSON.parse(literal);
}
