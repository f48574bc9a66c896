/**
 * Page furniture in plain text and Markdown: "Related coverage" and "Read more"
 * lists, "Share this article", "(Reporting by …; Editing by …)" credits. Their
 * blocks are blanked, so their numbers and dates are never claims.
 */
import type { Span } from "../model/location.js";
import { Mask } from "./mask.js";

/** A block that starts a list of links to other stories: it and the short blocks after it are furniture. */
const LIST_HEADER = /^(?:related(?:\s+(?:coverage|stories|articles|content|news|reading|links))?|read\s+more|more\s+(?:on\s+this\s+story|from|stories)|see\s+also|also\s+read|recommended(?:\s+stories)?|most\s+(?:read|popular)|trending|you\s+may\s+also\s+like|top\s+stories)\b\s*:?/i;
/** A block that is furniture on its own. */
const SINGLE = /^(?:\(?(?:reporting|writing|editing|additional\s+reporting)\s+by\b|share\s+(?:this|on)\b|follow\s+us\b|subscribe\b|sign\s+up\b|click\s+here\b|advertisement\b|©|copyright\b|all\s+rights\s+reserved)/i;
/** Blocks after a list header are furniture while they are short lines (headlines, bullets). */
const SHORT = 160;

export function withoutBoilerplate(view: string, blocks: readonly Span[]): { view: string; blocks: Span[] } {
  const mask = new Mask(view);
  const kept: Span[] = [];
  let inList = false;
  for (const b of blocks) {
    const text = view.slice(b.start, b.end).trim();
    if (LIST_HEADER.test(text) && (text.length < SHORT || /^related/i.test(text))) {
      inList = true;
      mask.blank(b.start, b.end);
      continue;
    }
    if (inList && text.length < SHORT) {
      mask.blank(b.start, b.end);
      continue;
    }
    inList = false;
    if (SINGLE.test(text) && text.length < 300) {
      mask.blank(b.start, b.end);
      continue;
    }
    kept.push(b);
  }
  return { view: mask.toString(), blocks: kept };
}
