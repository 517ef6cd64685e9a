import { ENTRY_POINTS, HOSTILE_INPUTS, warmUp } from './hostileInputs';
import { collectGarbage } from './measure';
const [e, i, ...sz] = process.argv.slice(2);
warmUp();
const entry = ENTRY_POINTS.find(x => x.id === e)!; const input = HOSTILE_INPUTS.find(x => x.id === i)!;
entry.run(entry.prepare(input, input.make(1000)));
for (const s of sz.map(Number)) {
  const p = entry.prepare(input, input.make(s));
  const ts: number[] = [];
  for (let k = 0; k < 3; k++) { collectGarbage(); const t = process.cpuUsage(); entry.run(p); const d = process.cpuUsage(t); ts.push((d.user+d.system)/1000); }
  console.log(s, ts.map(t => t.toFixed(0)).join(' '));
}
