// A child process for test/unit/reviewLog.test.ts: appends review events to a log with the
// extension's own appender (services/fileAppend.ts), as a second VS Code window would.
//   node reviewLogWorker.js <file> <count|forever> <prefix>
import { nodeAppender } from '../../src/services/fileAppend';
import { serializeEvent } from '../../src/core/revision/reviewLog';

async function main(): Promise<void> {
  const [file, count, prefix] = process.argv.slice(2);
  const append = nodeAppender();
  if (!append) throw new Error('no Node appender');
  const n = count === 'forever' ? Infinity : Number(count);
  for (let i = 0; i < n; i++) {
    await append(file, serializeEvent({ v: 1, id: `${prefix}-${i}`, at: new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString(), kind: 'review', card: `card-${i % 50}`, grade: 3 }));
    if (i === 0 && process.send) process.send('started');
  }
}

void main().catch(err => {
  console.error(err);
  process.exitCode = 1;
});
