/**
 * --fix: the corrections of each file written in place (or, for stdin, the
 * corrected text returned), and each fixed file checked again, so the report
 * and the exit status tell what remains. Every fix and every refusal is a line
 * on stderr.
 */
import type { ArticleDocument } from "../model/document.js";
import type { ReportFile } from "../report/index.js";
import { fileEdits } from "../report/formatters/diff.js";
import { applyEdits } from "../fix/corrections.js";
import { writeFixed } from "../fix/write.js";
import { LineIndex } from "../load/text.js";
import { loadArticle } from "../load/article.js";
import { printable } from "../report/sanitize.js";
import type { Io } from "./io.js";
import type { ReadDocument } from "./read.js";

export function applyFixes(io: Io, read: readonly ReadDocument[], files: readonly ReportFile[], recheck: (doc: ArticleDocument) => ReportFile): { files: ReportFile[]; stdinText: string | null } {
  let stdinText: string | null = null;
  const byPath = new Map(read.map((r) => [r.doc.path, r]));
  const out = files.map((file) => {
    const source = byPath.get(file.doc.path)!;
    const bom = file.doc.hasBom ? "\uFEFF" : "";
    const edits = fileEdits(file);
    const text = applyEdits(file.doc.text, edits);
    if (source.input.abs === null) stdinText = bom + text;
    if (edits.length === 0) return file;
    if (source.input.abs !== null) {
      const written = writeFixed(source.input.abs, source.bytes, text, file.doc.hasBom === true);
      if (!written.ok) {
        io.stderr.write(`claimcheck: ${file.doc.path}: not fixed: ${written.reason}\n`);
        return file;
      }
    }
    const lines = new LineIndex(file.doc.text);
    for (const e of edits) {
      const at = lines.position(e.start);
      io.stderr.write(`claimcheck: fixed ${file.doc.path}:${at.line}:${at.column}: "${printable(file.doc.text.slice(e.start, e.end))}" → "${printable(e.replacement)}" (${e.finding.entry?.id ?? ""})\n`);
    }
    // Checked again from the corrected text, so every offset and paragraph is that of the new file.
    const reloaded = loadArticle(file.doc.path, text, { published: file.doc.published, format: file.doc.format });
    return recheck({ ...reloaded, publishedFrom: file.doc.publishedFrom, hasBom: file.doc.hasBom === true });
  });
  return { files: out, stdinText };
}
