// /wall/theme.css: the brand's accent and the theme's background (see lib/wall-theme.ts).
import type { APIRoute } from 'astro';
import { getBuildContext } from '../../lib/project.ts';
import { wallThemeCss } from '../../lib/wall-theme.ts';

export const GET: APIRoute = () =>
  new Response(wallThemeCss(getBuildContext().project.site.brand), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
