// Startup to ready of the compiled server, as `npm start` runs it: `npm run build && node bench/startup.mjs`.
// Spawns dist/server.js (embedded sandbox), polls /healthz, prints wall time, the child's CPU time and RSS.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const started = performance.now();
const child = spawn(process.execPath, ['dist/server.js'], { env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' }, stdio: 'inherit' });
for (;;) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
  } catch {
    // not listening yet
  }
  await new Promise((resolve) => setTimeout(resolve, 10));
}
const wallMs = Math.round(performance.now() - started);
const ticks = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
const cpuMs = (Number(ticks[11]) + Number(ticks[12])) * 10; // utime + stime, at 100 ticks/s
const rssMiB = Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024);
console.log(JSON.stringify({ wallMsToReady: wallMs, cpuMsToReady: cpuMs, rssMiBAtReady: rssMiB }));
child.kill('SIGTERM');
