/** The count extractor: numbers in context → what they count → shared measures → claims. */
import type { CountClaim, Qualifier } from "../../model/claim.js";
import type { Extractor, ExtractContext } from "../types.js";
import { countedPhrase } from "./counted.js";
import { numbersInSentence } from "./numbers-in-context.js";
import { shareMeasures } from "./structure.js";
import type { Token } from "../text/tokens.js";
import { DEAD_OR_MISSING } from "../vocabulary.js";

const CASUALTY = new Set(["killed", "wounded", "missing", "displaced", "arrested", "evacuated"]);
/** What a toll counts. */
const TOLLED = new Set(["killed", "wounded", "missing"]);

export const countExtractor: Extractor = {
  name: "count",
  extract(ctx: ExtractContext): CountClaim[] {
    const claims: CountClaim[] = [];
    // The last casualty count of the story so far, for a bare "toll" ("40 people were injured. The toll rose to 63").
    let lastCasualty: { paragraph: number; measure: string } | null = null;
    // The last count of the paragraph, for a figure revised by reference ("raised it to 27").
    let lastCount = null as { paragraph: number; measure: string; counted: string | null; subgroup: boolean } | null;
    let paragraph = -1;
    let previousParagraph = -1;
    let opensParagraph = false;
    for (const sentence of ctx.sentences) {
      const { tokens } = sentence;
      opensParagraph = sentence.paragraph.start !== paragraph;
      if (opensParagraph) {
        previousParagraph = paragraph;
        paragraph = sentence.paragraph.start;
      }
      const phrases = numbersInSentence(tokens).map((m) => countedPhrase(tokens, m)).filter((p) => !p.notCount);
      for (const s of shareMeasures(tokens, phrases)) {
        const { phrase } = s;
        const m = phrase.mention;
        // A figure revised by reference counts what the paragraph's last count counts.
        const referred: string | null = s.measure === null && s.source === "anaphora" && lastCount !== null && lastCount.paragraph === sentence.paragraph.start ? lastCount.measure : null;
        // A part of a set named before ("Nineteen of them were released", "Of those, about 4,200 were destroyed")
        // counts what the last count counts: in its paragraph, or in the paragraph before when it opens its own.
        const partOfEarlier = s.measure === null && referred === null && partOfPronoun(tokens, phrase.textFirst, m.textLast) && lastCount !== null &&
          (lastCount.paragraph === paragraph || (opensParagraph && lastCount.paragraph === previousParagraph));
        const antecedent: string | null = referred ?? (partOfEarlier ? lastCount!.measure : null);
        // ...and a part of it, when the count it refers to is one ("initially said 50 hostage-takers were killed, but
        // later put the figure at 41"): its counted noun is understood from that count.
        const referredPart = referred !== null && lastCount!.subgroup && lastCount!.counted !== null ? lastCount!.counted : undefined;
        if (s.measure === null && antecedent === null) continue;
        // A bare "toll" (not "death toll") counts what the story's last casualty count in its paragraph counts, when a
        // toll can count that: the dead, the injured, the missing ("arrests nine as bridge collapse toll reaches 135").
        let measure: string = s.measure ?? antecedent!;
        if (s.source === "toll" && tokens[phrase.textFirst]?.lower === "toll" && lastCasualty !== null && lastCasualty.paragraph === sentence.paragraph.start && TOLLED.has(lastCasualty.measure)) measure = lastCasualty.measure;
        const casualty = CASUALTY.has(measure) || measure === "percent";
        if (!casualty && phrase.determined) continue; // "the two countries": a reference back, not a count
        // "one of", "one side", "0 comments": not claims without a casualty verb, unless the last of a list of counts ("six in Guerrero and one in Oaxaca").
        const listItem = s.source === "elliptic" && [",", "and"].includes(tokens[phrase.textFirst - 1]?.lower ?? "") && ["in", "at", "on", "from"].includes(tokens[m.textLast + 1]?.lower ?? "");
        if (!casualty && (m.value === 1 || m.value === 0) && !listItem) continue;
        if (!casualty && m.form === "vague" && tokens[m.textLast + 1]?.lower !== "of") continue; // "thousands" alone counts nothing; "thousands of people" does
        const first = tokens[phrase.textFirst]!;
        // "18,000 people dead or missing": the figure counts both, and the claim says so.
        const orMissing = measure === "killed" && ["or", "and"].includes(tokens[phrase.textLast + 1]?.lower ?? "") && tokens[phrase.textLast + 2]?.lower === "missing";
        const last = tokens[orMissing ? phrase.textLast + 2 : phrase.textLast]!;
        const numFirst = tokens[m.first]!;
        const numLast = tokens[m.last]!;
        const qualifier: Qualifier = s.qualifierFrom ? s.qualifierFrom.mention.qualifier : m.qualifier === "exact" && phrase.bound ? phrase.bound : m.qualifier;
        const notes = [s.note, s.qualifierFrom ? "qualifier shared with the coordinated count" : null, orMissing ? DEAD_OR_MISSING : null].filter((n): n is string => n !== null);
        const implied = m.form === "vague" ? ["lower bound of a vague number"] : [];
        const counted = s.elliptic ?? referredPart ?? phrase.head;
        const subgroup = (s.subgroup || partOfEarlier || referredPart !== undefined) && CASUALTY.has(measure);
        claims.push({
          kind: "count",
          start: first.start,
          end: last.end,
          text: ctx.doc.text.slice(first.start, last.end),
          sentence: { start: sentence.start, end: sentence.end },
          paragraph: sentence.paragraph,
          provenance: { extractor: `count/${partOfEarlier ? "anaphora" : (s.source ?? "counted")}`, implied, notes: partOfEarlier ? [...notes, "a part of the set the last count counts"] : notes },
          value: qualifier === "range" ? { measure, qualifier, min: m.min, max: m.max } : { measure, qualifier, value: m.value },
          numberSpan: { start: numFirst.start, end: numLast.end },
          counted,
          ...(s.elliptic !== undefined || referredPart !== undefined ? { elliptic: true } : {}),
          ...(s.baseline === true ? { baseline: true } : {}),
          subgroup,
          // A percentage is written rounded: "31%" stands for 30.5–31.5, "31.2%" for 31.15–31.25.
          precision: measure === "percent" && m.form === "digits" ? 0.5 * 10 ** -((tokens[m.first]!.text.split(".")[1] ?? "").length) : m.precision,
          qualified: phrase.qualified,
          rate: phrase.rate,
          location: phrase.location,
          ...(phrase.verb !== null ? { verb: phrase.verb } : {}),
        });
        if (CASUALTY.has(measure)) lastCasualty = { paragraph: sentence.paragraph.start, measure };
        lastCount = { paragraph: sentence.paragraph.start, measure, counted, subgroup };
      }
    }
    return claims;
  },
};

const SET_PRONOUNS = new Set(["them", "those", "these"]);

/** "Nineteen of them", or a sentence opening "Of those, about 4,200 …": a part of a set named before. */
function partOfPronoun(tokens: readonly Token[], textFirst: number, numberLast: number): boolean {
  if (tokens[numberLast + 1]?.lower === "of" && SET_PRONOUNS.has(tokens[numberLast + 2]?.lower ?? "")) return true;
  return textFirst === 3 && tokens[0]!.lower === "of" && SET_PRONOUNS.has(tokens[1]!.lower) && tokens[2]!.text === ",";
}
