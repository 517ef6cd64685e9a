// The import directions of docs/ARCHITECTURE.md, checked by `npm run lint` (dependency-cruiser):
//   extension.ts → features → ui, services → core;   core → core only (and its npm libraries);
//   features never import each other; no cycles anywhere.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'src/core is plain TypeScript: it never imports VS Code, services, features or ui (it runs in Node tests, benchmarks and a web worker).',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: ['^src/(services|features|ui)/', '^src/extension\\.ts$'] },
    },
    {
      name: 'core-no-vscode',
      comment: 'src/core must not depend on the VS Code API.',
      severity: 'error',
      from: { path: '^src/core/' },
      // (it resolves to @types/vscode's declarations, or not at all)
      to: { path: ['^vscode$', '@types/vscode'] },
    },
    {
      name: 'core-no-node-builtins',
      comment: 'src/core does no I/O and must run in a web worker: no Node built-ins.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'services-below-features',
      comment: 'Services touch VS Code state for the features; they never import features, ui or extension.ts.',
      severity: 'error',
      from: { path: '^src/services/' },
      to: { path: ['^src/(features|ui)/', '^src/extension\\.ts$'] },
    },
    {
      name: 'ui-below-features',
      comment: 'ui/ holds VS Code helpers the features share; it never imports a feature.',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: ['^src/features/', '^src/extension\\.ts$'] },
    },
    {
      name: 'features-do-not-import-each-other',
      comment: 'A feature folder never imports another: what they share comes through the FeatureContext (features/context.ts), services or ui.',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/([^/]+)/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'only-extension-imports-feature-list',
      comment: 'features/index.ts lists the features; only extension.ts starts them.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/extension\\.ts$' },
      to: { path: '^src/features/index\\.ts$' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles: each layer reads as a tree.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true, pathNot: '^vscode$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^out/', '^dist/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // The only package core may not use is VS Code's; everything else resolves as usual.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
