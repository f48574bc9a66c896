/**
 * Masking keeps offsets: non-prose characters become spaces (newlines stay), so
 * the prose view of a document has the same length as its text and every
 * offset found in the view is an offset into the original.
 */
export class Mask {
  private readonly chars: string[];

  constructor(text: string) {
    this.chars = Array.from({ length: text.length }, (_, i) => text[i] ?? " ");
  }

  /** Blanks [start, end), keeping line breaks. */
  blank(start: number, end: number): void {
    for (let i = Math.max(0, start); i < end && i < this.chars.length; i++) {
      const c = this.chars[i];
      if (c !== "\n" && c !== "\r") this.chars[i] = " ";
    }
  }

  set(i: number, c: string): void {
    if (i >= 0 && i < this.chars.length) this.chars[i] = c;
  }

  toString(): string {
    return this.chars.join("");
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
    const line = m[0].replace(/[\r\n]+$/, "");
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
