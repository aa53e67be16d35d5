// Browser code of /admin/: the verbatims export's upload (the `miroir-export` widget of the
// Verbatims form, see exportField in src/editor/admin-config.ts).
//
// Why this way. Decap's media library commits an upload at once to the published branch,
// outside any pull request (decaporg/decap-cms#5061). A widget's `onPersistMedia`, called
// while an entry is being edited in the editorial workflow, does not: it adds the file to the
// entry's draft files, which the save commits into the entry's own branch — the pull request
// of the form (decap-cms-core: persistMedia with `editingDraft`, then getMediaAssets in
// persistEntry). The file goes as bytes (base64), so an .xlsx or a Windows-1252 CSV arrives
// as the tool wrote it, with the GitHub backend and decap-server alike.
//
// One trap remains: Decap lists an entry's media folders (here the data folder, and
// barometer/ for a wave's respondent file) when it loads the entry, and an upload named
// like a listed file makes it ask (in English) to replace it, then delete the old one at
// once on the published branch — screens would lose their verbatims, or a wave its
// respondents, before any review. So those folders' listings are left empty for the entry
// (hideUploadFolders): the only files Decap then knows there are the draft's own, and
// replacing one of those is local to the draft. The global media library (« Médias »,
// which asks for no folder) still lists barometer/.

type H = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/** What the widget says, from src/words/admin.ts (EXPORT_WORDS) through the build. */
export interface UploadWords {
  choose: string;
  attached: string;
  refused: string;
  otherKind: string;
}

/** Decap hands fields and entries as Immutable.js maps. */
interface ImmutableMap {
  get(key: string): unknown;
  toJS?(): unknown;
}

interface Props {
  forID: string;
  classNameWrapper: string;
  field: ImmutableMap;
  onPersistMedia(file: File, opts: { field: ImmutableMap }): Promise<unknown>;
  getEntry?(): ImmutableMap | undefined;
  setActiveStyle(): void;
  setInactiveStyle(): void;
}

interface State {
  said?: string;
  warning?: string;
  error?: string;
}

export interface ReactLike {
  createElement: H;
  Component: new (props: Props) => { props: Props; state: State; setState(s: State): void };
}

export interface UploadCms {
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  getBackend(name: string): { init: (...args: unknown[]) => Record<string, unknown> } | undefined;
}

/** Decap's own buttons' look (a light one, as its list's « Ajouter »). */
const BUTTON = { display: 'inline-block', padding: '6px 14px', borderRadius: '5px', background: '#dfdfe3', color: '#313d3e', fontWeight: 700, fontSize: '14px', cursor: 'pointer' };

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
const trimSlashes = (p: string) => p.replace(/^\/+|\/+$/g, '');

/** The export's stored name for a chosen file: its kind by its extension, or undefined. */
export function storedName(fileName: string): string | undefined {
  const ext = /\.(csv|xlsx)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  return ext ? `verbatims.${ext}` : undefined;
}

/** Paths of the entry's files (its draft files, loaded from the branch or added here). */
function draftPaths(entry: ImmutableMap | undefined): string[] {
  const files = (entry?.get('mediaFiles') as ImmutableMap | undefined)?.toJS?.();
  return Array.isArray(files) ? files.filter((f: { draft?: boolean }) => f.draft).map((f: { path: string }) => f.path) : [];
}

/**
 * Leaves the listing of `folders` empty when an entry asks for them, in the backends the
 * page may use (see above). Decap asks for each media folder of an entry by name when it
 * loads it; its global media library asks with no folder, and is answered as before.
 */
export function hideUploadFolders(cms: UploadCms, folders: readonly string[]): void {
  const hidden = new Set(folders.map(trimSlashes));
  for (const name of ['github', 'proxy']) {
    const backend = cms.getBackend(name);
    if (!backend) continue;
    const init = backend.init;
    backend.init = (...args: unknown[]) => {
      const impl = init(...args);
      const getMedia = impl.getMedia as ((folder?: string, ...rest: unknown[]) => Promise<unknown[]>) | undefined;
      if (getMedia) impl.getMedia = (f?: string, ...rest: unknown[]) => (f !== undefined && hidden.has(trimSlashes(f)) ? Promise.resolve([]) : getMedia.call(impl, f, ...rest));
      return impl;
    };
  }
}

/**
 * Registers the widget and hides the upload folders' listings (the data folder and
 * barometer/), before Decap starts.
 */
export function registerExportUpload(cms: UploadCms, React: ReactLike, words: UploadWords, widget: string, uploadFolders: readonly string[]): void {
  const h = React.createElement;
  hideUploadFolders(cms, uploadFolders);

  class ExportControl extends React.Component {
    constructor(props: Props) {
      super(props);
      this.state = {};
    }

    onFile = async (event: { target: { files?: FileList | null; value: string } }) => {
      const file = event.target.files?.[0];
      if (!file) return;
      const stored = storedName(file.name);
      if (!stored) {
        this.setState({ error: fill(words.refused, { name: file.name }) });
        event.target.value = '';
        return;
      }
      // A verbatims.* Decap knows is one of the draft's own (hideUploadFolders): replacing it
      // stays in the draft, so its English « already exists » question is answered here.
      const ask = window.confirm;
      window.confirm = () => true;
      try {
        await this.props.onPersistMedia(new File([file], stored, { type: file.type }), { field: this.props.field });
      } finally {
        window.confirm = ask;
      }
      const folder = trimSlashes(String(this.props.field.get('media_folder') ?? ''));
      const other = stored.endsWith('.csv') ? 'verbatims.xlsx' : 'verbatims.csv';
      const present = this.props.field.get('current') === other || draftPaths(this.props.getEntry?.()).includes(folder ? `${folder}/${other}` : other);
      this.setState({ said: fill(words.attached, { name: file.name, stored }), ...(present ? { warning: fill(words.otherKind, { other }) } : { warning: undefined }), error: undefined });
    };

    render() {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      const { said, warning, error } = this.state;
      return h(
        'div',
        { className: classNameWrapper, style: { position: 'relative' }, 'data-upload': 'verbatims-export' },
        // The browser's own file button speaks the browser's language, not the site's: it
        // is hidden (still focusable) behind a button in the site's words.
        h('input', {
          id: forID,
          type: 'file',
          accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          onChange: this.onFile,
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
          style: { position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden' },
        }),
        h('label', { htmlFor: forID, style: BUTTON }, words.choose),
        said ? h('p', { role: 'status' }, said) : null,
        warning ? h('p', { role: 'alert' }, warning) : null,
        error ? h('p', { role: 'alert' }, error) : null,
      );
    }
  }

  // The preview pane shows the wall's cards; the export itself has no preview.
  cms.registerWidget(widget, ExportControl, () => null);
}
