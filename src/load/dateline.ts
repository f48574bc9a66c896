/**
 * The publication date written at the top of an article when there is no
 * metadata: a header line that is only a date ("Tuesday, July 23, 2013",
 * "Published: 23 July 2013"), or a dateline ("VIENNA, 27 July 2000 –",
 * "KYIV, March 10, 2023 (Reuters) -").
 */
import type { Span } from "../model/location.js";
import { writtenDateAt } from "../lib/written-date.js";

const LABEL = /^(?:published|posted|updated|date|first published)\s*(?:on)?\s*:?\s*/i;
/** A dateline's place: capitalised words ("VIENNA", "NEW YORK", "Kyiv, Ukraine"), then a comma. */
const PLACE = /^[\p{Lu}][\p{L}.'’ -]{1,40}(?:,\s*[\p{Lu}][\p{L}.'’ -]{1,30})?,\s*/u;

export function datelineDate(view: string, blocks: readonly Span[]): string | null {
  for (const block of blocks.slice(0, 4)) {
    const head = view.slice(block.start, Math.min(block.end, block.start + 160)).trim();
    const line = head.split(/\r?\n/)[0] ?? "";
    const unlabelled = line.replace(LABEL, "");
    const whole = writtenDateAt(unlabelled);
    if (whole && unlabelled.slice(whole.length).replace(/^[\s,.|–—-]*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\w{2,4})?\s*)?$/i, "") === "") {
      return whole.iso;
    }
    const place = PLACE.exec(line);
    if (place) {
      const d = writtenDateAt(line.slice(place[0].length));
      if (d) return d.iso;
    }
  }
  return null;
}
