import { addTodo } from '../src/sandbox/factories/todos.ts';
import { createSandbox } from '../src/sandbox/index.ts';
import { SEED } from '../src/sandbox/seed/index.ts';

/**
 * The bench's upstream, in a process of its own (as `npm run sandbox` runs it, with the bench's
 * controls): no rate limit, `BENCH_SANDBOX_LATENCY_MS` per response. The parent drives it over
 * the IPC channel: `{ id, cmd, ...args }` in, `{ id, result }` or `{ id, error }` out.
 */
const sandbox = createSandbox({ rateLimit: false, latencyMs: Number(process.env.BENCH_SANDBOX_LATENCY_MS ?? 0) });
const listening = await sandbox.listen({ port: 0, host: '127.0.0.1' });

type Command = { id: number; cmd: string; [arg: string]: unknown };

const commands: Record<string, (args: Command) => unknown> = {
  latency: ({ ms }) => sandbox.setLatency(Number(ms)),
  clearLog: () => sandbox.clearLog(),
  /** Calls, 304s and body bytes since the last `clearLog`. */
  logSummary: () => ({
    calls: sandbox.log.length,
    notModified: sandbox.log.filter((entry) => entry.status === 304).length,
    bytes: sandbox.log.reduce((sum, entry) => sum + (entry.bytes ?? 0), 0),
  }),
  /** Puts `count` to-dos straight into the state (HTTP writes would cost minutes); returns their ids. */
  addTodos: ({ count }) => {
    const list = sandbox.state.recordings.get(SEED.todolists.copy);
    if (list?.type !== 'Todolist') throw new Error('the seeded list is missing');
    return Array.from({ length: Number(count) }, (_, i) => addTodo(sandbox.state, list, { content: `Bench to-do ${i}`, creatorId: SEED.people.owner }, Date.now()).id);
  },
  /** Issues `count` more tokens for the owner; returns them. */
  addTokens: ({ count }) =>
    Array.from({ length: Number(count) }, (_, i) => {
      const token = `bench-token-${i}-${process.pid}`;
      sandbox.state.tokens.set(token, { label: `bench-${i}`, personId: SEED.people.owner });
      return token;
    }),
};

process.on('message', (message: Command) => {
  try {
    const command = commands[message.cmd];
    if (!command) throw new Error(`unknown command ${message.cmd}`);
    process.send!({ id: message.id, result: command(message) ?? null });
  } catch (error) {
    process.send!({ id: message.id, error: (error as Error).message });
  }
});
process.once('disconnect', () => void listening.close().finally(() => process.exit(0)));
process.send!({ ready: true, url: listening.url, accountId: sandbox.accountId, tokens: sandbox.tokens });
