// The poster: the real `npm run build` then `npm run poster`, read back with pdf.js
// (pages, page size, text) and in the browser; plus the pure pieces it is made of.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/headless/chromium.ts';
import { contrastRatio } from '../../src/data/contrast.ts';
import { loadProject } from '../../src/project/load.ts';
import type { Verbatim, Wave } from '../../src/model.ts';
import { formatter } from '../../src/words/format.ts';
import { qrMatrix, qrPayload, qrSvg } from '../../src/poster/qr.ts';
import { estimateHeight, nextToDrop, sheetOf, sheetPx, type FitItem } from '../../src/poster/fit.ts';
import { sparkline } from '../../src/poster/sparkline.ts';
import { posterView } from '../../src/poster/view.ts';
import { dataFolder, FIXTURES, ROOT, run, tempDir, TODAY, type Run } from '../helpers/cli.ts';
import { readPdf, type PdfFacts } from '../helpers/pdf.ts';
import { serve } from '../helpers/server.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const SAMPLE = path.join(ROOT, 'data');

// ------------------------------------------------------------------ helpers

interface Poster {
  out: string;
  build: Run;
  poster: Run;
  data: { locale: 'fr' | 'en'; verbatims: Verbatim[]; waves: Wave[] };
  pdf: PdfFacts;
  /** The PDF's text, squashed for comparison. */
  text: string;
}

async function makePoster(dataDir: string): Promise<Poster> {
  const out = path.join(tempDir('miroir-poster-'), 'dist');
  const build = run('build', { dataDir, env: { MIROIR_OUT_DIR: out } });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  const poster = run('poster', { dataDir, env: { MIROIR_OUT_DIR: out } });
  expect(poster.status, poster.stdout + poster.stderr).toBe(0);
  const pdf = await readPdf(path.join(out, 'poster.pdf'));
  return { out, build, poster, data: JSON.parse(readFileSync(path.join(out, 'data.json'), 'utf8')), pdf, text: squash(pdf.text) };
}

/** Width and height from the IHDR chunk, right after the 8-byte signature. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/**
 * Text as compared: without any space (the PDF's text may drop the narrow no-break spaces
 * of French typography, and breaks lines where the page does), apostrophes plain (the
 * poster sets typographic ones).
 */
function squash(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, '').replace(/\u2019/g, "'");
}

/** The first words of a verbatim: enough to find it, short enough to survive shortening. */
function opening(text: string, words = 6): string {
  return squash(text.split(/\s+/).slice(0, words).join(' '));
}

/** Pages in pt (1 mm = 72 / 25.4 pt): A3 297 × 420 mm = 841.9 × 1190.6 pt, A4 210 × 297 mm = 595.3 × 841.9 pt. */
const PT = { A3: { w: 842, h: 1191 }, A4: { w: 595, h: 842 } };

function expectSheet(p: Poster, size: 'A3' | 'A4', orientation: 'portrait' | 'landscape'): void {
  const info = p.pdf;
  expect(info.pages).toBe(1);
  const [w, h] = orientation === 'portrait' ? [PT[size].w, PT[size].h] : [PT[size].h, PT[size].w];
  expect(Math.abs(info.width - w)).toBeLessThanOrEqual(1);
  expect(Math.abs(info.height - h)).toBeLessThanOrEqual(1);
  // 150 dpi: A3 portrait is 297 / 25.4 × 150 = 1753.9 by 420 / 25.4 × 150 = 2480.3 px.
  const png = pngSize(path.join(p.out, 'poster.png'));
  expect(Math.abs(png.width - (w / 72) * 150)).toBeLessThanOrEqual(2);
  expect(Math.abs(png.height - (h / 72) * 150)).toBeLessThanOrEqual(2);
  expect(Math.abs(png.width / png.height - w / h)).toBeLessThan(0.002);
}

/** A positive and a negative verbatim of data.json, and the latest wave's three figures, are in the PDF's text. */
function expectContent(p: Poster): void {
  const text = p.text;
  for (const sentiment of ['positive', 'negative'] as const) {
    const shown = p.data.verbatims.filter((v) => v.sentiment === sentiment && text.includes(opening(v.text)));
    expect(shown.length, `${sentiment} verbatim in the PDF`).toBeGreaterThan(0);
  }
  const f = formatter(p.data.locale);
  const wave = p.data.waves.at(-1)!;
  expect(text).toContain(squash(f.percent(wave.participation)));
  expect(text).toContain(squash(f.signed(wave.enps!)));
  expect(text).toContain(squash(f.percent(wave.engagement!)));
}

/**
 * 200 verbatims of exactly 2000 characters, a day apart in pairs, every fifth sentiment
 * alike (stars 5, 1, 3, 4, 2), one in nine featured; one is a single 2000-character word.
 * Each starts with its number so the test can tell them apart in the PDF.
 */
function longVerbatims(): string {
  const words = `Le technicien est venu réparer notre lave-vaisselle, il a pris le temps d'expliquer la panne et de vérifier l'installation complète ; nous avons apprécié sa patience, même si le rendez-vous a été décalé deux fois sans prévenir`.split(' ');
  const rows = ['date;text;stars;channel;site;featured'];
  const today = Date.parse(`${TODAY}T00:00:00Z`);
  for (let i = 0; i < 200; i++) {
    let text = `Avis ${String(i).padStart(3, '0')} numéro ${i}`;
    if (i === 3) text = `Avis003${'x'.repeat(1993)}`;
    for (let k = i; text.length < 2000; k++) text += ` ${words[k % words.length]}`;
    text = text.slice(0, 2000);
    if (text.endsWith(' ')) text = `${text.slice(0, 1999)}.`;
    const date = new Date(today - Math.floor(i / 2) * 86_400_000).toISOString().slice(0, 10);
    rows.push(`${date};"${text}";${[5, 1, 3, 4, 2][i % 5]};téléphone;Lyon;${i % 9 === 0 ? 'oui' : 'non'}`);
  }
  return `${rows.join('\n')}\n`;
}

/** The sample's site.yaml with another sheet (the same QR code address) and language. */
function siteWith(size: 'A3' | 'A4', orientation: 'portrait' | 'landscape', locale = 'fr'): string {
  const site = readFileSync(path.join(SAMPLE, 'site.yaml'), 'utf8');
  const poster = `poster: { size: ${size}, orientation: ${orientation}, url: "https://intranet.fait-maison.example/miroir/" }\n\n`;
  const out = site.replace(/^locale: fr$/m, `locale: ${locale}`).replace(/^poster:\n(?: {2}.*\n|\n)*/m, poster);
  expect(out).toContain(poster);
  return out;
}

// ------------------------------------------------------------------ end to end

describe('npm run poster on the sample data (A3 portrait)', () => {
  let p: Poster;
  beforeAll(async () => {
    p = await makePoster(SAMPLE);
  });

  it('says what it wrote', () => {
    const pdf = path.join(p.out, 'poster.pdf');
    const png = path.join(p.out, 'poster.png');
    expect(p.poster.stdout).toBe(`Affiche écrite${NBSP}: ${pdf} (A3 portrait, 1 page) et ${png} (1755 × 2480 px).\n`);
    expect(p.poster.stderr).toBe('');
  });

  it('is one A3 portrait page, and a 150 dpi PNG of it', () => {
    expectSheet(p, 'A3', 'portrait');
  });

  it('prints a positive and a negative verbatim and the latest wave’s figures', () => {
    expectContent(p);
    // The sample's latest wave, 2026-T3: 54 % participation, eNPS +27, engagement 71 %.
    // Participation is counted: +3 is a rise. The others are told by their verdicts:
    // eNPS 2026-T2 +19 typed (209 of 411): v = (1 − 0.0361)/209 × 202/410 = 0.0022722; 2026-T3 from the
    // file, 92 promoters and 34 detractors of 218 (of 410): v = (0.57798 − 0.26606²)/218 × 192/409 = 0.0010922;
    // z = (0.26606 − 0.19) / √0.0033644 = 1.31: stable. Engagement 67 % → 70.81 % (221 answered):
    // v = 0.2211/209 × 0.49268 + 0.20668/221 × 0.46210 = 0.00095337; z = 0.03813 / 0.030877 = 1.23: stable.
    const text = p.text;
    expect(text).toContain(squash('PARTICIPATION 54 % +3 pts en hausse depuis juin 2026'));
    expect(text).toContain(squash('ENPS +27 +8 pts stable depuis juin 2026'));
    expect(text).toContain(squash('ENGAGEMENT 71 % +4 pts stable depuis juin 2026'));
    // The base of each figure: 221 of 410; the engagement's margin 1.96 × √(0.20668/221 × 0.46210) = 4.1 → ± 4 pts,
    // the eNPS's 1.96 × √0.0010922 = 6.5 → ± 6 pts on 218 answers.
    expect(text).toContain(squash('221 répondants sur 410'));
    expect(text).toContain(squash('218 répondants · marge ± 6 pts'));
    expect(text).toContain(squash('221 répondants · marge ± 4 pts'));
  });

  it('prints the organisation, the date of the data, the plan, the pairs and the QR code’s address', () => {
    const text = p.text;
    expect(text).toContain(squash('La voix de nos clients Fait Maison · leurs mots, notre baromètre, nos actions · données du 24 nov. 2026'));
    expect(text).toContain(squash('Plan d’actions 8 actions terminées sur 18 Intégration 53 %'));
    expect(text).toMatch(/VOUSAVEZDIT«.+»NOUSAVONSFAIT/);
    expect(text).toContain(squash('Tous les verbatims et le détail du baromètre : https://intranet.fait-maison.example/miroir/'));
    // Sentiment in words, not only in colour: the sample's lead and the negative one.
    expect(text).toContain(squash('POSITIF À LA UNE « Installation de la cuisinière impeccable'));
    expect(text).toContain(squash('NÉGATIF À LA UNE « Le livreur ne voulait pas monter'));
  });

  it('sets the page with @page, the sheet’s size and 12 mm margins, and the QR code inline', () => {
    const html = readFileSync(path.join(p.out, 'poster', 'index.html'), 'utf8');
    expect(html).toContain('@page { size: A3 portrait; margin: 12mm; }');
    expect(html).toContain(qrSvg('https://intranet.fait-maison.example/miroir/', { title: 'https://intranet.fait-maison.example/miroir/' }));
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it('stops with a plain message when CHROME_PATH names no file', () => {
    const r = run('poster', { dataDir: SAMPLE, env: { MIROIR_OUT_DIR: p.out, CHROME_PATH: '/nonexistent/chromium' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `Impossible de produire l’affiche${NBSP}: aucun navigateur Chromium ou Chrome utilisable.\n` +
        'CHROME_PATH désigne /nonexistent/chromium, qui n’existe pas. Indiquez-y le programme d’un Chromium ou d’un Chrome, ou retirez CHROME_PATH.\n',
    );
  });

  it('stops with a plain message when CHROME_PATH is not a browser', () => {
    const r = run('poster', { dataDir: SAMPLE, env: { MIROIR_OUT_DIR: p.out, CHROME_PATH: '/bin/false' } });
    expect(r.status).toBe(1);
    // Refused before any launch: `/bin/false --version` answers nothing and exits 1.
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `Impossible de produire l’affiche${NBSP}: aucun navigateur Chromium ou Chrome utilisable.\n` +
        'CHROME_PATH désigne /bin/false, qui s’est arrêté avec le code 1 sur --version. Indiquez-y le programme d’un Chromium ou d’un Chrome, ou retirez CHROME_PATH.\n',
    );
  });
});

describe('npm run poster before npm run build', () => {
  it('says to build first, in the site’s language, and exits 1', () => {
    const out = path.join(tempDir(), 'dist');
    const fr = run('poster', { dataDir: SAMPLE, env: { MIROIR_OUT_DIR: out } });
    expect(fr.status).toBe(1);
    expect(fr.stdout).toBe('');
    expect(fr.stderr).toBe(
      `L’affiche n’est pas construite (${path.join(out, 'poster', 'index.html')} est introuvable)${NBSP}: lancez d’abord npm run build.\n`,
    );
    const en = run('poster', { dataDir: dataFolder({ 'site.yaml': siteWith('A4', 'portrait', 'en') }, SAMPLE), env: { MIROIR_OUT_DIR: out } });
    expect(en.status).toBe(1);
    expect(en.stderr).toBe(`The poster is not built (${path.join(out, 'poster', 'index.html')} is missing): run npm run build first.\n`);
  });
});

describe('npm run poster with 200 verbatims of 2000 characters (A4 portrait)', () => {
  let p: Poster;
  let browser: Browser;
  beforeAll(async () => {
    p = await makePoster(dataFolder({ 'verbatims.csv': longVerbatims(), 'site.yaml': siteWith('A4', 'portrait') }, SAMPLE));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is still one A4 portrait page', () => {
    expectSheet(p, 'A4', 'portrait');
    expectContent(p);
  });

  it('shortens at a word, shows both kinds, and nothing overflows the page once fitted', async () => {
    const server = await serve(p.out);
    try {
      const page = await browser.newPage({ viewport: sheetPx(sheetOf('A4', 'portrait')) });
      await page.emulateMedia({ media: 'print' });
      await page.goto(`${server.url}/poster/`);
      await page.waitForFunction(() => document.documentElement.dataset.fitted === 'true');
      const state = await page.evaluate(() => {
        const page = document.querySelector('.page')!.getBoundingClientRect();
        const quotes = [...document.querySelectorAll<HTMLElement>('[data-quote]:not([hidden])')];
        return {
          overflowing: [...document.querySelectorAll<HTMLElement>('[data-fit-box]')]
            .filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
            .map((el) => el.dataset.fitBox),
          outside: quotes.filter((q) => {
            const r = q.getBoundingClientRect();
            return r.bottom > page.bottom + 0.5 || r.right > page.right + 0.5;
          }).length,
          sentiments: quotes.map((q) => q.dataset.sentiment),
          texts: quotes.map((q) => q.querySelector('.quote__text')!.textContent!),
          scale: document.documentElement.dataset.scale,
        };
      });
      expect(state.overflowing).toEqual([]);
      expect(state.outside).toBe(0);
      expect(state.sentiments).toContain('positive');
      expect(state.sentiments).toContain('negative');
      // The type did not have to shrink: shortening and leaving verbatims out was enough.
      expect(state.scale).toBe('1');
      for (const t of state.texts) {
        expect(t.length).toBeLessThan(240);
        // Each is shortened: a whole word, then the ellipsis, inside the quote marks.
        expect(t).toMatch(new RegExp(`^«${NNBSP}\\S.*\\S…${NNBSP}»$`, 's'));
      }
    } finally {
      await server.close();
    }
  });
});

describe('npm run poster in landscape', () => {
  it('A3 landscape with 200 long verbatims: one page, 1191 × 842 pt', async () => {
    const p = await makePoster(dataFolder({ 'verbatims.csv': longVerbatims(), 'site.yaml': siteWith('A3', 'landscape') }, SAMPLE));
    expectSheet(p, 'A3', 'landscape');
    expectContent(p);
  });

  it('A4 landscape, in English: one page, 842 × 595 pt, English figures', async () => {
    const p = await makePoster(dataFolder({ 'site.yaml': siteWith('A4', 'landscape', 'en') }, SAMPLE));
    expectSheet(p, 'A4', 'landscape');
    expectContent(p);
    const text = p.text;
    expect(text).toContain(squash('PARTICIPATION 54% +3 pts up since June 2026'));
    expect(text).toContain(squash('Action plan 8 of 18 actions done'));
    expect(p.poster.stdout).toMatch(/^Poster written: .+poster\.pdf \(A4 landscape, 1 page\) and .+poster\.png \(1755 × 1241 px\)\.\n$/);
  });

  it('the hardest case (12 pillars, long pairs, no logo, pale accent, A4 landscape): one page, all four blocks', async () => {
    const dataDir = dataFolder({ 'verbatims.csv': longVerbatims() }, path.join(FIXTURES, 'poster', 'extreme'));
    const p = await makePoster(dataDir);
    expectSheet(p, 'A4', 'landscape');
    expectContent(p);
    const text = p.text;
    // eNPS −12 (U+2212), 9 points under −3 in 2026-T2, but within chance for scores alone:
    // v = (1 − 0.0009)/171 × 129/299 + (1 − 0.0144)/240 × 60/299 = 0.0033449; z = −0.09 / 0.057835 = −1.56: stable.
    // Participation 240 / 300 = 80 %, up from 171 / 300 = 57 % (counted: a rise).
    expect(text).toContain(squash(`ENPS ${'\u2212'}12 ${'\u2212'}9 pts stable depuis juin 2026`));
    expect(text).toContain(squash(`PARTICIPATION ${formatter('fr').percent(80)} +23 pts en hausse`));
    expect(text).toContain(squash('Sens du travail'));
  });
});

// ------------------------------------------------------------------ pure pieces

describe('which verbatim gives way first (nextToDrop)', () => {
  const v = (date: string, sentiment: FitItem['sentiment'], featured = false): FitItem => ({ date, sentiment, featured });

  it('the oldest non-featured one, the later in the list on equal dates', () => {
    expect(nextToDrop([v('2026-11-20', 'positive', true), v('2026-11-18', 'positive'), v('2026-11-10', 'positive'), v('2026-11-19', 'negative')])).toBe(2);
    expect(nextToDrop([v('2026-11-20', 'neutral'), v('2026-11-20', 'neutral')])).toBe(1);
  });

  it('never the last positive or the last negative, featured only when nothing else can go', () => {
    // Index 2 is the oldest but the only negative one; index 1 the only positive one.
    expect(nextToDrop([v('2026-11-20', 'neutral', true), v('2026-11-18', 'positive'), v('2026-11-01', 'negative')])).toBe(0);
    expect(nextToDrop([v('2026-11-20', 'positive'), v('2026-11-01', 'negative')])).toBe(-1);
    expect(nextToDrop([v('2026-11-20', 'positive')])).toBe(-1);
  });
});

describe('the estimate of the verbatims’ height', () => {
  it('a lead across the page, then rows of two cards as tall as the taller', () => {
    const area = { height: 100, columnWidth: 133, leadWidth: 273 };
    // Lead: 273 / (8.47 × 0.4) = 80 characters a line, 100 characters = 2 lines of
    // 8.47 × 1.22 mm, plus 27 mm: 27 + 2 × 10.3334 = 47.6668.
    // Cards: (133 − 10.5) / (5.64 × 0.42) = 51 characters a line; 60 → 2 lines, 120 → 3
    // lines of 5.64 × 1.3 = 7.332 mm, plus 26.5 mm: 41.164 and 48.496; one row: 48.496.
    const h = estimateHeight(
      [
        { date: 'a', sentiment: 'positive', featured: true, length: 100, lead: true },
        { date: 'b', sentiment: 'negative', featured: false, length: 60 },
        { date: 'c', sentiment: 'neutral', featured: false, length: 120 },
      ],
      area,
    );
    expect(h).toBeCloseTo(47.6668 + 48.496, 3);
  });
});

describe('QR code', () => {
  it('encodes the URL in its ASCII form, as a square with the three finder patterns', () => {
    expect(qrPayload('https://intranet.example/enquête/')).toBe('https://intranet.example/enqu%C3%AAte/');
    const m = qrMatrix('https://intranet.fait-maison.example/miroir/');
    // 44 bytes at level M: version 3 holds 42, version 4 holds 62, so 17 + 4 × 4 = 33 modules.
    expect(m.length).toBe(33);
    expect(m.every((row) => row.length === 33)).toBe(true);
    const finder = (r0: number, c0: number): string =>
      [0, 1, 2, 3, 4, 5, 6].map((r) => [0, 1, 2, 3, 4, 5, 6].map((c) => (m[r0 + r]![c0 + c] ? '#' : '.')).join('')).join('/');
    const FINDER = '#######/#.....#/#.###.#/#.###.#/#.###.#/#.....#/#######';
    expect(finder(0, 0)).toBe(FINDER);
    expect(finder(0, 26)).toBe(FINDER);
    expect(finder(26, 0)).toBe(FINDER);
  });

  it('is an SVG with a 4-module quiet zone and its title', () => {
    const svg = qrSvg('https://a.example/', { title: 'https://a.example/ & co' });
    // 18 bytes at level M: version 1 holds 14, version 2 holds 26, so 25 modules + 2 × 4 = 33.
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 33 33" role="img" shape-rendering="crispEdges"><title>https:\/\/a.example\/ &amp; co<\/title>/);
    expect(svg.startsWith('<svg') && svg.endsWith('</svg>')).toBe(true);
  });
});

describe('sparkline', () => {
  it('spreads the waves across the box, at least 10 points high', () => {
    // 50 → 60 in 120 × 36 with 4 of padding: x 4 and 116; y from 4 + 28 − 0 = 32 to 4.
    expect(sparkline([50, 60]).d).toBe('M4 32 L116 4');
    // A range of 2 is shown as 10 around its middle (61): 60 → 4 + 28 − 28 × 4/10 = 20.8.
    expect(sparkline([60, 62]).points.map((p) => p.y)).toEqual([20.8, 15.2]);
    expect(sparkline([70]).points).toEqual([{ x: 60, y: 18, value: 70 }]);
  });
});

describe('posterView on the minimal fixture (A4 portrait)', () => {
  const minimal = path.join(FIXTURES, 'minimal');
  const { project } = loadProject(minimal, { MIROIR_TODAY: TODAY });
  const view = posterView(project!);
  // Intl writes the space of `70 %` (U+00A0 or U+202F, depending on its data).
  const pct = (n: number): string => formatter('fr').percent(n);

  it('the sheet, the title and the date of the data', () => {
    expect(view.sheet).toEqual({ size: 'A4', orientation: 'portrait', width: 210, height: 297, margin: 12, scale: Math.SQRT1_2 });
    expect(view.subtitle).toBe('Atelier Test · leurs mots, notre baromètre, nos actions · données du 24 nov. 2026');
  });

  it('the verbatims of the last 90 days, the featured one as lead, none left out', () => {
    expect(view.quotes.map((q) => [q.date, q.sentiment, q.lead, q.spare])).toEqual([
      ['2026-11-20', 'positive', true, undefined],
      ['2026-11-18', 'negative', false, undefined],
      ['2026-11-15', 'neutral', false, undefined],
      ['2026-11-10', 'neutral', false, undefined],
    ]);
    expect(view.quotes[0]!.text).toBe(`«${NNBSP}Conseillère très patiente, problème réglé en un appel.${NNBSP}»`);
    expect(view.quotes[0]!.meta).toBe('téléphone · Lyon · 20 nov. 2026');
    expect(view.quotes[1]!.sentimentLabel).toBe('Négatif');
  });

  it('the latest wave’s figures and their change since the previous one', () => {
    // 2026-T2: 70 / 100 = 70 %, eNPS 15, engagement 70; 2026-T1: 60 %, 10, 65. Participation is counted (a rise);
    // eNPS from scores: v = 0.99/60 × 40/99 + 0.9775/70 × 30/99 = 0.010898, z = 0.05 / 0.1044 = 0.48: stable;
    // engagement: v = 0.2275/60 × 40/99 + 0.21/70 × 30/99 = 0.0024411, z = 0.05 / 0.049408 = 1.01: stable.
    expect(view.wave!.figures.map((f) => [f.value, f.change?.text, f.change?.word, f.change?.since])).toEqual([
      [pct(70), `+10${NNBSP}pts`, 'en hausse', 'depuis mars 2026'],
      ['+15', `+5${NNBSP}pts`, 'stable', 'depuis mars 2026'],
      [pct(70), `+5${NNBSP}pts`, 'stable', 'depuis mars 2026'],
    ]);
    // Bases: 70 of 100; eNPS margin 1.96 × √(0.9775/70 × 30/99) = 12.8 → ± 13 pts; engagement 1.96 × √(0.21/70 × 30/99) = 5.9 → ± 6 pts.
    expect(view.wave!.figures.map((f) => f.base)).toEqual([
      `70 répondants sur 100`,
      `70 répondants · marge ±${NBSP}13${NNBSP}pts`,
      `70 répondants · marge ±${NBSP}6${NNBSP}pts`,
    ]);
    // Nothing estimated moved for real: the poster says so above the figures.
    expect(view.wave!.steady).toBe('Stabilité sur tous les indicateurs depuis mars 2026');
  });

  it('the pillars with actions, the done pair first, and the plan’s count', () => {
    // parrainage: 1 milestone of 2 done = 50 %; nouveau-crm: done = 100 %.
    expect(view.pillars.map((p) => [p.id, p.progressText])).toEqual([
      ['onboarding', pct(50)],
      ['tools', pct(100)],
    ]);
    expect(view.pairs.map((p) => p.youSaid)).toEqual([
      `«${NNBSP}Les outils plantent le lundi matin${NNBSP}»`,
      `«${NNBSP}Mon intégration a été trop rapide${NNBSP}»`,
    ]);
    expect(view.planSummary).toBe('1 action terminée sur 2');
    expect(view.qr?.url).toBe('https://intranet.example/miroir/');
  });

  it('darkens an accent too pale for paper, keeps one that is dark enough', () => {
    // #d2532d on white is 4.2:1, enough for marks (3:1): kept.
    expect(view.ink).toBe('#d2532d');
    // #ff8a5c on white is 2.3:1: the poster marks with the nearest darker shade that reaches 3:1.
    const site = readFileSync(path.join(minimal, 'site.yaml'), 'utf8').replace(/accent: "#[0-9a-f]+"/, 'accent: "#ff8a5c"');
    const pale = posterView(loadProject(dataFolder({ 'site.yaml': site }), { MIROIR_TODAY: TODAY }).project!);
    expect(pale.accent).toBe('#ff8a5c');
    expect(contrastRatio(pale.ink, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(pale.ink, '#ffffff')).toBeLessThan(3.1);
  });
});

// Keep the writer of long verbatims honest: 200 rows of exactly 2000 characters.
describe('the long data set', () => {
  it('has 200 verbatims of 2000 characters', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'v.csv'), longVerbatims());
    const rows = readFileSync(path.join(dir, 'v.csv'), 'utf8').trim().split('\n').slice(1);
    expect(rows).toHaveLength(200);
    for (const r of rows) expect(/;"([^"]*)";/.exec(r)![1]).toHaveLength(2000);
  });
});
