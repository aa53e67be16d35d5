// What an image file is by its content, not its name: a logo named logo.svg that holds
// a page of HTML, a key or a JPEG must not be published as the brand's image.

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** `<?xml …?>`, comments, a doctype and white space may come before an SVG's root element. */
const PROLOGUE = /^(?:\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[^\]]*\])?\s*>)*/i;

export function imageKind(bytes: Uint8Array): 'PNG' | 'SVG' | undefined {
  if (bytes.length >= PNG.length && PNG.every((b, i) => bytes[i] === b)) return 'PNG';
  // The root element is near the start: 64 KB leaves room for a long licence comment.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 65_536));
  } catch {
    // Cut in the middle of a character at the 64 KB mark, or not UTF-8 at all.
    text = new TextDecoder('utf-8').decode(bytes.subarray(0, 65_536));
    if (text.slice(0, -1).includes('\uFFFD')) return undefined;
  }
  const rest = text.replace(/^\uFEFF/, '').replace(PROLOGUE, '');
  return /^<svg[\s>/]/.test(rest) ? 'SVG' : undefined;
}
