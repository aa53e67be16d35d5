// The characters French typography (and miroir's numbers) rely on, named once.
/** No-break space: before `:` in French, between a number and its unit. */
export const NBSP = '\u00a0';
/** Narrow no-break space: before `; ! ?` and inside « guillemets » in French. */
export const NNBSP = '\u202f';
/** The minus sign of a signed number (U+2212), not a hyphen. */
export const MINUS = '\u2212';
