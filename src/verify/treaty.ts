/** Treaties against a `kind: treaty` entry: a stated year or date with `date`, a stated place with `place`. */
import type { Entry } from "../model/base.js";
import type { TreatyClaim } from "../model/claim.js";
import { nameKeys } from "../link/normalize.js";
import { compareDates } from "./date.js";
import type { CountOutcome as Outcome } from "./count.js";

export function placeMatches(stated: string, entry: Entry): boolean {
  const s = nameKeys(stated).map(nationStem).join(" ");
  const candidates = [entry.place ?? "", entry.name, ...entry.aliases].map((p) => ` ${nameKeys(p).map(nationStem).join(" ")} `);
  return candidates.some((c) => c.includes(` ${s} `));
}

/** A place word without a people ending, so that a country and its people's form agree ("Domiri" ~ "Domir", "Polish" ~ "Poland"). */
function nationStem(word: string): string {
  const stem = word.replace(/(?:ian|an|ese|ish|i|n|land|ia|y)$/, "").replace(/(?<![aeiouy])[aeiouy]+$/, "");
  return stem.length >= 4 ? stem : word;
}

export function verifyTreaty(claim: TreatyClaim, entry: Entry): Outcome {
  const { year, date, place } = claim.value;
  const expected: Record<string, unknown> = { name: entry.name };
  if (entry.date) expected["date"] = entry.date;
  if (entry.place) expected["place"] = entry.place;
  if (entry.kind !== "treaty") {
    return { verdict: "unverified", rule: "fact.missing", message: `the entry named is an event, not an agreement`, expected: null };
  }
  const checks: Array<{ ok: boolean | null; text: string; rule: string }> = [];
  // A year in the name and a date of the signing are both stated of the agreement: each is compared
  // ("the 2022 trilateral statement signed … on Nov. 9, 2020" is false in its year).
  const stated: Array<{ text: string; rule: string }> = [];
  if (date) stated.push({ text: date, rule: "treaty.date" });
  if (year !== null && year !== undefined && !(date && date.startsWith(String(year)))) stated.push({ text: String(year), rule: "treaty.year" });
  for (const { text: statedDate, rule } of stated) {
    if (entry.date === null) checks.push({ ok: null, text: `the entry has no signing date to compare ${statedDate} with`, rule: "fact.missing" });
    else {
      const c = compareDates(statedDate, null, entry.date);
      if (c.result === "incomparable") checks.push({ ok: null, text: c.why, rule });
      else checks.push({ ok: c.result === "agree", text: `${c.result === "agree" ? "signed" : "stated"} ${statedDate}${c.result === "agree" ? " agrees with" : ", but signed"} ${entry.date}`, rule });
    }
  }
  if (place) {
    if (entry.place === null) checks.push({ ok: null, text: `the entry has no place to compare "${place}" with`, rule: "fact.missing" });
    else {
      const ok = placeMatches(place, entry);
      checks.push({ ok, text: ok ? `place ${place} agrees with ${entry.place}` : `stated place ${place}, but ${entry.place}`, rule: "treaty.place" });
    }
  }
  const parties = claim.value.parties ?? [];
  if (parties.length > 0 && entry.parties.length > 0) {
    const known = entry.parties.map((p) => ` ${nameKeys(p).join(" ")} `);
    const missing = parties.filter((p) => !known.some((k) => k.includes(` ${nameKeys(p).join(" ")} `)));
    // A party the entry does not list may be a person who signed for a state: noted, never a contradiction.
    checks.push(missing.length === 0 ? { ok: true, text: `parties ${parties.join(", ")} are among the entry's`, rule: "treaty.parties" } : { ok: null, text: `${missing.join(", ")} not among the entry's parties`, rule: "treaty.parties" });
  }
  if (checks.length === 0) {
    return { verdict: "supported", rule: "treaty.name", message: `names ${entry.name}; no year, date or place stated`, expected };
  }
  const bad = checks.find((c) => c.ok === false);
  if (bad) return { verdict: "contradicted", rule: bad.rule, message: checks.filter((c) => c.ok === false).map((c) => c.text).join("; "), expected };
  const good = checks.filter((c) => c.ok === true);
  if (good.length === 0) {
    const first = checks[0]!;
    return { verdict: "unverified", rule: first.rule, message: first.text, expected };
  }
  return { verdict: "supported", rule: good[0]!.rule, message: good.map((c) => c.text).join("; "), expected };
}
