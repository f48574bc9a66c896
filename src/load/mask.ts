/**
 * Masking keeps offsets: non-prose characters become spaces (newlines stay), so
 * the prose view of a document has the same length as its text and every
 * offset found in the view is an offset into the original.
 */
// Code units in, the same code units out: no BOM handling (lone surrogates: see toString).
const utf16 = new TextDecoder("utf-16le", { ignoreBOM: true });

export class Mask {
  /** The text's UTF-16 code units, blanked in place. */
  private readonly units: Uint16Array;

  constructor(text: string) {
    this.units = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) this.units[i] = text.charCodeAt(i);
  }

  /** Blanks [start, end), keeping line breaks. */
  blank(start: number, end: number): void {
    const stop = Math.min(end, this.units.length);
    for (let i = Math.max(0, start); i < stop; i++) {
      const c = this.units[i];
      if (c !== 0x0a && c !== 0x0d) this.units[i] = 0x20;
    }
  }

  /** Sets one code unit (`c` is one UTF-16 unit long). */
  set(i: number, c: string): void {
    if (i >= 0 && i < this.units.length) this.units[i] = c.charCodeAt(0);
  }

  toString(): string {
    const s = utf16.decode(this.units);
    if (!s.includes("\uFFFD")) return s;
    // The decoder turns a lone surrogate into U+FFFD: keep every unit as it was.
    let out = "";
    for (let i = 0; i < this.units.length; i += 4096) out += String.fromCharCode(...this.units.subarray(i, i + 4096));
    return out;
  }
}

/** Front matter: a `---` line at the very top, closed by a `---` or `...` line. */
export function frontMatterEnd(text: string): number {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return 0;
  return open[0].length + m.index + m[0].length;
}

/** Paragraph blocks of a view: runs of non-blank lines; lines flagged as block starts begin a new block. */
export function blocksOf(view: string, startsBlock?: (lineStart: number, line: string) => boolean): Array<{ start: number; end: number }> {
  const blocks: Array<{ start: number; end: number }> = [];
  let cur: { start: number; end: number } | null = null;
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(view)) !== null && m[0] !== "") {
    const lineStart = m.index;
    const line = m[0].replace(/(?<![\r\n])[\r\n]+$/, "");
    const contentStart = lineStart + (line.length - line.trimStart().length);
    const contentEnd = lineStart + line.trimEnd().length;
    if (line.trim() === "") {
      if (cur) blocks.push(cur);
      cur = null;
    } else {
      if (cur && startsBlock?.(lineStart, line)) {
        blocks.push(cur);
        cur = null;
      }
      if (cur) cur.end = contentEnd;
      else cur = { start: contentStart, end: contentEnd };
    }
  }
  if (cur) blocks.push(cur);
  return blocks;
}
