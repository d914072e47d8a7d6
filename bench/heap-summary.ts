import { readFileSync } from 'node:fs';

/**
 * `tsx bench/heap-summary.ts file.heapsnapshot [top]`: where a V8 heap snapshot's bytes sit, by
 * node type and constructor (self sizes). Take the snapshot with `node --heapsnapshot-signal=SIGUSR2`
 * and `kill -USR2 <pid>`, or `v8.writeHeapSnapshot()`.
 */
const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx bench/heap-summary.ts <file.heapsnapshot> [top]');
const snapshot = JSON.parse(readFileSync(file, 'utf8')) as {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
};
const fields = snapshot.snapshot.meta.node_fields;
const types = snapshot.snapshot.meta.node_types[0];
const width = fields.length;
const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field)) as [number, number, number];
const groups = new Map<string, { count: number; bytes: number }>();
let total = 0;
for (let i = 0; i < snapshot.nodes.length; i += width) {
  const type = types[snapshot.nodes[i + typeAt]!]!;
  const name = type === 'string' || type === 'concatenated string' || type === 'sliced string' ? '' : snapshot.strings[snapshot.nodes[i + nameAt]!]!.slice(0, 60);
  const key = `${type} ${name}`.trim();
  const size = snapshot.nodes[i + sizeAt]!;
  total += size;
  const group = groups.get(key) ?? { count: 0, bytes: 0 };
  group.count += 1;
  group.bytes += size;
  groups.set(key, group);
}
const top = [...groups].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, Number(topArg ?? 25));
console.log(`total self size ${(total / 1048576).toFixed(1)} MiB in ${snapshot.nodes.length / width} nodes`);
console.table(top.map(([key, { count, bytes }]) => ({ what: key, count, MiB: Math.round((bytes / 1048576) * 100) / 100 })));
