// Messages about barometer data. Codes are prefixed 'barometer.'.
import { defineMessages } from './define.ts';

export const barometerMessages = defineMessages({});
