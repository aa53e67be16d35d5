// What `npm run poster` needs to know of a build, written by the build beside the
// poster page (dist/poster/print.json) so the print step never re-reads the data or
// scrapes the HTML: the sheet and the language to speak in.
import type { Locale, SiteConfig } from '../model.ts';
import type { Orientation, PaperSize } from './fit.ts';

export const PRINT_FACTS_FILE = 'poster/print.json';

export interface PrintFacts {
  locale: Locale;
  size: PaperSize;
  orientation: Orientation;
}

export function printFacts(site: SiteConfig): PrintFacts {
  return { locale: site.locale, size: site.poster.size, orientation: site.poster.orientation };
}

/** The facts in a print.json, or undefined when the file is not one a build wrote. */
export function parsePrintFacts(text: string): PrintFacts | undefined {
  try {
    const v = JSON.parse(text) as Partial<PrintFacts>;
    const locale = v.locale === 'fr' || v.locale === 'en' ? v.locale : undefined;
    const size = v.size === 'A3' || v.size === 'A4' ? v.size : undefined;
    const orientation = v.orientation === 'portrait' || v.orientation === 'landscape' ? v.orientation : undefined;
    return locale && size && orientation ? { locale, size, orientation } : undefined;
  } catch {
    return undefined;
  }
}
