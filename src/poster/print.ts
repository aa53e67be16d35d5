// Printing the built poster page: dist/ is served on 127.0.0.1 so that fonts and
// scripts load as on a real host, Chromium lays the page out as printed, the fitting
// pass runs, then the PDF (checked to be one page) and a 150 dpi PNG are written.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { DOM } from '../dom.ts';
import { serve, type StaticServer } from '../headless/serve.ts';
import { sheetOf, sheetPx } from './fit.ts';
import type { PrintFacts } from './print-facts.ts';

export const POSTER_DPI = 150;

export type PrintResult =
  | { ok: true; pdfFile: string; pngFile: string; width: number; height: number; fitted: boolean }
  | { ok: false; pages: number; fitted: boolean };

/** Pages in a PDF as Chromium writes it: the page tree's root /Count (uncompressed), else its /Page objects. */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const counts = [...text.matchAll(/\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  return counts.length > 0 ? Math.max(...counts) : (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

export async function printPoster(browser: Browser, dist: string, facts: PrintFacts): Promise<PrintResult> {
  const viewport = sheetPx(sheetOf(facts.size, facts.orientation));
  const scale = POSTER_DPI / 96;
  let server: StaticServer | undefined;
  try {
    server = await serve(dist);
    const context = await browser.newContext({ viewport, deviceScaleFactor: scale });
    const page = await context.newPage();
    // Laid out and fitted as printed: the fitting pass measures the print layout.
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${server.url}/poster/`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    let fitted = true;
    try {
      // The callback runs in the page, without imports: the attribute's name goes as its argument.
      await page.waitForFunction((fitted) => document.documentElement.getAttribute(fitted) === 'true', DOM.fitted, { timeout: 20_000 });
    } catch {
      fitted = false;
    }
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdfPageCount(pdf);
    if (pages > 1) return { ok: false, pages, fitted };
    const pdfFile = path.join(dist, 'poster.pdf');
    writeFileSync(pdfFile, pdf);
    // The whole sheet, its white margins included.
    await page.evaluate(() => document.documentElement.classList.add('capture'));
    const pngFile = path.join(dist, 'poster.png');
    await page.screenshot({ path: pngFile, type: 'png', clip: { x: 0, y: 0, ...viewport } });
    return { ok: true, pdfFile, pngFile, width: Math.round(viewport.width * scale), height: Math.round(viewport.height * scale), fitted };
  } finally {
    await server?.close();
  }
}
