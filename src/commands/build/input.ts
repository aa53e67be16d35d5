// How the build hands its input to the pages: an Astro integration that serves the
// module `virtual:miroir/input`, reading a JSON file the build wrote just before.
// Pages import it and pass what they need down as props, so a component only ever
// sees what it is given. The file is read when the prerendered pages load, not
// bundled: 100,000 verbatims cost a JSON parse, not a trip through the bundler.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { BuildInput } from '../../model.ts';
import { projectPieces } from './project-json.ts';

const ID = 'virtual:miroir/input';
const RESOLVED = `\0${ID}`;

/**
 * Writes JSON.stringify(input) to `file`, the project field by field, and returns the
 * build id that `idOf` makes of the same pieces (build-id.ts), which goes in after them.
 */
export function writeBuildInput(file: string, input: Omit<BuildInput, 'buildId'>, idOf: (pieces: Iterable<string>) => string): string {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, '{"project":');
    const buildId = idOf(projectPieces(input.project, (text) => writeSync(fd, text)));
    writeSync(fd, `,"buildId":${JSON.stringify(buildId)},"generatedAt":${JSON.stringify(input.generatedAt)}}`);
    return buildId;
  } finally {
    closeSync(fd);
  }
}

export function buildInputIntegration(file: string): AstroIntegration {
  return {
    name: 'miroir:build-input',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'miroir:build-input',
                resolveId: (id: string) => (id === ID ? RESOLVED : undefined),
                load: (id: string) =>
                  id === RESOLVED
                    ? `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`
                    : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
