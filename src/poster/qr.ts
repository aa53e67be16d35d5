// QR codes drawn at build time as inline SVG: the poster prints them without a network,
// a script or a font. One <path> of unit squares keeps the markup small and the edges
// crisp at any print resolution.
import qrcode from 'qrcode-generator';

export interface QrOptions {
  /** Error correction: M (15 %) survives a crease or a pin through the poster. */
  level?: 'L' | 'M' | 'Q' | 'H';
  /** Quiet zone in modules; the standard asks for 4. */
  margin?: number;
  /** Accessible name of the image (the URL itself is printed beside it). */
  title?: string;
}

/**
 * The bytes to encode. qrcode-generator writes one byte per UTF-16 unit (Latin-1), so a
 * URL is first put in its ASCII form (punycode host, percent-encoded path): phones read
 * it back as the same address.
 */
export function qrPayload(text: string): string {
  try {
    return new URL(text).href;
  } catch {
    return encodeURI(text);
  }
}

/** The module matrix (true = dark), row by row, without the quiet zone. */
export function qrMatrix(text: string, level: QrOptions['level'] = 'M'): boolean[][] {
  const qr = qrcode(0, level);
  qr.addData(qrPayload(text), 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** A scalable `<svg>` (viewBox in modules, no width/height: CSS sizes it). */
export function qrSvg(text: string, opts: QrOptions = {}): string {
  const matrix = qrMatrix(text, opts.level ?? 'M');
  const margin = opts.margin ?? 4;
  const size = matrix.length + 2 * margin;
  let d = '';
  matrix.forEach((row, r) => {
    // Runs of dark modules on a row become one rectangle: about a third of the path.
    for (let c = 0; c < row.length; ) {
      if (!row[c]) {
        c++;
        continue;
      }
      let end = c;
      while (end < row.length && row[end]) end++;
      d += `M${c + margin} ${r + margin}h${end - c}v1h${c - end}z`;
      c = end;
    }
  });
  const title = opts.title ? `<title>${escapeXml(opts.title)}</title>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" shape-rendering="crispEdges">` +
    `${title}<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
  );
}
