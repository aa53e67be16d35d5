// Browser code of /admin/: Decap's preview pane shows an edited action as the wall's
// « vous avez dit / nous avons fait » pair and a verbatim as the wall's card, with the
// wall's own stylesheets (registered as preview styles); then it starts Decap, whose
// built bundle only registers `DecapCmsApp` (React comes from react.js, see
// react-globals.ts). The words come from the catalogue through the build
// (`MIROIR_PREVIEW`, see src/commands/build/admin.ts). The verbatims export's upload
// widget and the date fields' are registered here too (export-upload.ts, date-field.ts).
import { registerDateField, type DateReact, type DateWords } from './date-field.ts';
import { registerExportUpload, type ReactLike, type UploadCms, type UploadWords } from './export-upload.ts';

interface PreviewWords {
  youSaid: string;
  weDid: string;
  featured: string;
  status: Record<string, string>;
  sentiment: Record<string, string>;
  styles: string[];
  upload: UploadWords;
  /** The upload's widget name, and the folders uploads go to (the data folder, barometer/). */
  exportWidget: string;
  uploadFolders: string[];
  /** The date fields' widget name and words (date-field.ts). */
  dateWidget: string;
  date: DateWords;
}

type Props = Record<string, unknown>;
type H = (tag: string, props: Props | null, ...children: unknown[]) => unknown;
/** Decap hands the entry as an Immutable.js map: `getIn` reads a path, `toJS` the rest. */
interface Entry {
  getIn(path: string[]): { toJS?: () => unknown } | undefined;
}
interface Cms extends UploadCms {
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(name: string, component: (props: { entry: Entry }) => unknown): void;
  /** Reads config.yml next to the page and renders the editor. */
  init(): void;
}

declare const MIROIR_PREVIEW: PreviewWords;
const w = window as unknown as { DecapCmsApp: Cms; React: ReactLike };
const CMS = w.DecapCmsApp;
const h: H = w.React.createElement;
const words = MIROIR_PREVIEW;

function list<T>(entry: Entry, key: string): T[] {
  const v = entry.getIn(['data', key]);
  const js = v && typeof v.toJS === 'function' ? v.toJS() : v;
  return Array.isArray(js) ? (js as T[]) : [];
}

interface ActionItem {
  title?: string;
  status?: string;
  progress?: number;
  you_said?: string;
  we_did?: string;
}

function actionCard(a: ActionItem): unknown {
  const status = a.status ?? 'planned';
  const line = [words.status[status] ?? status, typeof a.progress === 'number' ? `${a.progress} %` : ''].filter(Boolean).join(' · ');
  return h(
    'article',
    { className: `pair pair-${status}`, 'data-preview': 'action' },
    h('p', { className: 'pair-title' }, a.title ?? ''),
    h('div', { className: 'pair-said' }, h('p', { className: 'pair-label' }, words.youSaid), h('p', { className: 'pair-text' }, a.you_said ? `« ${a.you_said} »` : '—')),
    h('div', { className: 'pair-did' }, h('p', { className: 'pair-label' }, words.weDid), h('p', { className: 'pair-text' }, a.we_did ?? '—')),
    h('p', { className: `pair-status status-${status}` }, h('span', null, line)),
  );
}

interface VerbatimItem {
  date?: string;
  text?: string;
  sentiment?: string;
  site?: string;
  author?: string;
  featured?: boolean;
}

function verbatimCard(v: VerbatimItem): unknown {
  const sentiment = v.sentiment ?? 'neutral';
  const where = [v.author, v.site].filter(Boolean).join(' · ');
  return h(
    'figure',
    { className: 'quote', 'data-sentiment': sentiment, 'data-preview': 'verbatim' },
    h('blockquote', { className: 'quote-text' }, h('p', null, v.text ?? '')),
    h(
      'figcaption',
      { className: 'quote-meta' },
      h('span', { className: 'sentiment' }, words.sentiment[sentiment] ?? sentiment),
      where ? h('span', { className: 'quote-where' }, where) : null,
      v.featured ? h('span', { className: 'featured' }, words.featured) : null,
    ),
  );
}

for (const href of words.styles) CMS.registerPreviewStyle(href);

CMS.registerPreviewTemplate('actions', ({ entry }) =>
  h('div', { className: 'slide slide-actions preview' }, h('div', { className: 'pairs' }, ...list<ActionItem>(entry, 'actions').map(actionCard))),
);

// The latest verbatims are at the end of the list the form adds to: show them first.
CMS.registerPreviewTemplate('verbatims', ({ entry }) =>
  h('div', { className: 'slide slide-verbatims preview' }, h('div', { className: 'quotes' }, ...list<VerbatimItem>(entry, 'verbatims').reverse().slice(0, 6).map(verbatimCard))),
);

// A folded list item's line is written from stored values (`· in_progress`): show the
// locale's word instead, as the status list does.
const STATUS_AT_END = new RegExp(` · (${Object.keys(words.status).join('|')})$`);
function wordStatuses(): void {
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const m = STATUS_AT_END.exec(n.nodeValue ?? '');
    if (m) n.nodeValue = `${n.nodeValue!.slice(0, m.index)} · ${words.status[m[1]!]}`;
  }
}
new MutationObserver(wordStatuses).observe(document.body, { subtree: true, childList: true, characterData: true });

registerExportUpload(CMS, w.React, words.upload, words.exportWidget, words.uploadFolders);
registerDateField(CMS, w.React as unknown as DateReact, words.date, words.dateWidget);

CMS.init();
