/**
 * WikiWars (Mazur & Dale 2010): 22 Wikipedia articles on wars with TIMEX2
 * gold. Only gold values that are calendar dates (YYYY, YYYY-MM, YYYY-MM-DD)
 * are date claims in claimcheck's sense; durations, references (PAST_REF),
 * times, seasons and decades are left out. The `dct` column is a download date,
 * not a publication date, so the articles are read without one.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../../index.js";
import { mentionsOfClaims } from "../claims.js";
import type { Mention } from "../score.js";

const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export function loadWikiwars(dir: string): { docs: number; system: Mention[]; gold: Mention[] } {
  const rows = readFileSync(join(dir, "gold.tsv"), "utf8").split("\n").slice(1).filter((l) => l.trim() !== "");
  const gold: Mention[] = [];
  const docs = new Set<string>();
  for (const row of rows) {
    const [doc, , , , value, , start, end, text] = row.split("\t");
    if (!doc || value === undefined) continue;
    docs.add(doc);
    if (!CALENDAR.test(value)) continue;
    gold.push({ doc, start: Number(start), end: Number(end), text: text ?? "", value: { value }, yearWritten: /\b\d{4}\b/.test(text ?? "") });
  }
  const system: Mention[] = [];
  for (const doc of [...docs].sort()) {
    const text = readFileSync(join(dir, "text", `${doc}.txt`), "utf8");
    const [file] = extract([{ path: `${doc}.txt`, text, published: null, format: "text" }]);
    system.push(...mentionsOfClaims(doc, file?.claims ?? [], "date"));
  }
  return { docs: docs.size, system, gold };
}
