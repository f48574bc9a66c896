/**
 * Checks of a valid base that go beyond its format (`claimcheck base lint`):
 * names shared by two entries, sources without a URL, measures that look like
 * typos or plurals, revisions out of order (an error), and entries dated after
 * their own sources.
 */
import type { Entry } from "../../model/base.js";
import type { Problem } from "../../model/errors.js";
import { CANONICAL_MEASURES } from "../../model/claim.js";
import { editDistance } from "../../lib/distance.js";
import { firstDay, parseIso, parseIsoInterval } from "../../lib/isodate.js";
import { writtenDateAt } from "../../lib/written-date.js";
import { singular } from "../../lib/words.js";
import { nameKeys } from "../../link/normalize.js";
import { MEASURE_SYNONYMS } from "../../model/measures.js";


const at = (e: Entry, line: number, message: string, severity: Problem["severity"]): Problem => ({ file: e.file, line, column: 1, message, severity });

/** `nameKeysOf` gives the keys of an entry's name and aliases, in that order, when they are known already. */
export function lintEntries(entries: readonly Entry[], nameKeysOf: (e: Entry) => readonly string[] = (e) => [e.name, ...e.aliases].map((p) => nameKeys(p).join(" "))): Problem[] {
  const problems: Problem[] = [];
  // A base names few measures many times over: each is judged once.
  const measureMessages = new Map<string, string | null>();
  const names = new Map<string, { entry: Entry; phrase: string }>();
  for (const e of entries) {
    const seen = new Set<string>();
    const keys = nameKeysOf(e);
    for (const [i, phrase] of [e.name, ...e.aliases].entries()) {
      const key = keys[i]!;
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      const other = names.get(key);
      if (other && other.entry !== e) {
        problems.push(at(e, e.line, `"${phrase}" also names ${other.entry.id} (${other.entry.file}:${other.entry.line}): claims naming it are told apart only by a stated year, place or context`, "warning"));
      } else names.set(key, { entry: e, phrase });
    }
    e.sources.forEach((s) => {
      if (!s.url) problems.push(at(e, e.line, `entry "${e.id}": source "${s.title}" has no url`, "warning"));
    });
    for (const [measure, figures] of e.counts) {
      const line = figures[0]?.line ?? e.line;
      let message = measureMessages.get(measure);
      if (message === undefined) measureMessages.set(measure, (message = measureMessage(measure)));
      if (message !== null) problems.push(at(e, line, message, "warning"));
      for (let i = 1; i < figures.length; i++) {
        const a = figures[i - 1]!.asOf ? parseIso(figures[i - 1]!.asOf!) : null;
        const b = figures[i]!.asOf ? parseIso(figures[i]!.asOf!) : null;
        if (a && b && firstDay(b) < firstDay(a)) {
          problems.push(at(e, figures[i]!.line, `counts.${measure}: revisions must be oldest first (${figures[i]!.asOf} comes after ${figures[i - 1]!.asOf})`, "error"));
        }
      }
    }
    const sourceDay = latestSourceDay(e);
    const interval = e.date ? parseIsoInterval(e.date) : null;
    if (sourceDay && interval && firstDay(interval.from) > sourceDay.day) {
      problems.push(at(e, e.line, `entry "${e.id}" is dated ${e.date}, after its source of ${sourceDay.iso}`, "warning"));
    }
  }
  return problems;
}

/** What is wrong with a measure's name, or null: a synonym of a canonical measure, a typo of one, a plural. */
function measureMessage(measure: string): string | null {
  const synonym = MEASURE_SYNONYMS[measure];
  if (synonym) return `measure "${measure}": claims are measured as "${synonym}"`;
  if ((CANONICAL_MEASURES as readonly string[]).includes(measure)) return null;
  // One letter off ("kiled"), or two letters swapped ("wonuded"); not another word ("missile").
  const sorted = (w: string) => [...w].sort().join("");
  const near = CANONICAL_MEASURES.find((c) => editDistance(c, measure) <= 1 || (editDistance(c, measure) === 2 && sorted(c) === sorted(measure)));
  if (near) return `measure "${measure}" looks like a typo of "${near}"`;
  const last = measure.split(" ").at(-1) ?? measure;
  return singular(last) !== last ? `measure "${measure}" should be singular ("${measure.slice(0, -last.length)}${singular(last)}")` : null;
}

/** The latest date written in a source's title or URL ("statement, 2022-09-15", ".../2022/10/07/..."). */
function latestSourceDay(e: Entry): { day: number; iso: string } | null {
  let best: { day: number; iso: string } | null = null;
  for (const s of e.sources) {
    const found: string[] = [];
    for (const m of s.title.matchAll(/\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}/g)) {
      const d = writtenDateAt(m[0]);
      if (d) found.push(d.iso);
    }
    const u = s.url ? /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//.exec(s.url) : null;
    if (u) found.push(`${u[1]}-${u[2]}-${u[3]}`);
    for (const iso of found) {
      const p = parseIso(iso);
      if (p && (best === null || firstDay(p) > best.day)) best = { day: firstDay(p), iso };
    }
  }
  return best;
}
