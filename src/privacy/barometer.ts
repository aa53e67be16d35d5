// The privacy rules on barometer waves read from barometer.yaml (data/barometer/read.ts),
// applied by the load step: small waves
// out whole, small segments out (and the next smallest when subtraction would give them
// away), figures resting on too few answers out, each with a warning that carries no
// figure; then highlights that would name what was withheld.
import type { Diagnostics } from '../data/diagnostics.ts';
import type { Draft } from '../data/barometer/draft.ts';
import type { Segment, Wave } from '../model.ts';
import { roundHalfAway } from '../data/rounding.ts';
import { highlightMentions, splitSegments, waveWithheld } from './suppression.ts';
import { thinFigures, withoutFigures } from './figures.ts';
import { figureSubject } from '../words/changes.ts';
import { normalizeWord } from '../data/sources/text.ts';
import type { YamlSource } from '../data/sources/yaml.ts';

export interface Published {
  waves: Wave[];
  withheld_waves: number;
}

export function publish(
  drafts: Draft[],
  min: number,
  src: YamlSource,
  diags: Diagnostics,
  dimensionLabel: (id: string) => string,
): Published {
  let withheldWaves = 0;
  const kept: { draft: Draft; published: Segment[]; withheld: Set<string> }[] = [];
  const published = new Set<string>();
  const withheldAnywhere = new Map<string, string>();
  for (const draft of drafts) {
    if (waveWithheld(draft.wave.respondents, min)) {
      withheldWaves++;
      diags.warning(src.file, src.locate(['waves', draft.index]), 'barometer.wave.withheld', { id: draft.wave.id, min });
      for (const { segment } of draft.segments) withheldAnywhere.set(normalizeWord(segment.name), segment.name);
      continue;
    }
    const split = splitSegments(
      draft.segments.map((s) => s.segment),
      min,
    );
    const withheld = new Set<string>();
    for (const { segment, index, reason } of split.withheld) {
      withheld.add(segment.name);
      withheldAnywhere.set(normalizeWord(segment.name), segment.name);
      const at = draft.segments[index]!.at;
      if (reason === 'threshold') diags.warning(src.file, at, 'barometer.segment.withheld', { name: segment.name, wave: draft.wave.id, min });
      else diags.warning(src.file, at, 'barometer.segment.withheld_secondary', { name: segment.name, wave: draft.wave.id });
    }
    const segments = split.published.map((segment) => {
      published.add(normalizeWord(segment.name));
      const thin = thinFigures(segment, min);
      const at = draft.segments.find((s) => s.segment === segment)!.at;
      for (const figure of thin) {
        diags.warning(src.file, at, 'barometer.segment.figure_withheld', {
          ...figureSubject(figure, dimensionLabel),
          name: segment.name,
          wave: draft.wave.id,
          min,
        });
      }
      return withoutFigures(segment, thin);
    });
    const thin = thinFigures(draft.wave, min);
    for (const figure of thin) {
      diags.warning(src.file, draft.figureAt(figure), 'barometer.figure.withheld', { ...figureSubject(figure, dimensionLabel), wave: draft.wave.id, min });
    }
    kept.push({ draft: { ...draft, wave: withoutFigures(draft.wave, thin) }, published: segments, withheld });
  }
  // A name published in some wave is on the wall anyway; one never published must not
  // reach it through a highlight, nor may a highlight speak of a segment withheld in
  // its own wave (its sentence may carry the withheld figures).
  const neverPublished = [...withheldAnywhere].filter(([key]) => !published.has(key)).map(([, name]) => name);
  const waves = kept.map(({ draft, published: segments, withheld }): Wave => {
    const mentions = highlightMentions(
      draft.highlights.map((h) => h.text),
      [...new Set([...withheld, ...neverPublished])],
    );
    const highlights: string[] = [];
    draft.highlights.forEach((h, k) => {
      const name = mentions[k];
      if (name === undefined) highlights.push(h.text);
      else diags.warning(src.file, h.at, 'barometer.highlight.names_withheld', { name });
    });
    return {
      ...draft.wave,
      participation: roundHalfAway((100 * draft.wave.respondents) / draft.wave.invited),
      segments,
      withheld_segments: draft.segments.length - segments.length,
      highlights,
    };
  });
  return { waves, withheld_waves: withheldWaves };
}
