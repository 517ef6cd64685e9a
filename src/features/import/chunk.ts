// What the import feature loads on first use (see features/chunks.ts): the importer of pages and
// text (core/import), the import commands' file handling and the fetcher of web pages.
export { importEditorial } from '../../core/import/importEditorial';
export { ImportCommands } from './importCommands';
export { fetchPage, refusedAddress } from './urlImport';
