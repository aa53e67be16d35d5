// data/announcements.yaml: short messages for some or all screens, each between a
// start and an end in the site's local time. Optional: no file is no announcement.
// Each announcement is validated on its own, so one broken entry does not hide the
// problems of the others; the wall decides by its own clock when each one shows.
import { z } from 'zod';
import { blankAsAbsent, slugId } from './common-schemas.ts';
import { parseDate } from './dates.ts';
import { START, type Diagnostics } from './diagnostics.ts';
import { idChecker } from './ids.ts';
import { readYamlFile } from './sources/files.ts';
import { suggest } from './sources/text.ts';
import type { Announcement } from '../model.ts';
import { choice, DATES, report, text, validate } from './validate.ts';
import type { YamlSource } from './sources/yaml.ts';

/** What a passer-by can read in one slide's time, and what a tweet holds. */
export const ANNOUNCEMENT_MAX = 280;

/**
 * `2026-12-20T08:00` (or `20/12/2026 08:00`) → `2026-12-20T08:00`. A date alone starts at
 * 00:00 and, as an end, ends at 24:00: `end: 2026-12-24` keeps the 24th on screen.
 */
export function localStamp(v: unknown, as: 'start' | 'end'): string | undefined {
  const parsed = typeof v === 'string' ? parseDate(v) : undefined;
  if (!parsed) return undefined;
  return `${parsed.date}T${parsed.time ?? (as === 'end' ? '24:00' : '00:00')}`;
}

function when(as: 'start' | 'end') {
  return z
    .unknown()
    .transform((v, ctx): string => localStamp(v, as) ?? report(ctx, 'announcements.datetime'))
    .meta({ type: 'string', pattern: '^(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4})([T ]\\d{1,2}:\\d{2})?$', description: 'YYYY-MM-DDTHH:MM, local time' })
    .register(DATES, { time: true });
}

export function announcementSchema() {
  return z.strictObject({
    id: slugId(),
    title: blankAsAbsent(text({ max: 80 })),
    text: text({ max: ANNOUNCEMENT_MAX }),
    start: when('start'),
    end: when('end'),
    screens: blankAsAbsent(z.array(text())),
    priority: choice(['normal', 'urgent'] as const, { urgente: 'urgent', urgence: 'urgent' }).default('normal'),
  });
}

export const announcementsFileSchema = () => z.strictObject({ announcements: z.array(announcementSchema()).nullish() });

/** `screens` must name screens of site.yaml (or `default`): reported at each unknown one. */
function checkScreens(src: YamlSource, base: readonly PropertyKey[], list: string[], screenIds: readonly string[], diags: Diagnostics): void {
  list.forEach((id, i) => {
    if (screenIds.includes(id)) return;
    diags.error(src.file, src.locate([...base, 'screens', i]), 'announcements.unknown_screen', {
      found: id,
      choices: screenIds.join(', '),
      suggestion: suggest(id, screenIds),
    });
  });
}

/** Reads the file; `screenIds` are `default` and the ids of site.yaml's screens (undefined when site.yaml is broken: not checked then). */
export function loadAnnouncements(dataDir: string, screenIds: readonly string[] | undefined, diags: Diagnostics): Announcement[] {
  const src = readYamlFile(dataDir, 'announcements.yaml', diags);
  // A file of comments only is no announcement, like no file at all.
  if (!src || src.value === null) return [];
  if (typeof src.value !== 'object' || Array.isArray(src.value)) {
    diags.error(src.file, START, 'announcements.not_mapping');
    return [];
  }
  const top = validate(z.strictObject({ announcements: z.array(z.unknown()).nullish() }), src, diags);
  if (!top) return [];
  const schema = announcementSchema();
  const repeated = idChecker(src, diags);
  const out: Announcement[] = [];
  (top.announcements ?? []).forEach((_, i) => {
    const base = ['announcements', i] as const;
    const duplicate = repeated([...base, 'id']);
    const a = validate(schema, src, diags, base);
    if (!a) return;
    let ok = !duplicate;
    if (a.end <= a.start) {
      diags.error(src.file, src.locate([...base, 'end']), 'announcements.end_before_start', { end: a.end, start: a.start });
      ok = false;
    }
    if (a.screens && screenIds) {
      const before = diags.list.length;
      checkScreens(src, base, a.screens, screenIds, diags);
      ok &&= diags.list.length === before;
    }
    if (!ok) return;
    const item: Announcement = { id: a.id, text: a.text, start: a.start, end: a.end, priority: a.priority };
    if (a.title) item.title = a.title;
    if (a.screens) item.screens = [...new Set(a.screens)];
    out.push(item);
  });
  return out;
}

/** The announcements a screen carries (each still shown only between its start and end). */
export function announcementsFor(all: readonly Announcement[], screenId: string): Announcement[] {
  return all.filter((a) => !a.screens || a.screens.includes(screenId));
}
