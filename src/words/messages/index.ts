// The message catalogue: every sentence miroir can say about the data, in each
// locale. docs/ pages are generated from it, so it is the single source of truth.
import { commonMessages } from './common.ts';
import { siteMessages } from './site.ts';
import { verbatimMessages } from './verbatims.ts';
import { barometerMessages } from './barometer.ts';
import { figureMessages } from './figures.ts';
import { actionMessages } from './actions.ts';
import { fileMessages } from './files.ts';
import { announcementMessages } from './announcements.ts';
import { workbookMessages } from './workbooks.ts';
import { sentence, type Locale, type MessageDef, type MessageParams } from './define.ts';

export type { Locale, MessageDef, MessageParams } from './define.ts';

export const catalogue = {
  ...commonMessages,
  ...siteMessages,
  ...verbatimMessages,
  ...barometerMessages,
  ...figureMessages,
  ...actionMessages,
  ...fileMessages,
  ...announcementMessages,
  ...workbookMessages,
} satisfies Record<string, MessageDef>;

export type MessageCode = keyof typeof catalogue;

export function message(code: MessageCode, params: MessageParams, locale: Locale): string {
  return sentence(catalogue[code], params, locale);
}
