/**
 * Inline ignores in Markdown and HTML comments:
 *   <!-- claimcheck-ignore-next-line reason="…" -->
 *   <!-- claimcheck-disable reason="…" --> … <!-- claimcheck-enable -->
 * A reason is required. A directive without one, a disable left open, an
 * enable without a disable, and (later) a directive that suppresses nothing
 * are reported as notices.
 */
import type { Span } from "../model/location.js";

export interface IgnoreRange extends Span {
  readonly reason: string;
  /** Where the directive is written, for "suppresses nothing". */
  readonly directive: Span;
  readonly kind: "next-line" | "block";
}

export interface Notice {
  readonly offset: number;
  readonly message: string;
}

export interface Directives {
  readonly ranges: readonly IgnoreRange[];
  readonly notices: readonly Notice[];
}

// A comment left open runs to the end of the text (where it is no directive), so no text is scanned twice.
const DIRECTIVE = /<!--\s*claimcheck-(ignore-next-line|disable|enable)\b([\s\S]*?)(?:-->|$)/g;
const REASON = /\breason\s*=\s*(?:"([^"]*)"|'([^']*)')/;

export function parseDirectives(text: string): Directives {
  const ranges: IgnoreRange[] = [];
  const notices: Notice[] = [];
  let open: { start: number; reason: string; directive: Span } | null = null;
  for (const m of text.matchAll(DIRECTIVE)) {
    if (!m[0].endsWith("-->")) break;
    const at = m.index;
    const end = at + m[0].length;
    const kind = m[1]!;
    const reason = (REASON.exec(m[2] ?? "")?.[1] ?? REASON.exec(m[2] ?? "")?.[2] ?? "").trim();
    const directive = { start: at, end };
    if (kind === "enable") {
      if (!open) notices.push({ offset: at, message: "claimcheck-enable without a claimcheck-disable before it" });
      else {
        ranges.push({ start: open.start, end: at, reason: open.reason, directive: open.directive, kind: "block" });
        open = null;
      }
      continue;
    }
    if (reason === "") {
      notices.push({ offset: at, message: `claimcheck-${kind} needs a reason: <!-- claimcheck-${kind} reason="why" -->; it is not applied` });
      continue;
    }
    if (kind === "disable") {
      if (open) notices.push({ offset: at, message: "claimcheck-disable inside a disabled region" });
      else open = { start: end, reason, directive };
      continue;
    }
    // The next line that is not blank after the comment.
    const lineEnd = text.indexOf("\n", end);
    let start = lineEnd < 0 ? text.length : lineEnd + 1;
    while (start < text.length) {
      const next = text.indexOf("\n", start);
      const line = text.slice(start, next < 0 ? text.length : next);
      if (line.trim() !== "") break;
      start = next < 0 ? text.length : next + 1;
    }
    const next = text.indexOf("\n", start);
    ranges.push({ start, end: next < 0 ? text.length : next, reason, directive, kind: "next-line" });
  }
  if (open) notices.push({ offset: open.directive.start, message: "claimcheck-disable is never closed by claimcheck-enable: it runs to the end of the file" });
  if (open) ranges.push({ start: open.start, end: text.length, reason: open.reason, directive: open.directive, kind: "block" });
  return { ranges, notices };
}
