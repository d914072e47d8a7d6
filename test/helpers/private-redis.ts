import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/**
 * A `redis-server` of a test's own on a port of its own, for tests that stop and restart Redis:
 * the shared one (`REDIS_URL`) is never touched. Nothing is kept on disk.
 */

/** Whether `redis-server` is on the PATH; tests that need their own skip, saying why, without it. */
export const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;

/** Starts one on `port` and resolves once it accepts connections. */
export async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (let i = 0; i < 100 && !/Ready to accept connections/i.test(output); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  return child;
}

/** Kills it at once, as a crash would, and resolves once it is gone. */
export async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGKILL');
  await once(child, 'exit');
}
