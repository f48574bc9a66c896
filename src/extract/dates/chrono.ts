/**
 * The one module that calls chrono-node. It is configured once (casual English
 * plus our own parsers) and only ever given one sentence at a time: chrono's
 * cost grows with the square of the text length.
 */
import { casual } from "chrono-node/en";
import type { Chrono, Component, ParsedResult, Parser } from "chrono-node/en";
import { table } from "../../lib/table.js";

export interface Components {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  readonly weekday: number | null;
  readonly hour: number | null;
  /** Components written in the text (chrono's "known" values), the rest being implied. */
  readonly certain: ReadonlySet<Component>;
}

export interface RawDate {
  /** Offset of the match in the given text. */
  readonly index: number;
  readonly text: string;
  readonly start: Components;
  readonly end: Components | null;
  readonly tags: ReadonlySet<string>;
}

const MONTH_PATTERN = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
const MONTH_NUMBER: Readonly<Record<string, number>> = table({
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});

/**
 * "September last year", "March of this year", "June next year", and with a day, "3 February this year", "February 3
 * last year": a month (or a day) of a year relative to the reference.
 */
const monthOfRelativeYear: Parser = {
  pattern: () =>
    new RegExp(`(?<![\\p{L}\\p{N}])(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?${MONTH_PATTERN}\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?,?)?\\s+(?:of\\s+)?(last|this|next|previous|the\\s+past)\\s+year(?![\\p{L}])`, "iu"),
  extract(context, match) {
    const month = MONTH_NUMBER[(match[2] ?? "").toLowerCase().slice(0, 3)] ?? 1;
    const day = Number(match[1] ?? match[3] ?? 0);
    const which = (match[4] ?? "").toLowerCase();
    const delta = /last|previous|past/.test(which) ? -1 : /next|following/.test(which) ? 1 : 0;
    const refYear = context.reference.instant.getUTCFullYear();
    const valid = day >= 1 && day <= new Date(Date.UTC(refYear + delta, month, 0)).getUTCDate();
    const c = context.createParsingComponents(valid ? { year: refYear + delta, month, day } : { year: refYear + delta, month });
    if (!valid) c.imply("day", 1);
    c.addTag("claimcheck/monthOfRelativeYear");
    return c;
  },
};

/** Fixed-date holidays, with an optional year: "Christmas 1963", "New Year's Day", "Christmas Eve". */
const HOLIDAYS: Readonly<Record<string, [number, number]>> = table({
  "christmas eve": [12, 24], "christmas day": [12, 25], christmas: [12, 25], "boxing day": [12, 26], "new year's eve": [12, 31],
  "new year's day": [1, 1], "valentine's day": [2, 14], halloween: [10, 31], "armistice day": [11, 11], "bastille day": [7, 14],
});
const fixedHoliday: Parser = {
  pattern: () => /(?<![\p{L}])(christmas eve|christmas day|christmas|boxing day|new year['’]s eve|new year['’]s day|valentine['’]s day|halloween|armistice day|bastille day)(?:,?\s+(\d{4}))?(?![\p{L}])/iu,
  extract(context, match) {
    const key = (match[1] ?? "").toLowerCase().replace("’", "'");
    const [month, day] = HOLIDAYS[key] ?? [1, 1];
    const c = context.createParsingComponents(match[2] ? { year: Number(match[2]), month, day } : { month, day });
    c.addTag("claimcheck/holiday");
    return c;
  },
};

/**
 * chrono's parsers of times of day and of durations find nothing claimcheck
 * keeps ("at 3 pm", "within two days", "in 2 hours"), and the time-expression
 * parser costs more than all the others together: they are left out.
 */
const UNUSED_PARSERS = new Set(["ENTimeExpressionParser", "ENTimeUnitWithinFormatParser", "ENTimeUnitLaterFormatParser", "ENTimeUnitCasualRelativeFormatParser", "ENCasualTimeParser"]);

const MONTH_WORD = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/**
 * Words without which a parser cannot match: each is a part that every match
 * of the parser's own pattern contains (read off chrono's patterns), so
 * leaving the parser out of a sentence without it changes no result. It saves
 * compiling and running chrono's largest patterns, most of the cost of a short
 * run. Parsers not listed always run.
 */
const NEEDS: Readonly<Record<string, RegExp>> = table({
  // a day before the month: chrono's ordinals all end in a digit, st, nd, rd or th
  ENMonthNameLittleEndianParser: /(?:\d|st|nd|rd|th)(?:-|\/|\s{0,3}(?:of)?\s{0,3})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
  ENMonthNameMiddleEndianParser: MONTH_WORD,
  ENMonthNameParser: MONTH_WORD,
  ENYearMonthNameParser: MONTH_WORD,
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|weekend|weekday/i,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENRelativeDateFormatParser: /this|last|past|next|after/i,
});

interface Configured {
  readonly chrono: Chrono;
  readonly parsers: readonly { readonly parser: Parser; readonly needs: RegExp | null }[];
}

let configured: Configured | null = null;

function chrono(): Configured {
  if (configured === null) {
    const chrono = casual.clone();
    configured = {
      chrono,
      parsers: [
        { parser: monthOfRelativeYear, needs: MONTH_WORD },
        { parser: fixedHoliday, needs: /christmas|boxing|new year|valentine|halloween|armistice|bastille/i },
        ...chrono.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name)).map((parser) => ({ parser, needs: NEEDS[parser.constructor.name] ?? null })),
      ],
    };
  }
  return configured;
}

const COMPONENTS: readonly Component[] = ["year", "month", "day", "weekday", "hour"];

function components(c: ParsedResult["start"]): Components {
  const certain = new Set<Component>(COMPONENTS.filter((k) => c.isCertain(k)));
  return { year: c.get("year"), month: c.get("month"), day: c.get("day"), weekday: c.get("weekday"), hour: c.get("hour"), certain };
}

/**
 * A run of this many blanks separates the text given to chrono: no date spans
 * it, and chrono's patterns (`\s*` between a month and its day...) take time
 * quadratic in the length of a run of blanks.
 */
const GAP = /\s{32,}/g;

/**
 * The first letter of a word that starts as a meridiem after a number ("on March 23 amid high winds", "March 23
 * among others"): chrono takes it for "am" and then finds no date at all. Blanked (one character for one, so offsets
 * hold) in what chrono reads.
 */
const AM_WORD = /(?<=\d\s{0,3})[ap](?=m\p{L})/giu;

/** Dates chrono finds in a short text, against a reference day (UTC noon, so no time zone can shift it). */
export function chronoDates(text: string, reference: { year: number; month: number; day: number }, options: { everyParser?: boolean } = {}): RawDate[] {
  const out: RawDate[] = [];
  let from = 0;
  for (const gap of text.matchAll(GAP)) {
    if (gap.index > from) out.push(...chronoIn(text.slice(from, gap.index), from, reference, options));
    from = gap.index + gap[0].length;
  }
  if (from < text.length) out.push(...chronoIn(from === 0 ? text : text.slice(from), from, reference, options));
  return out;
}

function chronoIn(text: string, offset: number, reference: { year: number; month: number; day: number }, options: { everyParser?: boolean }): RawDate[] {
  const instant = new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12));
  const { chrono: c, parsers } = chrono();
  c.parsers = parsers.filter((p) => options.everyParser === true || p.needs === null || p.needs.test(text)).map((p) => p.parser);
  const results = c.parse(text.replace(AM_WORD, "_"), { instant, timezone: 0 }, { forwardDate: false });
  return results.map((r) => ({
    index: offset + r.index,
    text: r.text,
    start: components(r.start),
    end: r.end ? components(r.end) : null,
    tags: r.tags(),
  }));
}
