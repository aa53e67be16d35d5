// How the build hands its input to the pages: an Astro integration that serves the
// module `virtual:miroir/input`, reading a JSON file the build wrote just before.
// Pages import it and pass what they need down as props, so a component only ever
// sees what it is given. The file is read when the prerendered pages load, not
// bundled: 100,000 verbatims cost a JSON parse, not a trip through the bundler.
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { BuildInput } from '../../model.ts';

const ID = 'virtual:miroir/input';
const RESOLVED = `\0${ID}`;

export function writeBuildInput(file: string, input: BuildInput): void {
  writeFileSync(file, JSON.stringify(input));
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
