// Vitest's global setup: every temporary folder of a test run (the tests' own, those of
// the commands they spawn) goes into one folder made for the run and removed at its end.
// Workers start after this runs, so they inherit the variables it sets.
import { useRunTempDir } from '../../src/commands/run-temp.ts';

export default function setup(): () => void {
  return useRunTempDir('miroir-vitest-').remove;
}
