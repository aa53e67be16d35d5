// npm run kiosk -- SCREEN_ID [--url SITE_URL] [--out DIR]: writes the Raspberry Pi kit
// of one screen (src/kiosk/kit.ts) into DIR (default kiosk/<id>/). The data is checked
// first: a screen's hours must be right before a TV is switched by them. Nothing is
// written on any error.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataDirFromEnv, loadProject } from '../project/load.ts';
import { suggest } from '../data/sources/text.ts';
import { screensOf } from '../figures/selections.ts';
import { kioskKit } from '../kiosk/kit.ts';
import { KIOSK_WORDS } from '../words/field.ts';
import { guard } from './guard.ts';
import { countLine, formatLines } from './report.ts';

/** The screen's address: SITE_URL + `wall/` (+ `<id>/` for a screen of `screens`). */
export function screenUrl(siteUrl: string, id: string): string {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return new URL(id === 'default' ? 'wall/' : `wall/${encodeURIComponent(id)}/`, base).href;
}

guard(() => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { url: { type: 'string' }, out: { type: 'string' } } });
  const { project, diagnostics, locale } = loadProject(dataDirFromEnv());
  const say = KIOSK_WORDS[locale];
  if (!project) {
    for (const line of formatLines(diagnostics, locale, 'text')) process.stdout.write(`${line}\n`);
    process.stderr.write(`${countLine(diagnostics, locale)}\n`);
    return 1;
  }
  const id = positionals[0];
  if (!id || positionals.length > 1) {
    process.stderr.write(`${say.usage}\n`);
    return 2;
  }
  const screens = screensOf(project);
  const screen = screens.find((s) => s.id === id);
  if (!screen) {
    process.stderr.write(`miroir: ${say.unknownScreen(id, screens.map((s) => s.id).join(', '), suggest(id, screens.map((s) => s.id)))}\n`);
    return 1;
  }
  const posterOrigin = project.site.poster.url ? new URL(project.site.poster.url).origin : undefined;
  const site = values.url ?? posterOrigin;
  if (!site) {
    process.stderr.write(`miroir: ${say.noUrl}\n`);
    return 1;
  }
  let parsed: URL | undefined;
  try {
    parsed = new URL(site);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) {
    process.stderr.write(`miroir: ${say.badUrl(site)}\n`);
    return 1;
  }
  const url = screenUrl(parsed.href, id);
  const out = path.resolve(values.out ?? path.join('kiosk', id));
  const files = kioskKit({ screen, timezone: project.site.timezone, url });
  mkdirSync(out, { recursive: true });
  for (const f of files) {
    const file = path.join(out, f.name);
    writeFileSync(file, f.text);
    chmodSync(file, f.executable ? 0o755 : 0o644);
  }
  if (!screen.hours) process.stderr.write(`${say.noHours}\n`);
  process.stderr.write(`${say.written(files.length, path.relative(process.cwd(), out) || '.', url)}\n`);
  return 0;
});
