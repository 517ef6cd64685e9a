// How a probe inside the extension host hands its result to the benchmark outside, which polls for
// the file: written under another name and renamed, so it is never read half-written.
import * as fs from 'node:fs';

export function writeProbeResult(file: string, result: unknown): void {
  fs.writeFileSync(file + '.tmp', JSON.stringify(result));
  fs.renameSync(file + '.tmp', file);
}
