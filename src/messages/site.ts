// Messages about site data. Codes are prefixed 'site.'.
import { defineMessages } from './define.ts';

export const siteMessages = defineMessages({});
