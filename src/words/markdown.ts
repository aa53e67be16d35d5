// Text from the data or the catalogue, made inert in Markdown (job summaries and the
// guides render it): no emphasis, link, HTML or table cell break by accident.

export function markdownText(s: string): string {
  // Not \s: it would also flatten the no-break spaces of French typography.
  return s
    .replace(/[ \t\r\n\f\v]+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}
