import type { APIRoute } from 'astro';
import { publishedData } from '../data/publish.ts';
import { getBuildContext } from '../lib/project.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(publishedData(getBuildContext().project), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
