// The validated, computed, privacy-safe model that every page and output is built from.
// Produced once per build by load.ts; pages only lay it out.
/** The languages miroir speaks (site.yaml `locale`). */
export type Locale = 'fr' | 'en';
export type SlideId = 'verbatims' | 'barometer' | 'actions' | 'mirror';
export const SLIDES: readonly SlideId[] = ['verbatims', 'barometer', 'actions', 'mirror'];
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Opening hours in local time, minutes since midnight (an end before the start runs overnight). */
export interface OpeningHours {
  start: number;
  end: number;
  text: string;
}

/** When a slide of the rotation shows, inside the screen's own hours (`{ slide, hours, days }`). */
export interface DayPart {
  hours?: OpeningHours;
  days?: Weekday[];
}

export interface WallSettings {
  slide_seconds: number;
  slides: SlideId[];
  /** Slides shown only part of the day or week; the others show whenever the screen is on. */
  dayparts?: Partial<Record<SlideId, DayPart>>;
  /** Opening hours in local time, minutes since midnight; absent = always on. */
  hours?: OpeningHours;
  /** Days the screen is on (every day when absent). */
  days?: Weekday[];
  /** Requested while the screen is on and online, for an uptime monitor. */
  heartbeat?: { url: string; minutes: number };
}

export interface Screen extends WallSettings {
  /** `default` for /wall/, else the id of a `screens` entry (/wall/<id>/). */
  id: string;
  title: string;
  /** Keep only the verbatims and segments of this site. */
  site?: string;
}

export interface SiteConfig {
  organisation: string;
  locale: Locale;
  timezone: string;
  verbatims: {
    count: number;
    max_age_days: number;
    /** Export header → verbatim field; loadSite reads both `field: header` and `header: field`. */
    columns: Record<string, string>;
    /** verbatims.xlsx: the sheet to read (default the first). */
    sheet?: string;
  };
  privacy: { min_respondents: number };
  wall: WallSettings;
  /** Extra screens from site.yaml (the default wall is not in this list). */
  screens: Screen[];
  poster: { size: 'A4' | 'A3'; orientation: 'portrait' | 'landscape'; url?: string };
  brand: {
    /** Path relative to the data folder. */
    logo?: string;
    /** `#rrggbb`. */
    accent: string;
    theme: 'dark' | 'light';
  };
  /** The form editor at /admin/: the data's GitHub repository and the OAuth endpoint Decap logs in through. */
  admin?: { repo: string; branch: string; auth_url: string };
}

export type Sentiment = 'positive' | 'neutral' | 'negative';

export interface Verbatim {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM` when the source had a time. */
  time?: string;
  /** Personal data already masked. */
  text: string;
  sentiment: Sentiment;
  nps?: number;
  stars?: number;
  channel?: string;
  site?: string;
  team?: string;
  theme?: string;
  /** Personal data already masked. */
  author?: string;
  featured: boolean;
}

/**
 * What a published figure rests on, for the verdict of its change (src/figures/changes.ts,
 * the contract's "Changes between waves"). Internal: never written to data.json.
 */
export interface Basis {
  /** Answers behind the figure: respondents who answered at least one of its questions. */
  n: number;
  /** The figure as a share, unrounded, when it was computed from answers (0..1; −1..1 for eNPS/NPS). */
  share?: number;
  /** Shares of promoters and detractors among the answers (eNPS/NPS), when known. */
  promoters?: number;
  detractors?: number;
}

/** The basis of each figure of a wave or a segment; a figure without one rests on the respondents. */
export interface Bases {
  enps?: Basis;
  engagement?: Basis;
  dimensions: Record<string, Basis>;
  customer: { nps?: Basis; csat?: Basis };
}

export interface Segment {
  name: string;
  respondents: number;
  engagement: number | null;
  enps: number | null;
  dimensions: Record<string, number>;
  bases?: Bases;
}

export type Verdict = 'up' | 'down' | 'stable';

/** A figure's change since the previous published wave: the delta of the two published integers and its verdict. */
export interface FigureChange {
  delta: number;
  verdict: Verdict;
}

/** data.json's `changes` of a segment: the figures it shares with the same segment in the previous published wave. */
export interface SegmentChanges {
  enps?: FigureChange;
  engagement?: FigureChange;
  dimensions: Record<string, FigureChange>;
}

/** data.json's `changes` of a wave; participation is counted, not estimated: a delta only. */
export interface WaveChanges extends SegmentChanges {
  participation: { delta: number };
  customer: { nps?: FigureChange; csat?: FigureChange };
}

export interface Wave {
  id: string;
  /** `YYYY-MM-DD`. */
  date: string;
  invited: number;
  respondents: number;
  /** Percent, rounded: round(100 × respondents / invited). */
  participation: number;
  enps: number | null;
  engagement: number | null;
  /** Dimension id → % favourable. */
  dimensions: Record<string, number>;
  /** `nps_n`/`csat_n`: the verbatims' answers behind them, with `customer: auto`. */
  customer: { nps?: number; csat?: number; nps_n?: number; csat_n?: number };
  bases?: Bases;
  /** Published segments only. */
  segments: Segment[];
  /** How many segments were withheld for privacy. */
  withheld_segments: number;
  highlights: string[];
}

export type ActionStatus = 'planned' | 'in_progress' | 'done' | 'blocked';

export interface Action {
  id: string;
  title: string;
  pillar: string;
  status: ActionStatus;
  /** Derived: done = 100, else explicit, else share of milestones done, else 0. */
  progress: number;
  overdue: boolean;
  owner?: string;
  start?: string;
  due?: string;
  you_said?: string;
  we_did?: string;
  milestones: { title: string; done: boolean; date?: string }[];
}

export interface Pillar {
  id: string;
  label: string;
  /** Mean progress of its actions, rounded half away from zero; null with no action. */
  progress: number | null;
}

export interface Project {
  site: SiteConfig;
  /** Absolute path of the data folder. */
  dataDir: string;
  /** `YYYY-MM-DD`, in the site's timezone (MIROIR_TODAY overrides). */
  today: string;
  /** Every valid verbatim, masked, latest first. */
  verbatims: Verbatim[];
  /** Dimension ids and labels, in order. */
  dimensions: { id: string; label: string }[];
  /** Published waves, oldest first (waves under the privacy threshold are left out). */
  waves: Wave[];
  /** How many whole waves were withheld. */
  withheld_waves: number;
  actions: Action[];
  pillars: Pillar[];
  /** data/announcements.yaml, in file order; each screen shows those meant for it, by its own clock. */
  announcements: Announcement[];
}

/** A short message for some or all screens, between two local times of the site's timezone. */
export interface Announcement {
  id: string;
  title?: string;
  text: string;
  /** `YYYY-MM-DDTHH:MM`, local time; strings of this form compare in time order. */
  start: string;
  /** `YYYY-MM-DDTHH:MM`, local time, after start (a date alone ends at 24:00 that day). */
  end: string;
  /** Screen ids (`default` for /wall/); absent = every screen. */
  screens?: string[];
  priority: 'normal' | 'urgent';
}

/** What one build renders: the project and the build's identity. The build command hands
 * it to the pages explicitly (src/commands/build/input.ts), never through a global. */
export interface BuildInput {
  project: Project;
  /** Changes whenever the data or the code change (src/commands/build/build-id.ts). */
  buildId: string;
  generatedAt: string;
}
