// `node bench/rss-wrapper.ts USAGE_FILE SCRIPT ...ARGS`: runs SCRIPT in this process
// and, as the process exits, writes process.resourceUsage() (maxRSS among others) to
// USAGE_FILE. Used by measure.ts on machines without GNU time.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [usageFile, script, ...args] = process.argv.slice(2);
if (!usageFile || !script) {
  process.stderr.write('usage: node bench/rss-wrapper.ts USAGE_FILE SCRIPT [ARGS...]\n');
  process.exit(2);
}
process.on('exit', () => writeFileSync(usageFile, JSON.stringify(process.resourceUsage())));
// The script reads its own arguments from process.argv as if it had been run directly.
process.argv = [process.argv[0]!, path.resolve(script), ...args];
await import(pathToFileURL(path.resolve(script)).href);
