/**
 * Text from articles and bases shown on a terminal: control characters, escape
 * sequences and bidi overrides are made visible instead of being obeyed.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/\r?\n|\r|\t/g, " ");
}

/**
 * A whole report shown on a terminal line by line (a diff): the same characters
 * made visible, newlines and tabs kept. Only for display: a patch written to a
 * file or a pipe keeps the article's bytes, or it would not apply.
 */
export function printableLines(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
