// Messages about actions data. Codes are prefixed 'actions.'.
import { defineMessages } from './define.ts';

export const actionMessages = defineMessages({});
