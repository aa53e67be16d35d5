import type { APIRoute } from 'astro';
import { publishedData } from '../figures/selections.ts';
import input from 'virtual:miroir/input';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(publishedData(input.project), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
