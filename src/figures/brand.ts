// URLs of built assets, under Astro's base (MIROIR_BASE, for a sub-path host such as GitHub Pages).
import path from 'node:path';
import type { Project } from '../model.ts';

export function url(rel: string): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${rel.replace(/^\//, '')}`;
}

/** The logo's URL in dist/ (scripts/build.ts copies it there), or undefined. */
export function logoUrl(project: Project): string | undefined {
  const logo = project.site.brand.logo;
  return logo ? url(`brand/${path.basename(logo)}`) : undefined;
}
