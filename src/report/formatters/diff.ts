/**
 * `--format diff`: a unified diff that `git apply` and `patch -p1` accept, in
 * which every contradicted claim the base can correct is rewritten in place
 * (src/fix/corrections.ts). Each hunk header names the verdict, the entry, the
 * rule and the entry's first source. Built from the report alone: the text is
 * in the report, no file is read again.
 */
import { structuredPatch } from "diff";
import type { Report, ReportFile } from "../model.js";
import { applyEdits, correctionsFor } from "../../fix/corrections.js";
import type { Edit } from "../../fix/corrections.js";
import { LineIndex } from "../../load/text.js";

/** A path as git writes it in a patch header: quoted, with C escapes, when it has special characters. */
function patchPath(prefix: string, path: string): string {
  const p = `${prefix}/${path}`;
  if (!/[\s"\\\u0000-\u001f\u007f]/.test(p) && /^[\x20-\x7e]*$/.test(p)) return p;
  const bytes = new TextEncoder().encode(p);
  let out = '"';
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    if (c === '"' || c === "\\") out += `\\${c}`;
    else if (b === 9) out += "\\t";
    else if (b === 10) out += "\\n";
    else if (b < 0x20 || b >= 0x7f) out += `\\${b.toString(8).padStart(3, "0")}`;
    else out += c;
  }
  return `${out}"`;
}

function headerOf(edits: readonly Edit[]): string {
  return edits
    .map((e) => {
      const f = e.finding;
      const source = f.entry?.sources[0];
      return `${f.verdict} ${f.entry?.id ?? "-"} ${f.rule}${source ? ` (${source.title}${source.url ? ` ${source.url}` : ""})` : ""}`;
    })
    .join(" | ")
    .replace(/[\r\n]+/g, " ");
}

export function fileEdits(file: ReportFile): Edit[] {
  const findings = file.items.filter((i) => i.finding && !i.suppressed).map((i) => i.finding!);
  return correctionsFor(findings, file.doc.text);
}

function filePatch(file: ReportFile): string {
  const edits = fileEdits(file);
  if (edits.length === 0) return "";
  const bom = file.doc.hasBom ? "\uFEFF" : "";
  const oldText = bom + file.doc.text;
  const newText = bom + applyEdits(file.doc.text, edits);
  const patch = structuredPatch(file.doc.path, file.doc.path, oldText, newText, undefined, undefined, { context: 3 });
  const lines = new LineIndex(file.doc.text);
  const out = [`--- ${patchPath("a", file.doc.path)}`, `+++ ${patchPath("b", file.doc.path)}`];
  for (const h of patch.hunks) {
    const inHunk = edits.filter((e) => {
      const line = lines.position(e.start).line;
      return line >= h.oldStart && line < h.oldStart + Math.max(1, h.oldLines);
    });
    const range = (start: number, count: number) => (count === 1 ? `${start}` : `${count === 0 ? start : start},${count}`);
    out.push(`@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@ ${headerOf(inHunk)}`);
    out.push(...h.lines);
  }
  return `${out.join("\n")}\n`;
}

export function formatDiff(report: Report): string {
  return report.files.map(filePatch).join("");
}
