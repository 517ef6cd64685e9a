// Appending lines to a local file atomically, for the review log (reviewStore.ts). VS Code's
// file-system API can only write whole files: two windows appending by read-then-write would each
// write back a file without the other's line. On a Node extension host (desktop, remote, WSL,
// Codespaces) the file is opened with O_APPEND and each append is ONE write() call of complete
// lines: the kernel moves to the end and writes in one step, so appends of two processes never
// interleave or overwrite each other (POSIX, for local file systems), and a process killed during
// the call leaves at most that one line unfinished. Node's fs is reached through
// process.getBuiltinModule (Node 20.16+), not an import: the web-worker host, which has no Node
// and no local files, bundles this file too and gets `undefined` from nodeAppender().
// No `vscode` import, so the unit tests can run it in several processes at once.

interface NodeFileHandle {
  stat(): Promise<{ size: number }>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  write(data: Uint8Array): Promise<{ bytesWritten: number }>;
  datasync(): Promise<void>;
  close(): Promise<void>;
}

interface NodeFs {
  promises: {
    open(path: string, flags: string): Promise<NodeFileHandle>;
    mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  };
}

interface NodePath {
  dirname(path: string): string;
}

export type Appender = (path: string, lines: string) => Promise<void>;

function builtin<T>(id: string): T | undefined {
  const p = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    return p?.getBuiltinModule?.(id) as T | undefined;
  } catch {
    return undefined;
  }
}

/** The O_APPEND appender of a Node host, or undefined where there is none (the web). */
export function nodeAppender(): Appender | undefined {
  const fs = builtin<NodeFs>('node:fs');
  const path = builtin<NodePath>('node:path');
  if (!fs || !path) return undefined;
  return async (file, lines) => {
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    const handle = await fs.promises.open(file, 'a+'); // O_APPEND (and reading, for the last byte)
    try {
      // A line cut off by a crash (no final line end) is closed first, so the new line is whole.
      // (Another process may append in between; the log's reader also recovers a glued line.)
      const { size } = await handle.stat();
      let text = lines;
      if (size > 0) {
        const last = new Uint8Array(1);
        await handle.read(last, 0, 1, size - 1);
        if (last[0] !== 10) text = '\n' + text;
      }
      const bytes = new TextEncoder().encode(text);
      const { bytesWritten } = await handle.write(bytes);
      if (bytesWritten !== bytes.length) throw new Error(`only ${bytesWritten} of ${bytes.length} bytes were written`);
      await handle.datasync();
    } finally {
      await handle.close();
    }
  };
}
