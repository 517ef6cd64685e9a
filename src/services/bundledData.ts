// The data files shipped in data/, named once. Plain data (no `vscode`), so unit tests can check
// that every bundled glossary file is loaded and every entry in it is complete.

/** The bundled glossary, in parts; each file is loaded (and can fail) on its own. */
export const BUNDLED_GLOSSARIES = ['glossary.json', 'glossary-constitution.json', 'glossary-articles.json', 'glossary-institutions.json', 'glossary-world.json'];
