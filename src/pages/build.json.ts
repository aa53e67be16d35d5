import type { APIRoute } from 'astro';
import input from 'virtual:miroir/input';

export const GET: APIRoute = () => {
  const { buildId, generatedAt } = input;
  return new Response(`${JSON.stringify({ id: buildId, generated_at: generatedAt })}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
