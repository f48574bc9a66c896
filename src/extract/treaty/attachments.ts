/**
 * What is attached to a treaty's name: a year or date before it ("the 1994
 * Budapest Memorandum", "the November 2020 ceasefire"), right after it ("of
 * 1991", "(1991)", "of 21 December 1991"), or in a signing clause ("signed in
 * Minsk on 12 February 2015").
 */
import type { Span } from "../../model/location.js";
import { formatIso } from "../../lib/isodate.js";
import type { Token } from "../text/tokens.js";
import { isCapitalized } from "../text/tokens.js";
import { MONTHS } from "../vocabulary.js";

/** Small words inside a place's name: "Rio de Janeiro", "Dar es Salaam". */
const NAME_PARTICLES = new Set(["de", "da", "do", "del", "des", "du", "di", "la", "le", "el", "al", "es", "van", "von"]);

/** Nouns of a kind of place before "of" and its name: "the town of Halvik". */
const PLACE_KINDS = new Set(["town", "city", "village", "port", "capital", "resort", "region", "province", "district", "island", "enclave", "municipality", "commune", "oblast", "county", "state"]);

export interface Attachment {
  readonly year: number | null;
  readonly date: string | null;
  readonly span: Span;
}

export interface AfterName {
  readonly parties: readonly string[];
  readonly year: number | null;
  readonly date: string | null;
  readonly place: string | null;
  /** The attachment written right after the name, which belongs to the claim's text. */
  readonly adjacent: Span | null;
  readonly dateSpan: Span | null;
  /** The verb of the signing clause after the name ("signed", "agreed"), when there is one. */
  readonly verb: string | null;
}

const SIGNING_VERBS = new Set(["signed", "concluded", "agreed", "adopted", "reached", "brokered", "sealed", "struck", "initialled", "initialed", "ratified"]);

function yearOf(t: Token | undefined): number | null {
  if (!t || t.kind !== "num" || !/^\d{4}$/.test(t.text)) return null;
  const y = Number(t.text);
  return y >= 1000 && y <= 2100 ? y : null;
}

function dayOf(t: Token | undefined): number | null {
  if (!t || t.kind !== "num" || !/^\d{1,2}$/.test(t.text)) return null;
  const d = Number(t.text);
  return d >= 1 && d <= 31 ? d : null;
}

function monthOf(t: Token | undefined): number | null {
  return t && t.kind === "word" && isCapitalized(t) ? (MONTHS[t.lower] ?? null) : null;
}

/** A date at token k: "21 December 1991", "December 21, 1991", "December 1991", "1991". */
export function dateAt(tokens: readonly Token[], k: number): { year: number; date: string | null; last: number } | null {
  let j = k;
  const d1 = dayOf(tokens[j]);
  if (d1 !== null) {
    let m = j + 1;
    if (tokens[m]?.lower === "of") m++;
    const mo = monthOf(tokens[m]);
    let y = m + 1;
    if (tokens[y]?.text === ",") y++;
    const yr = yearOf(tokens[y]);
    if (mo !== null && yr !== null) return { year: yr, date: formatIso({ year: yr, month: mo, day: d1 }), last: y };
    return null;
  }
  const mo = monthOf(tokens[j]);
  if (mo !== null) {
    j++;
    if (tokens[j]?.text === ".") j++;
    const d = dayOf(tokens[j]);
    if (d !== null) {
      let y = j + 1;
      if (tokens[y]?.text === ",") y++;
      const yr = yearOf(tokens[y]);
      return yr !== null ? { year: yr, date: formatIso({ year: yr, month: mo, day: d }), last: y } : null;
    }
    const yr = yearOf(tokens[j]);
    return yr !== null ? { year: yr, date: formatIso({ year: yr, month: mo, day: null }), last: j } : null;
  }
  const yr = yearOf(tokens[j]);
  return yr !== null ? { year: yr, date: null, last: j } : null;
}

/** The year (or month and year) written before the name, from token `from` to the name's first token. */
export function attachmentBefore(tokens: readonly Token[], from: number, nameFirst: number): Attachment | null {
  const d = dateAt(tokens, from);
  if (!d || d.last >= nameFirst) return null;
  return { year: d.year, date: d.date, span: { start: tokens[from]!.start, end: tokens[d.last]!.end } };
}

export function attachmentsAfter(tokens: readonly Token[], k: number): AfterName {
  let year: number | null = null;
  let date: string | null = null;
  let place: string | null = null;
  let adjacent: Span | null = null;
  let dateSpan: Span | null = null;
  let verb: string | null = null;
  // Right after the name: "of 1991", "of 21 December 1991", "(1991)".
  if (tokens[k]?.lower === "of") {
    const d = dateAt(tokens, k + 1);
    if (d) {
      year = d.year;
      date = d.date;
      adjacent = { start: tokens[k]!.start, end: tokens[d.last]!.end };
      dateSpan = { start: tokens[k + 1]!.start, end: tokens[d.last]!.end };
    }
  } else if (tokens[k]?.text === "(") {
    const d = dateAt(tokens, k + 1);
    if (d && tokens[d.last + 1]?.text === ")") {
      year = d.year;
      date = d.date;
      adjacent = { start: tokens[k]!.start, end: tokens[d.last + 1]!.end };
      dateSpan = { start: tokens[k + 1]!.start, end: tokens[d.last]!.end };
    }
  }
  // Parties: "between Armenia and Azerbaijan".
  let j = adjacent ? tokens.findIndex((t) => t.start >= adjacent!.end) : k;
  const parties: string[] = [];
  if (j >= 0 && tokens[j]?.lower === "between") {
    const found = namesList(tokens, j + 1);
    parties.push(...found.names);
    j = found.next;
  }
  if (j < 0) return { parties, year, date, place, adjacent, dateSpan, verb };
  if (tokens[j]?.text === ",") {
    j++;
    // An apposition before the signing clause: "the Selm Accord, a gas transit deal signed in Selm in 2019".
    if (["a", "an", "the"].includes(tokens[j]?.lower ?? "")) {
      for (let q = j + 2; q <= j + 7 && tokens[q]?.kind === "word"; q++) {
        if (SIGNING_VERBS.has(tokens[q]!.lower)) {
          j = q;
          break;
        }
      }
    }
  }
  if (["which", "that"].includes(tokens[j]?.lower ?? "")) j++;
  if (["was", "were", "had", "been", "is"].includes(tokens[j]?.lower ?? "")) j++;
  if (tokens[j]?.lower === "been") j++;
  if (tokens[j]?.lower === "opened" && tokens[j + 1]?.lower === "for" && tokens[j + 2]?.lower === "signature") j += 2; // "opened for signature on 1 July 1968"
  else if (!SIGNING_VERBS.has(tokens[j]?.lower ?? "")) return { parties, year, date, place, adjacent, dateSpan, verb };
  verb = tokens[j]!.lower;
  j++;
  // "signed by Russia and Ukraine in Minsk": the signatories (states or people) are parties, not the place.
  if (tokens[j]?.lower === "by") {
    const found = namesList(tokens, j + 1);
    if (parties.length === 0) parties.push(...found.names);
    j = found.next;
  }
  let placeAt = false;
  for (let steps = 0; steps < 3; steps++) {
    const prep = tokens[j]?.lower;
    if (prep !== "in" && prep !== "on" && prep !== "at") break;
    const d = dateAt(tokens, j + 1);
    if (d) {
      if (year === null) {
        year = d.year;
        date = d.date;
        dateSpan = { start: tokens[j + 1]!.start, end: tokens[d.last]!.end };
      }
      j = d.last + 1;
      continue;
    }
    if (prep === "in" || prep === "at") {
      let p = j + 1;
      // "in the Domiri town of Halvik", "in the town of Halvik": the place is the name after the place noun.
      let q = tokens[p]?.lower === "the" ? p + 1 : p;
      while (isCapitalized(tokens[q]) && q < p + 4) q++;
      if (PLACE_KINDS.has(tokens[q]?.lower ?? "") && tokens[q + 1]?.lower === "of" && isCapitalized(tokens[q + 2])) p = q + 2;
      if (tokens[p]?.lower === "the" && isCapitalized(tokens[p + 1])) p++; // "in the Hall of Mirrors"
      const words: string[] = [];
      while (
        (isCapitalized(tokens[p]) && !(tokens[p]!.lower in MONTHS)) ||
        ((tokens[p]?.text === "-" || tokens[p]?.text === "–") && !tokens[p]!.spaced && isCapitalized(tokens[p + 1])) ||
        ((tokens[p]?.lower === "of" || NAME_PARTICLES.has(tokens[p]?.text ?? "")) && words.length > 0 && isCapitalized(tokens[p + 1]))
      ) {
        words.push(tokens[p]!.text);
        p++;
      }
      // "at the Earth Summit in Rio de Janeiro": the venue gives way to the town it is in.
      if (words.length > 0 && (place === null || (placeAt && prep === "in"))) {
        place = words.join(" ").replace(/ ([-–]) /g, "$1");
        placeAt = prep === "at";
        j = p;
        continue;
      }
    }
    break;
  }
  return { parties, year, date, place, adjacent, dateSpan, verb };
}

/** "Armenia and Azerbaijan", "Russia, Ukraine and Belarus", "Ronald Reagan and Mikhail Gorbachev": names joined by commas and "and". */
function namesList(tokens: readonly Token[], k: number): { names: string[]; next: number } {
  const names: string[] = [];
  let p = k;
  if (tokens[p]?.lower === "the") p++;
  let current: string[] = [];
  for (; p < tokens.length; p++) {
    const t = tokens[p]!;
    if (isCapitalized(t) && !(t.lower in MONTHS)) current.push(t.text);
    else if ((t.text === "-" || t.text === "–") && !t.spaced && current.length > 0) current.push(t.text);
    else if ((t.lower === "and" || t.text === ",") && current.length > 0) {
      names.push(current.join(" ").replace(/ ([-–]) /g, "$1"));
      current = [];
      if (tokens[p + 1]?.lower === "the") p++;
    } else break;
  }
  if (current.length > 0) names.push(current.join(" ").replace(/ ([-–]) /g, "$1"));
  return { names, next: p };
}
