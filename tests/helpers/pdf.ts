// What a PDF says, read with pdf.js from npm (unpdf, its build for Node), so that the
// poster tests need nothing but `npm install`: no poppler on the machine.
import { readFileSync } from 'node:fs';
import { getDocumentProxy } from 'unpdf';

export interface PdfFacts {
  pages: number;
  /** The first page's size in points (1 pt = 1/72 in). */
  width: number;
  height: number;
  /** The first page's text in the order Chromium wrote it (the DOM's order), a line per break. */
  text: string;
}

export async function readPdf(file: string): Promise<PdfFacts> {
  const doc = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  try {
    const page = await doc.getPage(1);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
    return { pages: doc.numPages, width: x1 - x0, height: y1 - y0, text };
  } finally {
    await doc.destroy();
  }
}
