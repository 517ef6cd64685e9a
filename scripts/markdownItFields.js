// markdown-it 15's published build (dist/markdown-it.mjs and .cjs.js) was compiled with its class
// fields turned into calls of a helper, `_defineProperty(this, "name", value)`, 53 of them: every
// Token, StateBlock and StateInline sets its fields through one shared function that converts the
// key and stores it through a keyed (megamorphic) property store. That helper took 38 % of
// markdown-it's own parse time here (1,000 generated editorials: 999 → 617 ms; our whole parse
// 2,043 → 1,480 ms, bench/results.json "parse").
//
// This rewrites each such call into the assignment it stands for, `this.name = value;`. The two are
// the same here: the helper assigns when the name is not already on the object, and markdown-it's
// classes have no accessors (a prototype method of the same name would be shadowed by an own data
// property either way). The calls on the class objects (MarkdownIt.Token = Token, …) are left.
// Used by esbuild.js on the bundles, by bench/shippedMarkdownIt.ts to measure what ships, and by
// test/unit/markdownItFields.test.ts, which checks both builds give the same tokens.
'use strict';

const FIELD = /_defineProperty\(\s*this,\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)?"(\w+)",\s*((?:[^;()]|\([^;()]*\))*?)\s*\);/g;

/**
 * The source of `file` with every `_defineProperty(this, "name", value);` written as
 * `this.name = value;`. Throws when there is none: a build of markdown-it without those calls
 * needs the rewrite looked at again, not silently dropped.
 */
function assignClassFields(source, file) {
  let count = 0;
  const code = source.replace(FIELD, (_, name, value) => {
    count++;
    return `this.${name} = ${value};`;
  });
  if (!count) throw new Error(`${file}: no _defineProperty(this, …) calls to rewrite; see scripts/markdownItFields.js`);
  return code;
}

module.exports = { assignClassFields };
