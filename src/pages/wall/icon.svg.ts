// /wall/icon.svg: the tab and bookmark icon when site.yaml has no logo (a kiosk
// browser asks for one; a missing icon would be a 404 in its console every day).
import type { APIRoute } from 'astro';
import input from 'virtual:miroir/input';
import { wallColours } from '../../wall/view/theme.ts';

export const GET: APIRoute = () => {
  const { accent } = wallColours(input.project.site.brand);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="${accent}"/><path d="M9 22V10l7 8 7-8v12" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>\n`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
