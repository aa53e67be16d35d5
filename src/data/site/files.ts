// The files site.yaml points at: the brand's logo must be in the data folder (the one
// path rule of sources/safe-path.ts) and be an SVG or a PNG by its content; the
// poster's address must fit in a QR code.
import path from 'node:path';
import type { Diagnostics, Position } from '../diagnostics.ts';
import { imageKind } from '../sources/image-kind.ts';
import { readInData, refusedPath } from '../sources/safe-path.ts';
import type { YamlSource } from '../sources/yaml.ts';

/** Checks `brand.logo` (already free of `..` and absolute paths): read once, only when inside the data folder. */
export function checkLogo(dataDir: string, src: YamlSource, rel: string, at: Position, diags: Diagnostics): void {
  const params = { field: 'logo', found: rel };
  if (!/\.(svg|png)$/i.test(rel)) {
    diags.error(src.file, at, 'site.logo_format', params);
    return;
  }
  const read = readInData(dataDir, path.resolve(dataDir, rel));
  if (!read.ok) {
    diags.error(src.file, at, refusedPath(read.reason), params);
    return;
  }
  const wanted = /\.png$/i.test(rel) ? 'PNG' : 'SVG';
  if (imageKind(read.bytes) !== wanted) diags.error(src.file, at, 'site.logo_content', { found: rel, kind: wanted });
}

/**
 * What a QR code holds at most (version 40, error correction M, bytes): a longer
 * `poster.url` cannot be drawn at all. The address is counted as the QR code gets it,
 * in its ASCII form (poster/qr.ts).
 */
export const QR_MAX_BYTES = 2331;

export function fitsQr(url: URL): boolean {
  return url.href.length <= QR_MAX_BYTES;
}
