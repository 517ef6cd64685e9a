// Loads the HTML importer's libraries (htmlLibraries.ts) when they are first needed.
// `require('./htmlLibraries')` must stay in a file of this folder, spelt as it is: esbuild.js
// leaves exactly that request out of dist/extension.js, to resolve next to it to
// dist/htmlLibraries.js.

type Libraries = typeof import('./htmlLibraries');
let libraries: Libraries | undefined;

/**
 * domino, turndown and the GFM plugin, loaded on first use, not when the extension starts: domino
 * takes 40–80 ms to set itself up (and turndown sets up domino when it loads), while most sessions
 * import no HTML. `require` inside a function, not `import`, so that nothing runs before an
 * import; on the Node host the module is also a file of its own (see htmlLibraries.ts).
 */
export function loadLibraries(): Libraries {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  libraries ??= require('./htmlLibraries') as Libraries;
  return libraries;
}
