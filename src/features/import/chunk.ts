// What the import feature loads on first use (see features/chunks.ts): the importer of pages and
// text (core/import) and the import commands' file handling.
export { importEditorial } from '../../core/import/importEditorial';
export { ImportCommands } from './importCommands';
