// `wall:` and `screens:` of site.yaml, apart from the rest because they are read as one
// thing: each screen is a URL of its own (/wall/<id>/) that inherits every wall key it
// does not set. The keys themselves (slides, hours, days…) are read by wall.ts.
import { z } from 'zod';
import { SLIDES, type Screen, type WallSettings } from '../../model.ts';
import { blankAsAbsent, slugId } from '../common-schemas.ts';
import type { Diagnostics } from '../diagnostics.ts';
import type { YamlSource } from '../sources/yaml.ts';
import { report, text } from '../validate.ts';
import { days, heartbeat, hours, slides, slideSeconds, type SlideRotation } from './wall.ts';

const screenId = () => slugId().transform((v, ctx): string => (v === 'default' ? report(ctx, 'site.screen_reserved', { found: v }) : v));

const wallKeys = {
  slides: slides().optional(),
  hours: blankAsAbsent(hours()),
  days: blankAsAbsent(days()),
  heartbeat: heartbeat().optional(),
};

export const wallSchema = z.strictObject({ slide_seconds: slideSeconds().default(20), ...wallKeys }).prefault({});

export const screensSchema = z
  .array(
    z.strictObject({
      id: screenId(),
      title: text(),
      site: blankAsAbsent(text()),
      slide_seconds: slideSeconds().optional(),
      ...wallKeys,
    }),
  )
  .nullish();

type ParsedWall = {
  slide_seconds?: number | undefined;
  slides?: SlideRotation | undefined;
  hours?: WallSettings['hours'] | undefined;
  days?: WallSettings['days'] | undefined;
  heartbeat?: WallSettings['heartbeat'] | undefined;
};

/** The wall keys a screen sets, over the ones it inherits; absent keys stay absent. A screen's own `slides` bring their own day-parts. */
function wallSettings(own: ParsedWall, base?: WallSettings): WallSettings {
  const out: WallSettings = { slide_seconds: own.slide_seconds ?? base?.slide_seconds ?? 20, slides: own.slides?.slides ?? base?.slides ?? [...SLIDES] };
  const parts = own.slides ? own.slides.dayparts : base?.dayparts;
  const h = own.hours ?? base?.hours;
  const d = own.days ?? base?.days;
  const beat = own.heartbeat ?? base?.heartbeat;
  if (parts && Object.keys(parts).length > 0) out.dayparts = parts;
  if (h) out.hours = h;
  if (d) out.days = d;
  if (beat) out.heartbeat = beat;
  return out;
}

/** The wall's settings and each screen's, with what each screen inherits filled in. */
export function wallAndScreens(
  wall: z.output<typeof wallSchema>,
  screens: z.output<typeof screensSchema>,
): { wall: WallSettings; screens: Screen[] } {
  const settings = wallSettings(wall);
  return {
    wall: settings,
    screens: (screens ?? []).map((s) => ({
      id: s.id,
      title: s.title,
      ...(s.site ? { site: s.site } : {}),
      ...wallSettings(s, settings),
    })),
  };
}

/** Screen ids become URLs (/wall/<id>/): each must be unique. Read from the raw values so one bad screen does not hide a duplicate. */
export function checkScreenIds(src: YamlSource, diags: Diagnostics): void {
  const list = src.raw(['screens']);
  if (!Array.isArray(list)) return;
  const first = new Map<string, number>();
  list.forEach((_, i) => {
    const raw = src.raw(['screens', i, 'id']);
    if (typeof raw !== 'string' && typeof raw !== 'number') return;
    const id = String(raw).trim();
    const at = src.locate(['screens', i, 'id']);
    const line = first.get(id);
    if (line === undefined) first.set(id, at.line);
    else diags.error(src.file, at, 'id.duplicate', { id, first_line: line });
  });
}
