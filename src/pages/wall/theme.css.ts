// /wall/theme.css: the brand's accent and the theme's background (see src/wall/view/theme.ts).
import type { APIRoute } from 'astro';
import input from 'virtual:miroir/input';
import { wallThemeCss } from '../../wall/view/theme.ts';

export const GET: APIRoute = () =>
  new Response(wallThemeCss(input.project.site.brand), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
