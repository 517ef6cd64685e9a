// One page through the importer (HTML, markdown or plain text: whichever it is) and the parser,
// as the check:pages script reports it.
import { parseEditorial } from '../src/core/editorial/parse/parseEditorial';
import { readEditorial, type EditorialReading } from '../src/core/editorial/readingReport';
import { importEditorial } from '../src/core/import/importEditorial';

export interface PageReading extends EditorialReading {
  readonly format: string;
}

export function readEditorialPage(text: string): PageReading {
  const imported = importEditorial(text);
  return { format: imported.format, ...readEditorial(parseEditorial(imported.markdown)) };
}
