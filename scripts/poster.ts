// npm run poster (after a build): prints dist/poster/ to dist/poster.pdf, exactly one
// page of the size site.yaml asks, and dist/poster.png at 150 dpi for signage players.
// dist/ is served on 127.0.0.1 so that fonts and scripts load as on a real host.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium, NoBrowserError } from '../src/browser/chromium.ts';
import { serve, type StaticServer } from '../src/browser/serve.ts';
import { dataDirFromEnv } from '../src/data/load.ts';
import type { Locale } from '../src/data/model.ts';
import { readLocale } from '../src/data/site.ts';
import { sheetOf, sheetPx, type Orientation, type PaperSize } from '../src/poster/fit.ts';
import { guard } from './guard.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NBSP = '\u00a0';
const DPI = 150;

const SAY = {
  fr: {
    notBuilt: (f: string) => `L’affiche n’est pas construite (${f} est introuvable)${NBSP}: lancez d’abord npm run build.`,
    noBrowser: `Impossible de produire l’affiche${NBSP}: aucun navigateur Chromium ou Chrome utilisable.`,
    badBrowser: (m: string) => `Impossible de produire l’affiche${NBSP}: le navigateur n’a pas démarré (${m}). Vérifiez CHROME_PATH ou installez Chromium.`,
    notFitted: `Attention${NBSP}: la mise en page de l’affiche n’a pas pu être ajustée dans le navigateur${NBSP}; l’estimation de la construction est utilisée.`,
    pages: (n: number) => `L’affiche fait ${n} pages au lieu d’une${NBSP}: signalez-le à l’équipe qui maintient miroir.`,
    done: (pdf: string, png: string, sheet: string, w: number, h: number) =>
      `Affiche écrite${NBSP}: ${pdf} (${sheet}, 1 page) et ${png} (${w} × ${h} px).`,
  },
  en: {
    notBuilt: (f: string) => `The poster is not built (${f} is missing): run npm run build first.`,
    noBrowser: 'Cannot make the poster: no usable Chromium or Chrome browser.',
    badBrowser: (m: string) => `Cannot make the poster: the browser did not start (${m}). Check CHROME_PATH or install Chromium.`,
    notFitted: 'Warning: the poster’s layout could not be adjusted in the browser; the build’s estimate is used.',
    pages: (n: number) => `The poster has ${n} pages instead of one: please report it to the team that maintains miroir.`,
    done: (pdf: string, png: string, sheet: string, w: number, h: number) =>
      `Poster written: ${pdf} (${sheet}, 1 page) and ${png} (${w} × ${h} px).`,
  },
};

/** The site's locale as the build published it, else as site.yaml says. */
function localeOf(dist: string): Locale {
  try {
    const data = JSON.parse(readFileSync(path.join(dist, 'data.json'), 'utf8')) as { locale?: unknown };
    if (data.locale === 'fr' || data.locale === 'en') return data.locale;
  } catch {
    /* not built, or built by hand: fall back on site.yaml */
  }
  return readLocale(dataDirFromEnv());
}

/** The sheet the build laid the poster out for (Poster.astro writes it on <html>). */
function sheetOfHtml(html: string): { size: PaperSize; orientation: Orientation } {
  const size = /data-size="(A3|A4)"/.exec(html)?.[1] as PaperSize | undefined;
  const orientation = /data-orientation="(portrait|landscape)"/.exec(html)?.[1] as Orientation | undefined;
  return { size: size ?? 'A4', orientation: orientation ?? 'portrait' };
}

/** Pages in a PDF as Chromium writes it: the page tree's root /Count (uncompressed), else its /Page objects. */
function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const counts = [...text.matchAll(/\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  return counts.length > 0 ? Math.max(...counts) : (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

function shown(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

guard(async () => {
  const dist = path.resolve(process.env.MIROIR_OUT_DIR || path.join(root, 'dist'));
  const locale = localeOf(dist);
  const say = SAY[locale];
  const htmlFile = path.join(dist, 'poster', 'index.html');
  if (!existsSync(htmlFile)) {
    process.stderr.write(`${say.notBuilt(shown(htmlFile))}\n`);
    return 1;
  }
  const { size, orientation } = sheetOfHtml(readFileSync(htmlFile, 'utf8'));
  const sheet = sheetOf(size, orientation);
  const viewport = sheetPx(sheet);

  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (e) {
    if (e instanceof NoBrowserError) process.stderr.write(`${say.noBrowser}\n${e.message}\n`);
    else process.stderr.write(`${say.badBrowser(firstLine(e))}\n`);
    return 1;
  }
  let server: StaticServer | undefined;
  try {
    server = await serve(dist);
    const context = await browser.newContext({ viewport, deviceScaleFactor: DPI / 96 });
    const page = await context.newPage();
    // Laid out and fitted as printed: the fitting pass measures the print layout.
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${server.url}/poster/`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    try {
      await page.waitForFunction(() => document.documentElement.dataset.fitted === 'true', undefined, { timeout: 20_000 });
    } catch {
      process.stderr.write(`${say.notFitted}\n`);
    }

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdfPageCount(pdf);
    if (pages > 1) {
      process.stderr.write(`${say.pages(pages)}\n`);
      return 1;
    }
    const pdfFile = path.join(dist, 'poster.pdf');
    writeFileSync(pdfFile, pdf);

    // The whole sheet, its white margins included, at 150 dpi.
    await page.evaluate(() => document.documentElement.classList.add('capture'));
    const pngFile = path.join(dist, 'poster.png');
    await page.screenshot({ path: pngFile, type: 'png', clip: { x: 0, y: 0, ...viewport } });
    const scale = DPI / 96;
    process.stdout.write(
      `${say.done(shown(pdfFile), shown(pngFile), `${size} ${orientation}`, Math.round(viewport.width * scale), Math.round(viewport.height * scale))}\n`,
    );
    return 0;
  } finally {
    await browser.close().catch(() => undefined);
    await server?.close();
  }
});

function firstLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return (msg.split('\n').find((l) => l.trim() !== '') ?? msg).trim().slice(0, 200);
}
