// The floor of `check`: the same files read and parsed by papaparse and yaml alone, with
// no validation, in a process of its own (`node bench/floor.ts DATA_DIR`). check's time on
// the large set is held to a multiple of this (bench/report.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { parseDocument } from 'yaml';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node bench/floor.ts DATA_DIR\n');
  process.exit(2);
}
let rows = 0;
const csv = (file: string): void => {
  const text = new TextDecoder('utf-8').decode(readFileSync(file));
  // Row by row, as check reads it, keeping nothing.
  Papa.parse<string[]>(text, { delimiter: ';', step: () => void rows++ });
};
for (const name of readdirSync(dir)) {
  const file = path.join(dir, name);
  if (name.endsWith('.csv')) csv(file);
  else if (name.endsWith('.yaml')) parseDocument(readFileSync(file, 'utf8'));
}
for (const name of readdirSync(path.join(dir, 'barometer'))) csv(path.join(dir, 'barometer', name));
process.stdout.write(`${rows} rows\n`);
