// Workbooks written part by part, as Excel lays them out (shared strings with rich-text
// runs, inline strings, date styles, the 1904 date system, a table), so the reader is
// tested on the XML real exports hold, not only on what SheetJS itself writes. Also the
// zip tricks hostile files play (a bomb, lying sizes).
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer | string;
  /** Deflate (default) or store. */
  store?: boolean;
  /** A size to declare instead of the real one (a zip bomb lies). */
  declaredSize?: number;
  /** `data` is already deflated (its CRC is then left 0: readers that stop early never check it). */
  deflated?: boolean;
}

/** A zip record of `length` bytes: its signature, then `[offset, value, bytes (2 or 4)]` fields. */
function header(length: number, signature: number, fields: [number, number, number?][]): Buffer {
  const b = Buffer.alloc(length);
  b.writeUInt32LE(signature, 0);
  for (const [at, value, bytes] of fields) {
    if (bytes === 4) b.writeUInt32LE(value >>> 0, at);
    else b.writeUInt16LE(value, at);
  }
  return b;
}

/** A zip archive of `entries`. */
export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
    const body = e.store || e.deflated ? raw : deflateRawSync(raw);
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? raw.length;
    const crc = e.deflated ? 0 : crc32(raw);
    const method = e.store && !e.deflated ? 0 : 8;
    // The local header and the central directory's entry hold the same fields at other offsets.
    const local = header(30, 0x04034b50, [[4, 20], [6, 0x0800], [8, method], [14, crc, 4], [18, body.length, 4], [22, size, 4], [26, name.length]]);
    locals.push(local, name, body);
    const central = header(46, 0x02014b50, [[4, 20], [6, 20], [8, 0x0800], [10, method], [16, crc, 4], [20, body.length, 4], [24, size, 4], [28, name.length], [42, offset, 4]]);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = header(22, 0x06054b50, [[8, entries.length], [10, entries.length], [12, dir.length, 4], [16, offset, 4]]);
  return Buffer.concat([...locals, dir, end]);
}

/** A cell: text (shared string), `{ inline }`, `{ rich: [runs] }`, a number, `{ date: serial }` (styled as a date), or null (no cell). */
export type Cell = string | number | null | { inline: string } | { rich: string[] } | { date: number } | { bool: boolean };

export interface SheetSpec {
  name: string;
  /** Rows from row 1; `null` rows are absent from the XML. */
  rows: (Cell[] | null)[];
  /** Column of the first cell of each row (0 = A): a table placed at B3 starts at 1. */
  firstColumn?: number;
  /** An Excel table over the rows (its header row first). */
  table?: string;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const letters = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : letters(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));

/** The .xlsx bytes of `sheets`, laid out as Excel writes them. */
export function workbook(sheets: SheetSpec[], opts: { date1904?: boolean } = {}): Buffer {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const shared = (xml: string): number => {
    let i = index.get(xml);
    if (i === undefined) {
      i = strings.length;
      strings.push(xml);
      index.set(xml, i);
    }
    return i;
  };
  const entries: ZipEntry[] = [];
  const sheetXml = sheets.map((s, n) => {
    const first = s.firstColumn ?? 0;
    let width = 0;
    const rows = s.rows
      .map((row, r) => {
        if (!row) return '';
        width = Math.max(width, row.length);
        const cells = row
          .map((c, i) => {
            const ref = `${letters(first + i)}${r + 1}`;
            if (c === null) return '';
            if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
            if (typeof c === 'string') return `<c r="${ref}" t="s"><v>${shared(`<t xml:space="preserve">${esc(c)}</t>`)}</v></c>`;
            if ('inline' in c) return `<c r="${ref}" t="inlineStr"><is><t>${esc(c.inline)}</t></is></c>`;
            if ('rich' in c) return `<c r="${ref}" t="s"><v>${shared(c.rich.map((t, k) => `<r>${k % 2 ? '<rPr><b/><sz val="11"/></rPr>' : ''}<t xml:space="preserve">${esc(t)}</t></r>`).join(''))}</v></c>`;
            if ('bool' in c) return `<c r="${ref}" t="b"><v>${c.bool ? 1 : 0}</v></c>`;
            return `<c r="${ref}" s="1"><v>${c.date}</v></c>`;
          })
          .join('');
        return `<row r="${r + 1}">${cells}</row>`;
      })
      .join('');
    const rels: string[] = [];
    if (s.table) {
      const ref = `${letters(first)}1:${letters(first + width - 1)}${s.rows.length}`;
      const headerRow = s.rows.find((r) => r) ?? [];
      const cols = headerRow.map((h, i) => `<tableColumn id="${i + 1}" name="${esc(String(h ?? `Column${i + 1}`))}"/>`).join('');
      entries.push({
        name: `xl/tables/table${n + 1}.xml`,
        data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${n + 1}" name="${s.table}" displayName="${s.table}" ref="${ref}"><autoFilter ref="${ref}"/><tableColumns count="${headerRow.length}">${cols}</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`,
      });
      rels.push(`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table${n + 1}.xml"/>`);
      entries.push({ name: `xl/worksheets/_rels/sheet${n + 1}.xml.rels`, data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>` });
    }
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${rows}</sheetData>${s.table ? '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' : ''}</worksheet>`;
  });
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  entries.push(
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, n) => `<Override PartName="/xl/worksheets/sheet${n + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    },
    { name: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${ns}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${opts.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets.map((s, n) => `<sheet name="${esc(s.name)}" sheetId="${n + 1}" r:id="rId${n + 1}"/>`).join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, n) => `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    },
    // Style 1: numFmt 22, Excel's built-in "m/d/yy h:mm" (shown in the reader's locale).
    { name: 'xl/styles.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${ns}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>` },
    { name: 'xl/sharedStrings.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${ns}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si>${s}</si>`).join('')}</sst>` },
    ...sheetXml.map((data, n) => ({ name: `xl/worksheets/sheet${n + 1}.xml`, data })),
  );
  return zip(entries);
}
