import type { APIRoute } from 'astro';
import { getBuildContext } from '../lib/project.ts';

export const GET: APIRoute = () => {
  const { buildId, generatedAt } = getBuildContext();
  return new Response(`${JSON.stringify({ id: buildId, generated_at: generatedAt })}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
