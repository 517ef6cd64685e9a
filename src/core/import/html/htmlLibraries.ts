// The three libraries the HTML importer needs, in a module of their own so that they load only
// when a page is imported. On the Node extension host esbuild.js builds this file separately, as
// dist/htmlLibraries.js, and leaves `require('./htmlLibraries')` in dist/extension.js: the 240 KB
// of domino and turndown are then neither parsed nor compiled when the extension starts (they
// made loading the bundle take about 30 ms longer). The web-worker host can load only one file,
// so its bundle includes them (still run only on first use).
import type TurndownService from 'turndown';

/* eslint-disable @typescript-eslint/no-require-imports */
// `require`, not `import`: domino's typings declare a module named 'domino', the GFM plugin has none.
const domino = require('@mixmark-io/domino') as { createDocument(html: string, force?: boolean): Document };
// The bundles take turndown's ES module build, whose require() gives { default }; plain Node (the
// unit tests) gets the CommonJS build, the class itself.
const turndown = require('turndown') as typeof TurndownService | { default: typeof TurndownService };
const plugin = require('@joplin/turndown-plugin-gfm') as { gfm: TurndownService.Plugin };
/* eslint-enable @typescript-eslint/no-require-imports */

export const createDocument = domino.createDocument;
export const Turndown = 'default' in turndown ? turndown.default : turndown;
export const gfm = plugin.gfm;
