// Messages about verbatims data. Codes are prefixed 'verbatims.'.
import { defineMessages } from './define.ts';

export const verbatimMessages = defineMessages({});
