/**
 * Step 3 of count extraction: counts that share a verb or a qualifier.
 * - Coordination: "four soldiers and six militants were killed" — the measure
 *   of the last count (verb after) or of the first (verb before: "killing 12
 *   soldiers and four civilians") is shared, and so is a written qualifier.
 * - Parts: "12 people were killed, including four children" / "among them" —
 *   the part takes the whole's measure and is a subgroup.
 * - Headlines: "4 soldiers among 10 killed" — the part takes the measure of
 *   the count it is among.
 */
import type { Token } from "../text/tokens.js";
import type { CountedPhrase } from "./counted.js";
import { partitiveSetAt } from "./counted.js";
import { IDENTIFIER_NOUNS, MAGNITUDES, MEASUREMENT_UNITS, NP_STOP } from "../vocabulary.js";
import { isPluralNoun } from "../text/nouns.js";
import { isNumberWord } from "../numbers.js";
import { singular } from "../../lib/words.js";

const CASUALTY = new Set(["killed", "wounded", "missing", "displaced", "arrested", "evacuated"]);
const PART_MARKERS: readonly (readonly string[])[] = [["including"], ["among", "them"], ["among", "whom"], ["of", "whom"], ["of", "them"], ["among", "those"], ["among", "the", "dead"], ["among", "the", "victims"], ["mostly"], ["mainly"]];

export interface Shared {
  readonly phrase: CountedPhrase;
  readonly measure: string | null;
  /** Where the measure came from, after sharing. */
  readonly source: CountedPhrase["source"];
  readonly qualifierFrom: CountedPhrase | null;
  readonly subgroup: boolean;
  readonly note: string | null;
  /** The counted noun understood from an earlier count, for a bare number ("fewer than 20" → "countries"). */
  readonly elliptic?: string;
  /** The figure a change started from ("up from 3,726"). */
  readonly baseline?: boolean;
}

export function shareMeasures(tokens: readonly Token[], phrases: readonly CountedPhrase[]): Shared[] {
  const out: Shared[] = phrases.map((p) => ({ phrase: p, measure: p.measure, source: p.source, qualifierFrom: null, subgroup: p.subgroup, note: null }));
  const between = (a: CountedPhrase, b: CountedPhrase) => tokens.slice(Math.max(a.npLast, a.textLast) + 1, b.textFirst).map((t) => t.lower);
  const isCasualty = (s: Shared) => s.measure !== null && CASUALTY.has(s.measure);
  const unmeasured = (s: Shared) => s.source === "counted" || s.source === null;
  const shared = (s: Shared, from: Shared): Shared => ({ ...s, measure: from.measure, source: "shared", note: "measure shared with the coordinated count" });

  // Coordinated runs: a verb after the last count is shared leftwards...
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (isCoordination(between(a.phrase, b.phrase)) && isCasualty(b) && (b.source === "verb-after" || b.source === "shared") && unmeasured(a)) {
      // The set of a partitive is not what the verb tells of, its part is: "74 of the 108 pupils and 10 teachers died".
      if (!partitiveSetAt(tokens, a.phrase.textFirst)) out[i] = shared(a, b);
      else if (i > 0 && unmeasured(out[i - 1]!)) out[i - 1] = shared(out[i - 1]!, b);
    }
  }
  // ...a verb before the first count rightwards, and a written qualifier with it.
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1]!;
    const b = out[i]!;
    const gap = between(a.phrase, b.phrase);
    // The verb's objects may each say where they were: "killing all 109 people on board and four people on the
    // ground", "killing the three people inside and two bystanders" — each a part of the toll, not the toll.
    // (A bare number after it is an ellipsis, read below: "killed 12 in Kabul and four in Herat".)
    const placed = a.source === "verb-before" && isCasualty(a) && unmeasured(b) && b.phrase.head !== null && placedCoordination(gap);
    if (!isCoordination(gap) && !placed) continue;
    // "Among the dead were 196 Dutch citizens, 43 Malaysians and 38 Australians": an inverted verb comes before them all.
    const inverted = a.source === "verb-after" && ["were", "are", "was", "is"].includes(tokens[a.phrase.textFirst - 1]?.lower ?? "");
    if (placed) {
      out[i - 1] = { ...a, subgroup: true };
      out[i] = { ...shared(b, a), subgroup: true, note: "a part of the toll, beside the count before it" };
      continue;
    }
    if (isCasualty(a) && (a.source === "verb-before" || a.source === "shared" || inverted) && unmeasured(b)) out[i] = shared(b, a);
    const c = out[i]!;
    // A written qualifier goes with the verb it shares ("at least four soldiers and six militants were killed"),
    // not to a count with a verb of its own ("killed about 30,000 and displaced hundreds of thousands").
    if (a.phrase.mention.qualified && !c.phrase.mention.qualified && a.phrase.mention.qualifier !== "range" && c.phrase.mention.form !== "vague" && (c.source === "shared" || a.source === "shared") && isCasualty(c) && isCasualty(a)) {
      out[i] = { ...c, qualifierFrom: a.qualifierFrom ?? a.phrase };
    }
  }

  // Parts of a whole: "including four children", "4 soldiers among 10 killed".
  for (let i = 0; i < out.length; i++) {
    const part = out[i]!;
    if (!unmeasured(part)) continue;
    const lead = tokens.slice(Math.max(0, part.phrase.textFirst - 3), part.phrase.textFirst).map((t) => t.lower);
    const whole = out.slice(0, i).reverse().find(isCasualty);
    if (whole && PART_MARKERS.some((mk) => endsWith(lead, mk))) {
      out[i] = { ...part, measure: whole.measure, source: "shared", subgroup: true, note: `part of the ${whole.measure} count before it` };
      continue;
    }
    // "30 people were injured, six of them seriously": the part follows the whole, with "of them".
    const follow = tokens.slice(part.phrase.mention.textLast + 1, part.phrase.mention.textLast + 3).map((t) => t.lower).join(" ");
    if (whole && (follow === "of them" || follow === "of whom")) {
      out[i] = { ...part, measure: whole.measure, source: "shared", subgroup: true, note: `part of the ${whole.measure} count before it` };
      continue;
    }
    // "4 soldiers among 10 killed", "Two doctors and a nurse were among four health workers killed".
    const next = out[i + 1];
    const gap = next ? between(part.phrase, next.phrase) : [];
    if (next && isCasualty(next) && gap[gap.length - 1] === "among" && gap.length <= 6 && gap.every((w) => /^[\p{L}-]+$/u.test(w))) {
      out[i] = { ...part, measure: next.measure, source: "shared", subgroup: true, note: "part of the count it is among" };
    }
  }
  // Ellipsis: a bare number counts what the count before it in the sentence counts ("30 countries reported
  // outbreaks, compared with fewer than 20 a year", "the Yes side won in 11 provinces, while No prevailed in three").
  let antecedent: Shared | null = null;
  for (let i = 0; i < out.length; i++) {
    const bare = out[i]!;
    const p = bare.phrase;
    // A count with a noun, or a casualty verb's bare figure ("killed 12 in Kabul and four in Herat", "voted 153 for").
    // A vote's tally with no verb leads one too: "154 in favor, three against and 23 abstentions".
    if (bare.measure !== null && bare.measure !== "percent" && (p.head !== null || bare.source === "verb-before" || bare.measure === "vote")) antecedent = bare;
    if (bare.measure !== null || p.head !== null || p.determined || p.mention.form === "vague" || bare.source === "anaphora") continue;
    // A baseline ("rose to 4,352, up from 3,726 a day earlier") is the figure before the change: an earlier figure of
    // what the count before it counts. Other figures after "from" or "than" ("fell to 23 seats from 25") are not claims.
    if (["from", "than"].includes(tokens[p.textFirst - 1]?.lower ?? "") && !p.mention.qualified) {
      const from = tokens[p.textFirst - 1]!.lower === "from";
      const last = from ? lastMeasured(out, i) : null;
      // "up from 3,726", or right after the new figure: "rose to 717 from 453".
      const toFrom = last !== null && last.phrase.mention.textLast === p.textFirst - 2 && tokens[last.phrase.mention.first - 1]?.lower === "to";
      const changed = from && (["up", "down"].includes(tokens[p.textFirst - 2]?.lower ?? "") || toFrom) ? last : null;
      if (changed !== null) out[i] = { ...bare, measure: changed.measure, source: "elliptic", subgroup: false, note: "the figure before the change", baseline: true };
      // ...or of a toll named right before it: "raising the toll from 71", "The toll, up from 284 on Friday".
      else if (from && tollBeforeFrom(tokens, p.textFirst - 1)) out[i] = { ...bare, measure: "killed", source: "toll", subgroup: false, note: "the toll before the change", baseline: true };
      continue;
    }
    // A score of two shares ("rejected independence by 55 to 45 percent"): the first is a percentage too.
    const second = out[i + 1];
    if (second !== undefined && second.measure === "percent" && ["to", "-", "–"].includes(tokens[p.mention.textLast + 1]?.lower ?? "") && second.phrase.mention.first === p.mention.textLast + 2 && (p.mention.value ?? 0) > (second.phrase.mention.value ?? 0)) {
      out[i] = { ...bare, measure: "percent", source: "shared", subgroup: false, note: "a share of a score, with the percentage after it" };
      continue;
    }
    // Numbers in a row ("aged 41 and 67", "between 3 and 4"): the other is not a count, so neither is this one.
    const before = tokens[p.textFirst - 1]?.lower ?? "";
    if (["and", "or", "to", ",", "-", "–"].includes(before) && tokens[p.textFirst - 2]?.kind === "num") continue;
    // What follows ends the phrase (a verb, a function word, punctuation): "two favoured", "20 a year", "in three.".
    const next = tokens[p.mention.textLast + 1];
    // An item of a list of counts by kind, named by one capitalised word ("47 were Syrian, 43 Egyptian and two
    // Bangladeshi"): the word is the group it counts, not the start of another phrase.
    const kindItem = next !== undefined && [",", "and"].includes(tokens[p.textFirst - 1]?.lower ?? "") && [",", "and", "or", ".", ";", undefined].includes(tokens[next.index + 1]?.lower);
    if (next !== undefined && next.kind === "word" && ((/^\p{Lu}/u.test(next.text) && !kindItem) || !(/^\p{Lu}/u.test(next.text) || NP_STOP.has(next.lower) || /(?:ed|en)$/.test(next.lower)))) continue;
    // A number of a unit or an identifier is no count: "27 km", "magnitude 5.8", "the retirement age to 66".
    const unit = (t: Token | undefined) => t !== undefined && t.kind === "word" && (MEASUREMENT_UNITS.has(t.lower) || IDENTIFIER_NOUNS.has(t.lower));
    const prev = tokens[p.textFirst - 1];
    if (unit(next) || unit(prev) || (["to", "of", "at"].includes(prev?.lower ?? "") && unit(tokens[p.textFirst - 2]))) continue;
    // "a population of roughly 6,000": the population, whatever was counted before it.
    if (prev?.lower === "of" && tokens[p.textFirst - 2]?.lower === "population") {
      out[i] = { ...bare, measure: "population", source: "counted", subgroup: false, note: "a population" };
      continue;
    }
    // "reduce its deployed warheads to between 1,700 and 2,200", "cut its troops to 5,000": the plural noun right
    // before "to" is what the number counts (not a magnitude: "prices to 150").
    // (Not the second figure of a tally: "by 69 votes to 51" is elliptic, below.)
    const noun = prev?.lower === "to" && tokens[p.textFirst - 3]?.kind !== "num" && !isNumberWord(tokens[p.textFirst - 3]?.lower ?? "") ? tokens[p.textFirst - 2] : undefined;
    if (noun !== undefined && noun.kind === "word" && /^\p{Ll}/u.test(noun.text) && isPluralNoun(noun.lower) && !NP_STOP.has(noun.lower) && !MAGNITUDES.has(noun.lower)) {
      out[i] = { ...bare, measure: singular(noun.lower), source: "counted", subgroup: false, note: "what the noun before \"to\" counts" };
      continue;
    }
    const head = antecedent === null ? null : antecedent.phrase.head ?? antecedent.measure;
    if (!antecedent || head == null) continue;
    const lead = tokens.slice(Math.max(0, p.textFirst - 3), p.textFirst).map((t) => t.lower);
    // "2,000 people, out of 6,000": the set a part is taken out of counts the same people, not what befell the part.
    const outOf = tokens.slice(Math.max(0, p.textFirst - 6), p.textFirst).some((t, k, a) => t.lower === "out" && a[k + 1]?.lower === "of");
    // The bare number's own verb says what happened to them ("killed 112 people and infected more than 9,000"): it
    // counts the same people, not the same deaths. After a preposition ("compared with 20") the verb is still shared.
    const ownVerb = prev?.kind === "word" && /^\p{Ll}+(?:ed|ing)$/u.test(prev.text) && !NP_STOP.has(prev.lower);
    const verbMeasure = antecedent.source === "verb-before" || antecedent.source === "verb-after" || antecedent.source === "shared";
    // The kind word of a list item is part of the claim: "43 Egyptian".
    const kindWord = kindItem && next !== undefined && next.kind === "word" && /^\p{Lu}/u.test(next.text);
    out[i] = {
      ...bare,
      ...(kindWord ? { phrase: { ...p, textLast: next.index } } : {}),
      measure: (ownVerb || outOf) && verbMeasure ? singular(head) : antecedent.measure,
      source: "elliptic",
      subgroup: PART_MARKERS.some((mk) => endsWith(lead, mk)),
      note: `counts the ${head} of the count before it`,
      elliptic: head,
    };
  }
  return out;
}

/** Is "from" at `k` the start of a toll's old value: "the toll from", "the toll, up from", "death toll down from"? */
function tollBeforeFrom(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (["up", "down"].includes(tokens[j]?.lower ?? "")) j--;
  if (tokens[j]?.text === ",") j--;
  return tokens[j]?.lower === "toll" && ["the", "death", "its", "a"].includes(tokens[j - 1]?.lower ?? "");
}

/** The last count before `i` in the sentence with a measure ("61 percent, down from 65": a percentage too). */
function lastMeasured(out: readonly Shared[], i: number): Shared | null {
  for (let k = i - 1; k >= 0; k--) if (out[k]!.measure !== null) return out[k]!;
  return null;
}

/** Where a counted object was, then "and": "on board and", "inside and", "on the ground and". */
function placedCoordination(gap: readonly string[]): boolean {
  if (gap.length < 2 || gap.length > 4 || gap[gap.length - 1] !== "and") return false;
  const words = gap.slice(0, -1);
  return PLACE_WORDS.has(words[0]!) && words.every((w) => /^\p{L}+$/u.test(w));
}

const PLACE_WORDS = new Set(["on", "in", "at", "inside", "outside", "aboard", "onboard", "nearby", "near"]);

function isCoordination(gap: readonly string[]): boolean {
  const g = gap.join(" ");
  return g === "and" || g === "," || g === ", and" || g === "as well as" || g === "plus";
}

function endsWith(list: readonly string[], suffix: readonly string[]): boolean {
  if (suffix.length > list.length) return false;
  return suffix.every((w, k) => list[list.length - suffix.length + k] === w);
}
