// `npm run summary`'s command line, apart from the rendering because it is read before
// any data is: its errors speak the terminal's locale, not the site's.
import { COMMAND_WORDS, TERMINAL_LOCALE } from '../../words/commands.ts';

export type SummaryArgs = { old: string; new?: string } | { error: string };

const say = COMMAND_WORDS[TERMINAL_LOCALE].summary;
export const SUMMARY_USAGE = say.usage;

/** `OLD NEW`, `OLD` (NEW = the data folder), or `--base REF [NEW]`. */
export function parseSummaryArgs(argv: readonly string[]): SummaryArgs {
  let base: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--base') {
      base = argv[++i];
      if (base === undefined || base === '') return { error: say.baseNeedsRef };
    } else if (a.startsWith('--base=')) base = a.slice('--base='.length);
    else if (a.startsWith('-')) return { error: say.unknownOption(a) };
    else positional.push(a);
  }
  if (base !== undefined) {
    if (positional.length > 1) return { error: say.baseOneFolder };
    return positional[0] === undefined ? { old: base } : { old: base, new: positional[0] };
  }
  if (positional.length === 0) return { error: say.nothingToCompare };
  if (positional.length > 2) return { error: say.tooMany };
  return positional[1] === undefined ? { old: positional[0]! } : { old: positional[0]!, new: positional[1] };
}
