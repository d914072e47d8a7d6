import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freePort } from '../helpers/server-process.ts';

/**
 * `src/server.ts` as an operator starts it, with a setting it cannot listen with: it exits 1 with
 * one line naming the variable to change, and no stack trace.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function failedStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('starting with a setting the server cannot listen with', () => {
  it.each([
    ['a HOST no resolver knows', { HOST: 'no-such-host.invalid' }, /HOST \\?"no-such-host\.invalid\\?" is not a name this machine resolves/],
    ['a HOST that is not an address of this machine', { HOST: '192.0.2.1' }, /HOST 192\.0\.2\.1 is not an address of this machine/],
    ['PORT and SANDBOX_PORT alike', { SAME: '' }, /PORT and SANDBOX_PORT are both \d+: give them different ports/],
  ])('%s: exits 1 naming the variable', async (_name, setting, message) => {
    const port = String(await freePort());
    const env: Record<string, string> = 'SAME' in setting ? { PORT: port, SANDBOX_PORT: port } : { PORT: port, ...setting };
    const { code, output } = await failedStart(env);
    expect(code).toBe(1);
    expect(output).toMatch(message);
    expect(output).not.toMatch(/\n\s+at /); // no stack trace
  }, 60_000);

  it('logs the port it bound when PORT=0 leaves the choice to the system, and serves there', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          output += chunk;
          const found = /GraphQL on (http:\/\/\S+)\/graphql/.exec(output);
          if (found) resolve(found[1]!);
        });
        child.once('exit', () => reject(new Error(`exited: ${output}`)));
      });
      expect(url).not.toMatch(/:0$/);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
