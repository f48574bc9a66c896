/**
 * Date extractors: chrono-node on each sentence that could hold a date, then our
 * own reading of what it found (granularity, inferred year, role, tense).
 */
import type { DateClaim } from "../../model/claim.js";
import type { Extractor, ExtractContext, SentenceContext } from "../types.js";
import { chronoDates } from "./chrono.js";
import type { RawDate } from "./chrono.js";
import { datePlace, tenseAround, tokenAt } from "./context.js";
import { isRelative, resolveComponents, resolveWeek, weekExpression } from "./resolve.js";
import { formatIso } from "../../lib/isodate.js";
import { NP_STOP } from "../vocabulary.js";

/**
 * A cheap test before calling chrono (its cost is worth avoiding): a month, a
 * weekday, a relative day word, a holiday, or digits written as a date
 * ("13/09/2022", "2022-09-13"). Bare years are read without chrono (years.ts).
 */
const TRIGGER = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday|tomorrow|tonight|ago|weekend|christmas|new year|halloween|boxing|valentine|armistice|bastille)|(?:last|next|this|previous|coming)\s+(?:year|month|week)|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/i;
/** Not date claims: durations ("30 seconds", but "the second of August" is a date), weeks, times of day, "now", "later". */
const NOT_A_DATE = /\b(?:weeks?|weekends?|hours?|minutes?|seconds|(?:\d+|a|one)\s+second|tonight|later|within|now|past|coming|decades?)\b|^in\s+(?:\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten)|^next\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|few|several)/i;
/** A time of day after a day is not part of the date: "Saturday afternoon" dates Saturday. */
const TIME_OF_DAY = /(?<!\s)\s+(?:morning|afternoon|evening|night|midday|noon)$/i;
/** Blanks and punctuation ending a match; the look-behind makes one attempt per run, not one per character. */
const TRAILING_PUNCTUATION = /(?<![\s,.;:])[\s,.;:]+$/;
const LEADING = /^(?:on|in|at|by|since|from|until|till|of|during|before|after|for|around|as of|the)\s+/i;
const MODIFIER_BEFORE = /(?:\b(?:early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|start\s+of|the\s+middle\s+of|middle\s+of)\s+|\bmid-)$/i;
const BARE_MONTH_LEAD = /\b(?:in|of|since|until|till|by|during|from|to|through|before|after|early|mid|late|last|next|this|between|and|or|end|beginning|start|middle)\s*-?$/i;
const FALLBACK_REFERENCE = { year: 2000, month: 6, day: 15 };
const ANAPHORIC_YEAR = /^\s*(?:of\s+)?(that|the same|the following|the next|the previous|the preceding)\s+year\b/i;

/** The last year written before `offset` in the document (the story's current year), or null. */
function storyYear(view: string, offset: number): number | null {
  const before = view.slice(Math.max(0, offset - 4000), offset);
  // (A comma after a year ends a clause, "in 2002, when …"; one before a digit groups thousands, "2,002" or "2002,000".)
  const years = [...before.matchAll(/(?<![\d,.])(1\d{3}|20\d{2})(?!\d|,\d)/g)];
  const last = years.at(-1);
  return last ? Number(last[1]) : null;
}

function anaphoricDate(ctx: ExtractContext, sentence: SentenceContext, raw: RawDate, start: number, end: number, which: string, first: number, last: number): DateClaim {
  const anchor = storyYear(ctx.view, start);
  const offset = which === "the following" || which === "the next" ? 1 : which === "the previous" || which === "the preceding" ? -1 : 0;
  const c = raw.start;
  const day = c.certain.has("day") ? c.day : null;
  const value = anchor === null ? null : formatIso({ year: anchor + offset, month: c.month, day });
  return {
    ...datePlace(ctx, sentence, start, end, first, last),
    provenance: { extractor: "date/chrono", implied: [anchor === null ? "no year written before it" : `year from ${anchor} written earlier in the story`], notes: [] },
    value: { value },
    grain: day !== null ? "day" : "month",
  };
}

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** A day written with its year: "April 10, 1998", "10 April 1998". */
const WRITTEN_WITH_YEAR = /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(1\d{3}|20\d{2})|(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(1\d{3}|20\d{2}))\b/gi;

/**
 * The year of the last day written with one in `before` (the sentence up to a day without a year), when the day
 * comes after it that year and that day starts no period ("since April 10, 1998"); else null. A month and year
 * ("in March 2019, and in early September") is too loose a bound to carry its year.
 */
function yearOfSentence(before: string, c: RawDate["start"]): number | null {
  if (!c.certain.has("day")) return null;
  const last = [...before.matchAll(WRITTEN_WITH_YEAR)].at(-1);
  if (last === undefined || /\b(?:since|from)\s+$/i.test(before.slice(Math.max(0, last.index - 8), last.index))) return null;
  const month = MONTH_NAMES.indexOf((last[1] ?? last[5]!).toLowerCase()) + 1;
  const day = Number(last[2] ?? last[4]);
  const year = Number(last[3] ?? last[6]);
  const m = c.month ?? 1;
  const d = c.day ?? 1;
  return m > month || (m === month && d > day) ? year : null;
}

export const chronoDateExtractor: Extractor = {
  name: "date/chrono",
  extract(ctx: ExtractContext): DateClaim[] {
    const out: DateClaim[] = [];
    const ref = ctx.published ? { year: ctx.published.year ?? 0, month: ctx.published.month ?? 1, day: ctx.published.day ?? 1 } : FALLBACK_REFERENCE;
    for (const sentence of ctx.sentences) {
      const text = ctx.view.slice(sentence.start, sentence.end);
      if (!TRIGGER.test(text)) continue;
      for (const raw of chronoDates(text, ref)) {
        const claim = toClaim(ctx, sentence, text, raw);
        if (claim) out.push(claim);
      }
    }
    return out;
  },
};

/** The date chrono read, cut to `text`, with a component it took from the cut-off number no longer certain. */
function withoutComponent(raw: RawDate, text: string, component: "day" | "year"): RawDate {
  return { ...raw, text, start: { ...raw.start, certain: new Set([...raw.start.certain].filter((k) => k !== component)) } };
}

function toClaim(ctx: ExtractContext, sentence: SentenceContext, text: string, raw: RawDate): DateClaim | null {
  let rawText = raw.text.replace(TRAILING_PUNCTUATION, "").replace(/(?<!\s)\s+of$/i, "");
  let start = sentence.start + raw.index;
  const lead = LEADING.exec(rawText);
  if (lead) {
    start += lead[0].length;
    rawText = rawText.slice(lead[0].length);
  }
  // A time glued to the date by chrono: "11 on Friday" (after "rose to"), "3 pm on Friday", "Friday at 3 pm".
  const leadingTime = raw.start.certain.has("hour") ? /^\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?\s+(?:on|at)\s+/i.exec(rawText) : null;
  if (leadingTime) {
    start += leadingTime[0].length;
    rawText = rawText.slice(leadingTime[0].length);
  }
  const trailingTime = /(?<!\s)\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|gmt|utc|hours|h)?$/i.exec(rawText);
  let cut = 0;
  if (trailingTime && raw.start.certain.has("hour") && rawText.length > trailingTime[0].length) {
    cut = trailingTime[0].length;
    rawText = rawText.slice(0, -cut);
  }
  const tod = TIME_OF_DAY.exec(rawText);
  let trimmed = 0;
  if (tod) {
    trimmed = tod[0].length;
    rawText = rawText.slice(0, -trimmed);
  }
  // "last week", "at the weekend", "two weeks ago": days counted from the publication, unlike other weeks (durations).
  const week = weekExpression(rawText, text.slice(0, start - sentence.start), text.slice(start - sentence.start + rawText.length));
  if (rawText === "" || /^(?:this|the)$/i.test(rawText) || (NOT_A_DATE.test(rawText) && !week)) return null;
  if (raw.tags.has("casualReference/now")) return null;
  // Two numbers and a slash with no year are no date news writes: a name ("China's 9/11", "7/7"), a fraction or a
  // score. (Written dates carry a month's name, or a year: "9/11/2001".)
  if (/^\d{1,2}\s*\/\s*\d{1,2}$/.test(rawText.trim())) return null;
  // A relative expression needs an anchor word: "three years" alone is a duration, "three years ago" a date.
  if (raw.tags.has("result/relativeDate") && !/\b(?:ago|last|next|this|previous|past|coming|earlier|yesterday|today|tomorrow)\b/i.test(rawText)) return null;
  // "more than 150 years ago", "nearly a decade ago": a bound on how long ago, not a date.
  if (/\bago\b/i.test(rawText) && /\b(?:more\s+than|over|nearly|almost|about|around|some|roughly|at\s+least|less\s+than|under|up\s+to)\s*$/i.test(text.slice(0, raw.index))) return null;
  // "In September, 11 soldiers were killed": a month and a number set off by a comma are no day of it.
  const commaDay = /^(\p{L}+)\s*,\s*\d{1,2}$/u.exec(rawText);
  if (commaDay && raw.start.certain.has("month") && raw.start.certain.has("day") && !raw.start.certain.has("year")) {
    rawText = commaDay[1]!;
    raw = withoutComponent(raw, raw.text.slice(0, raw.text.indexOf(",")), "day");
  }
  // "In January, 41 people were killed": a two-digit number after a month is no year of it (news writes years in full).
  const monthYear = /^(\p{L}+\.?)[\s,]+\d{2}$/u.exec(rawText);
  if (monthYear && raw.start.certain.has("month") && raw.start.certain.has("year") && !raw.start.certain.has("day")) {
    rawText = monthYear[1]!;
    raw = withoutComponent(raw, monthYear[1]!, "year");
  }
  // ...nor one after a day, before a lower-case word ("On Nov. 23 12 people died") or after a comma ("On Sept. 30, 13
  // migrants drowned").
  const spaceYear = /^(.*\d)\s+\d{2}$/u.exec(rawText);
  if (spaceYear && raw.start.certain.has("year") && raw.start.certain.has("day") && /^\s+\p{Ll}/u.test(text.slice(raw.index + raw.text.length))) {
    rawText = spaceYear[1]!;
    raw = withoutComponent(raw, raw.text.trimEnd().slice(0, -2).trimEnd(), "year");
  }
  const commaYear = /^(.*\d)\s*,\s*\d{2}$/u.exec(rawText);
  if (commaYear && raw.start.certain.has("year") && raw.start.certain.has("day")) {
    rawText = commaYear[1]!;
    raw = withoutComponent(raw, raw.text.slice(0, raw.text.lastIndexOf(",")), "year");
  }
  const c = raw.start.certain;
  const datePart = c.has("year") || c.has("month") || c.has("day") || c.has("weekday");
  if (!datePart && !week) return null;
  // A weekday's short form in lower case is another word: "sun-synchronous", "to wed" name no day.
  if (c.has("weekday") && !c.has("day") && !c.has("month")) {
    const name = /\b(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*/iu.exec(rawText);
    if (name && !/^\p{Lu}/u.test(name[0]) && !/day$/i.test(name[0])) return null;
  }
  const before = text.slice(0, start - sentence.start);
  const onlyMonth = c.has("month") && !c.has("day") && !c.has("year") && !isRelative(raw);
  if (onlyMonth && !BARE_MONTH_LEAD.test(before.trimEnd()) && !/^(?:early|mid|late)/i.test(rawText)) return null;
  // A span of months joined by hyphens modifies a noun, a season of every year: "the June-to-September monsoon".
  if (onlyMonth && /\p{L}-(?:to-)?$/u.test(before) && !/(?:mid|early|late)-$/i.test(before)) return null;
  // A holiday names a day only after a preposition or with a year: "on Christmas Eve", "Christmas 1963", not "the Christmas market".
  if (raw.tags.has("claimcheck/holiday") && !c.has("year") && !/\b(?:on|at|by|before|after|until|till|since|over|during|for|from|to|around)\s*$/i.test(before)) return null;
  // ...and not as the modifier of a noun: "at Christmas markets across Germany", "over Easter holidays".
  const nounAfter = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(raw.index + raw.text.length));
  if (raw.tags.has("claimcheck/holiday") && !c.has("year") && nounAfter && !NP_STOP.has(nounAfter[1]!) && !/(?:ed|ing)$|^(?:morning|afternoon|evening|night|eve|day)$/.test(nounAfter[1]!)) return null;
  // "early December", "mid-September", "the end of March": the modifier belongs to the date.
  const mod = MODIFIER_BEFORE.exec(before);
  let notes: string[] = [];
  if (mod && c.has("month") && !c.has("day")) {
    start -= mod[0].length;
    notes = [`${mod[0].trim()} of the month`];
  }
  if (raw.tags.has("refiner/ENEndOfPeriodRefiner") || /\bend of\b/i.test(rawText)) {
    // chrono reads "end of December" as the 31st; the text states a month.
    raw = { ...raw, start: { ...raw.start, certain: new Set([...c].filter((k) => k !== "day")) } };
  }
  const end = sentence.start + raw.index + raw.text.replace(TRAILING_PUNCTUATION, "").length - trimmed - cut;
  const { tokens } = sentence;
  const first = tokenAt(tokens, start);
  const last = tokenAt(tokens, end - 1);
  // "last September": the latest such month before the publication's, whatever the verb.
  const lastBefore = c.has("month") && !c.has("year") && /\blast\s+$/i.test(text.slice(0, start - sentence.start));
  if (lastBefore) start = sentence.start + text.slice(0, start - sentence.start).search(/last\s+$/i);
  const tense = lastBefore ? "past" : tenseAround(tokens, first, last);
  // "September that year", "January of the following year": the year is the story's, written earlier in it.
  const anaphora = ANAPHORIC_YEAR.exec(ctx.view.slice(end, end + 40));
  if (anaphora && c.has("month") && !c.has("year")) return anaphoricDate(ctx, sentence, raw, start, end + anaphora[0].length, anaphora[1]!.toLowerCase(), first, last);
  // "from June to August 2017": the start of a range takes its end's written year (the year before, when its month
  // comes later in the year: "from November to February 2018").
  let startComponents = raw.start;
  if (raw.end && raw.end.certain.has("year") && !raw.start.certain.has("year") && raw.start.certain.has("month") && raw.end.certain.has("month") && raw.end.year !== null) {
    const year = (raw.start.month ?? 0) > (raw.end.month ?? 0) ? raw.end.year - 1 : raw.end.year;
    startComponents = { ...raw.start, year, certain: new Set([...raw.start.certain, "year"]) };
  }
  // "after the signing on April 10, 1998, … and the referendums on May 22": a day told in the past after a date of its
  // sentence written with its year, later in that year, is of that year.
  const told = !week && !raw.end && tense === "past" && startComponents.certain.has("month") && !startComponents.certain.has("year") && !isRelative(raw) ? yearOfSentence(text.slice(0, start - sentence.start), startComponents) : null;
  if (told !== null) startComponents = { ...startComponents, year: told, certain: new Set([...startComponents.certain, "year"]) };
  const resolvedAs = week ? resolveWeek(week, ctx.published, tense) : resolveComponents(raw, startComponents, ctx.published, tense);
  const resolved = resolvedAs && told !== null ? { ...resolvedAs, implied: [`year from ${told} written earlier in its sentence`] } : resolvedAs;
  if (!resolved) return null;
  const to = resolved.to ? { value: resolved.to } : raw.end ? resolveComponents(raw, raw.end, ctx.published, tense) : null;
  return {
    ...datePlace(ctx, sentence, start, end, first, last),
    provenance: { extractor: "date/chrono", implied: resolved.implied, notes },
    value: to ? { value: resolved.value, to: to.value } : { value: resolved.value },
    grain: resolved.grain,
    ...(resolved.weekday ? { weekday: resolved.weekday } : {}),
  };
}
