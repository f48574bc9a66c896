/**
 * Reasons a disagreement is not a contradiction. The contract says a claim is
 * compared with an entry only when the text states it of that entry, and that
 * a false contradiction costs more than a missed check: each rule here names a
 * way the text can state something else, and turns a disagreement into
 * `unverified` with that rule. Agreement is never withdrawn: it is evidence in
 * itself that the claim speaks of the entry.
 */
import type { Entry } from "../model/base.js";
import type { Claim, CountClaim, DateClaim } from "../model/claim.js";
import type { LinkResult } from "../model/finding.js";
import { firstDay, formatIso, lastDay, parseIso, parseIsoInterval } from "../lib/isodate.js";
import { within } from "../lib/span-index.js";
import { compareDates, dateAgrees, dayOfNewsAfter } from "./date.js";
import { EVENT_WORDS, isSize } from "./count.js";
import { WEEK_NOTE, anchoredNote } from "../extract/vocabulary.js";
import { eventWords, namesEventOf, ownsEventOf } from "../link/events.js";
import { wordKeys } from "../link/normalize.js";
import { smallNumberWord } from "../extract/numbers.js";

export interface Doubt {
  readonly rule: string;
  readonly message: string;
}

/** Verbs that date an agreement's signing: the only date a treaty entry holds. */
const SIGNING = new Set(["signed", "signing", "concluded", "agreed", "adopted", "initialled", "initialed", "sealed", "struck", "reached", "brokered", "inked"]);

/** Is the date stated as a signing ("signed on 8 April 2010", "opened for signature on 1 July 1968")? */
export function isSigning(claim: DateClaim): boolean {
  return claim.governor !== null && SIGNING.has(claim.governor);
}

export function doubtAbout(claim: Claim, link: LinkResult, published: string | null, view: string | undefined): Doubt | null {
  const l = link.link;
  if (!l) return null;
  if (l.strength === "weak") return { rule: "link.weak", message: l.via === "keywords" ? `not compared: tied to the entry by keywords only and ${l.weakness}` : `not compared: ${l.weakness}` };
  if (claim.kind === "date") return dateDoubt(claim, l.entry, link, published, view) ?? (view === undefined ? null : (modifierDoubt(claim, l.entry, view) ?? referenceYearDoubt(claim, view) ?? volumeDoubt(claim, view) ?? resultsDoubt(claim, l.entry, view) ?? sinceDoubt(claim, l.entry, view) ?? boundDoubt(claim, l.entry, view) ?? byDoubt(claim, l.entry, view) ?? untilDoubt(claim, l.entry, view) ?? attachmentDoubt(claim, link, view) ?? listDoubt(claim, l.entry, link, view))) ?? farDateDoubt(claim, link) ?? weekdayFarDoubt(claim, link) ?? newsOfTheDay(claim, link, published, view);
  if (claim.kind === "count") return hedgeDoubt(claim) ?? conditionDoubt(claim, view) ?? earlierSetDoubt(claim, view) ?? shelteredDoubt(claim) ?? (view !== undefined && (l.before === true || l.via === "keywords") ? sinceBeganDoubt(claim, l.entry, view, l.before === true) : null) ?? namedForAnother(claim, link, view) ?? datedClauseDoubt(claim, link, view);
  return null;
}

/** How many years apart a date tied by keywords alone may be from its entry's and still be compared. */
const KEYED_YEARS = 10;

/**
 * A date tied to an entry by keywords alone (a place, a party), more than ten years from the entry's date, is far more
 * likely another moment in the history of that place or party ("the dam, built in 1976", "dormant until it erupted in
 * October 1979") than a wrong date of the entry: it is not compared, as a count far from a keyed entry's figure is not.
 */
function farDateDoubt(claim: DateClaim, link: LinkResult): Doubt | null {
  const l = link.link!;
  if (l.via !== "keywords" || l.entry.date === null || claim.value.value === null) return null;
  const value = parseIso(claim.value.value);
  const ref = parseIsoInterval(l.entry.date);
  if (value === null || value.year === null || ref === null || ref.from.year === null || ref.to.year === null) return null;
  const gap = Math.max(ref.from.year - value.year, value.year - ref.to.year);
  if (gap <= KEYED_YEARS) return null;
  return { rule: "date.far", message: `tied to ${l.entry.id} by its keywords, not named, and ${gap} years from its date (${l.entry.date}), so it may date another moment of the same place or parties` };
}

/** How many days a weekday may lie from its entry's date: the week's news tells of events of days before. */
const WEEKDAY_DAYS = 14;

/**
 * A day written as a weekday ("shelled Kherson on Wednesday") is a day of the story's week; an entry that ended (or
 * begins) weeks from it ("Russian troops withdrew from Kherson in November last year") is not what it dates, but
 * another moment of the entry's story: an anniversary, the war that goes on. Such a date is not compared.
 */
function weekdayFarDoubt(claim: DateClaim, link: LinkResult): Doubt | null {
  const entry = link.link!.entry;
  const gap = weekdayGap(claim, entry);
  if (gap === null || gap <= WEEKDAY_DAYS) return null;
  return { rule: "date.weekday-far", message: `a weekday dates a day of the story's week, and ${entry.id} (${entry.date}) is ${gap} days from it, so it dates another moment of that story` };
}

/** Days between a date written as a weekday and an entry's date (0 inside it), or null when the date is no weekday. */
function weekdayGap(claim: DateClaim, entry: Entry): number | null {
  if (entry.date === null || claim.value.value === null || claim.value.to) return null;
  if (!(claim.provenance.implied ?? []).some((i) => i.startsWith("day from the weekday"))) return null;
  const day = parseIso(claim.value.value);
  const ref = parseIsoInterval(entry.date);
  if (day === null || day.day === null || ref === null) return null;
  const at = firstDay(day);
  return Math.max(0, firstDay(ref.from) - at, at - lastDay(ref.to));
}

/** Is the entry within the days a weekday may lie from it? (Another entry named near the weekday may be its.) */
export function weekdayNear(claim: DateClaim, entry: Entry): boolean {
  const gap = weekdayGap(claim, entry);
  return gap !== null && gap <= WEEKDAY_DAYS;
}

/** An action done for the people an event struck: "visited victims", "in search of survivors", "buried the dead". */
const FOR_THE_VICTIMS = /\b(?:visit(?:ed|ing|s)?|search(?:ed|ing)?(?:\s+for)?|search\s+of|look(?:ed|ing)\s+for|mourn(?:ed|ing|s)?|buri(?:ed|es)|bury(?:ing)?|identif(?:ied|ying)|comfort(?:ed|ing)|honou?r(?:ed|ing)?|met|meeting|helped|helping|treat(?:ed|ing))\s+(?:(?:the|its|their|some|of|\p{Ll}+ed)\s+){0,2}(?:victims|survivors|wounded|injured|bodies|dead|relatives|families|bereaved)\b/iu;

/** A verb of going on, right after a date: "on Saturday continued to bore", "on Monday resumed the search". */
const ONGOING = /^\s?,?\s?(?:continued|resumed|kept|pressed\s+on|went\s+on)\b/i;

/** A trip to the place or the scene: "flew to Kunming on Sunday to oversee the investigation", "toured the site". */
const TRIP_TO = /\b(?:flew|travell?ed|rushed|hurried)\s+to\s+(?:the\s+)?\p{Lu}|\b(?:visited|toured)\s+(?:the\s+)?(?:site|scene|area|city|town|region|\p{Lu})/u;

/** Entries that are themselves something done for an event's victims: "First funerals of Sandy Hook victims". */
const AFTERMATH_ACTS = /\b(?:funerals?|burials?|memorials?|vigils?|mourning|commemorations?|tributes?|visits?|search|rescue|identification)\b/i;

/** Is the date in a clause whose action is done for the victims or survivors of an event, or is a trip to its scene? */
function forTheVictims(claim: DateClaim, view: string, entry: Entry): boolean {
  const sentence = view.slice(claim.sentence.start, claim.sentence.end);
  const at = claim.start - claim.sentence.start;
  const end = claim.end - claim.sentence.start;
  // The date's clause: back to the last comma or semicolon, on to the next one.
  const from = Math.max(sentence.lastIndexOf(",", at), sentence.lastIndexOf(";", at)) + 1;
  const next = sentence.slice(end).search(/[,;]/);
  const whole = sentence.slice(from, next < 0 ? sentence.length : end + next);
  // A relative clause between that action and the date is the date's own: "their search for survivors of the earthquake that
  // struck the eastern province of Elazig on Friday" dates the quake.
  const relative = [...whole.slice(0, at - from).matchAll(/\b(?:that|which)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|struck|hit|shook|blew|came|rose|fell|swept|tore|began|broke|sank|burst|spread)\b/gu)].at(-1);
  const clause = relative === undefined ? whole : whole.slice(relative.index);
  // (What is declared is no aftermath of an entry that is that declaration: a national mourning, a state of emergency;
  // nor is what is done for the victims of an entry that is that act: their funerals, a visit, a memorial.)
  const names = `${entry.name} ${entry.aliases.join(" ")}`;
  // (A trip whose clause tells of the entry's own act is the entry's: "Anderson, who was arrested when he flew to Bhopal
  // on Dec. 7, 1984", of his arrest.)
  const tripOfAnother = () => {
    if (!TRIP_TO.test(clause)) return false;
    const own = eventWords(entry);
    // (Its words in lower case: the act, not the place it names.)
    const acts = (clause.match(/\b\p{Ll}{5,}\b/gu) ?? []).flatMap(wordKeys);
    return !acts.some((w) => [...own].some((e) => e.length >= 5 && e.slice(0, 5) === w.slice(0, 5)));
  };
  return ((FOR_THE_VICTIMS.test(clause) || tripOfAnother()) && !AFTERMATH_ACTS.test(names)) || (DECLARED_AFTER.test(clause) && !/\b(?:mourning|emergency|disaster|calamity)\b/i.test(names));
}

/** A measure a government declares after a disaster: "declared a 30-day state of emergency", "declared national mourning". */
const DECLARED_AFTER = /\bdeclar(?:ed|es|ing)\s+(?:(?:a|an|the|three|two|one|\d+)\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:state\s+of\s+(?:emergency|disaster|calamity)|(?:days?\s+of\s+)?(?:national\s+)?mourning|disaster\s+(?:zone|area))\b/iu;

/** Words that open a noun phrase before a year that modifies its noun: "the 2017 budget", "Italy's 2017 budget". */
const MODIFIED_BY_YEAR = /(?:\b(?:the|a|an|its|their|his|her|this|that)|\p{L}['’]s)\s+$/iu;
/** Up to three lower-case words after a year: the noun it modifies, with its adjectives. */
const NOUN_AFTER_YEAR = /^\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})/u;
const NOT_NOUNS = new Set(["and", "or", "but", "to", "of", "in", "on", "at", "by", "for", "from", "with", "was", "were", "is", "are", "had", "has", "have", "which", "that", "who", "when", "as", "after", "before"]);

/**
 * A year that modifies a noun ("until parliament approves the 2017 budget") dates that thing: when no word of the
 * noun phrase names the entry's event (its name's words, its keywords, its kind: "the 2015 vote" for a referendum),
 * the year is not stated of the entry.
 */
function modifierDoubt(claim: DateClaim, entry: Entry, view: string): Doubt | null {
  if (!/^\d{4}$/.test(claim.text) || !MODIFIED_BY_YEAR.test(view.slice(Math.max(0, claim.start - 24), claim.start))) return null;
  const run = NOUN_AFTER_YEAR.exec(view.slice(claim.end, claim.end + 60));
  if (run === null) return null;
  const words: string[] = [];
  for (const w of run[1]!.split(/\s+/)) {
    if (NOT_NOUNS.has(w)) break;
    words.push(w);
  }
  if (words.length === 0 || namesEventOf(entry, words.flatMap(wordKeys), EVENT_WORDS)) return null;
  return { rule: "date.modifier", message: `"${claim.text}" dates "${words.join(" ")}", which does not name ${entry.name}` };
}

/** A volume over a period: "handled 61 million passengers last year", "exported 3 million tonnes in 2015". */
const VOLUME_BEFORE = /\b(?:handled|carried|served|received|welcomed|attracted|produced|exported|imported|sold|generated|earned|transported|processed|hosted|drew|shipped)\s+(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than|fewer\s+than|less\s+than)\s+)?[\d][\d.,]*\s*(?:(?:million|billion|thousand|m|bn)\s+)?(?:[\p{L}-]+\s+){1,2}$/iu;

/**
 * The period a volume is counted over ("Ataturk Airport, which handled 61 million passengers last year") dates that
 * figure, not an event.
 */
function volumeDoubt(claim: DateClaim, view: string): Doubt | null {
  const value = claim.value.value ? parseIso(claim.value.value) : null;
  if (value === null || value.day !== null) return null;
  if (!VOLUME_BEFORE.test(view.slice(Math.max(claim.sentence.start, claim.start - 60), claim.start))) return null;
  return { rule: "date.of-figure", message: `"${claim.text}" is the period a volume is counted over, not the date of an event` };
}

/** Results, figures or polls that "showed" on a day: "preliminary referendum results showed on Friday". */
const RESULTS_SHOWED = /\b(?:results|figures|data|statistics|polls?|count|tally|returns|estimates)\s+(?:\p{L}+\s+)?(?:showed|show|shows)\s+(?:on\s+|in\s+)?$/iu;

/**
 * The day results showed something is the day they came out: the vote's day, the day after it, or — after a count of
 * postal and special votes — weeks later. A day before the vote, or within three days after it, is compared; one
 * further on is not refuted ("preliminary referendum results showed on Friday", a fortnight after the polls closed).
 */
function resultsDoubt(claim: DateClaim, entry: Entry, view: string): Doubt | null {
  const value = claim.value.value ? parseIso(claim.value.value) : null;
  const ref = entry.date ? parseIsoInterval(entry.date) : null;
  if (value === null || ref === null || firstDay(value) <= lastDay(ref.to) + 3) return null;
  const before = view.slice(Math.max(claim.sentence.start, claim.start - 40), claim.start);
  if (!RESULTS_SHOWED.test(before)) return null;
  return { rule: "date.results", message: `"${claim.text}" is the day results came out, which may be after the vote or count they are of` };
}

/** Participles of a thing's making: what they date is the thing, not what later befell it. */
const ORIGIN_VERBS = new Set(["built", "rebuilt", "constructed", "founded", "erected", "bought", "acquired", "purchased", "delivered", "imported"]);

/** A facility "opened" before the date: its opening dates the facility ("had opened the mall in 2013"). */
const OPENED_FACILITY = /\bopened\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\p{L}-]+\s+){0,3}(?:mall|bridge|stadium|airport|dam|plant|factory|school|hospital|station|tunnel|museum|hotel|mine|terminal|building|tower|centre|center|arena|port|railway|line|club|venue|theatre|theater)s?\b[^.;]{0,40}$/iu;

/** Verbs of putting a name to a text (not "struck" or "reached", which an earthquake or a toll does too). */
const SIGNED = new Set(["signed", "signing", "initialled", "initialed", "inked", "countersigned"]);

/** Words of an event entry that is itself an agreement or its signing. */
const SIGNED_THINGS = /\b(?:sign\p{L}*|agree\p{L}*|accords?|letters?|petitions?|decrees?|orders?|bills?|laws?|acts?|statements?|treat(?:y|ies)|deals?|pacts?|protocols?|declarations?|conventions?|memorand\p{L}*|charters?|ceasefires?|truces?|contracts?|settlements?|compacts?)\b/iu;

/** Quantities measured in a year, which a year after them dates as a baseline: "emissions in 1990", "below 1990 levels". */
const QUANTITY_IN = /\b(?:emissions|levels?|output|production|population|prices|consumption|gdp|exports|imports|spending|budget|revenues?|income|turnout|rates?)\s+(?:in|of|for)\s+$/iu;

/**
 * A year that a quantity is measured in ("cut emissions by 5.2 percent below 1990 levels", "55 percent of the
 * emissions in 1990") is a baseline, not the date of an event.
 */
function referenceYearDoubt(claim: DateClaim, view: string): Doubt | null {
  if (!/^(?:in\s+)?\d{4}$/i.test(claim.text)) return null;
  const year = claim.text.slice(-4);
  const before = view.slice(Math.max(claim.sentence.start, claim.start - 30), claim.start) + (claim.text.length > 4 ? claim.text.slice(0, -4) : "");
  const after = view.slice(claim.end, Math.min(claim.sentence.end, claim.end + 12));
  if (!QUANTITY_IN.test(before) && !/^\s+levels?\b/iu.test(after)) return null;
  return { rule: "date.reference-year", message: `${year} is the year a quantity is measured in, a baseline, not the date of an event` };
}

/**
 * "The doctors' committee says more than 250 people have been killed since the uprising began": carried from the
 * paragraph before (the June 3 crackdown), or tied by keywords alone ("The government army has grown to about 35,000
 * soldiers since the war began", beside an accord's army of 13,000), a count its own clause dates from the start of
 * something else is that thing's running total, not the entry's figure.
 */
function sinceBeganDoubt(claim: Claim, entry: Entry, view: string, carried: boolean): Doubt | null {
  const after = view.slice(claim.end, claim.sentence.end);
  const since = /^[^,;:.]*?\bsince\s+(?:the|a|an|its|their)\s+((?:\p{L}[\p{L}-]*\s+){1,3}?)(?:began|started|erupted|broke\s+out)\b/iu.exec(after);
  // Its own words, not its kind's: an uprising is not the crackdown in it.
  let own = EVENT_WORDS.get(entry);
  if (!own) EVENT_WORDS.set(entry, (own = eventWords(entry)));
  if (since === null || wordKeys(since[1]!).some((w) => own!.has(w))) return null;
  return { rule: "count.since", message: `${carried ? "carried from the paragraph before" : "tied by keywords alone"}, a total "since the ${since[1]!.trim()}" began is that one's, not ${entry.id}'s` };
}

/** An epistemic modal before a perfect: "may have died", "might have been killed". */
const HEDGE = /\b(?:may|might)\s+have\b/u;

/**
 * "More than 1,000 people may have died": a fear or a guess, not a finding. When it holds it bears the entry out; when
 * it does not, the figure was only ever a possibility, which a later toll does not make false.
 */
function hedgeDoubt(claim: Claim): Doubt | null {
  return HEDGE.test(claim.text) ? { rule: "count.hedged", message: `"${claim.text}" states a possibility, not a finding` } : null;
}

/**
 * A count of a set from another time, told by its own words: "already hosts more than 120,000 refugees from earlier
 * waves of fighting", "from previous years". Not the entry's figure, whatever the entry holds.
 */
function earlierSetDoubt(claim: CountClaim, view: string | undefined): Doubt | null {
  if (view === undefined) return null;
  const after = view.slice(claim.end, Math.min(claim.sentence.end, claim.end + 50));
  return /^\s(?:[\p{L}-]+\s){0,3}?from\s(?:earlier|previous|past|prior|older)\b/u.test(after)
    ? { rule: "count.earlier-set", message: `"${claim.text}" counts a set from another time, as its own words say` }
    : null;
}

/**
 * A count under a condition, in a sentence that says what will or would be ("If Norway also votes yes, the union will
 * grow to 16 members"): a possibility, not a finding.
 */
function conditionDoubt(claim: Claim, view: string | undefined): Doubt | null {
  if (view === undefined) return null;
  const sentence = view.slice(claim.sentence.start, claim.sentence.end);
  const before = view.slice(Math.max(claim.sentence.start, claim.start - 120), claim.start);
  const condition = /^[\s"'“‘(]*(?:if|unless|should)\s/i.test(sentence) || /\b(?:if|unless)\s/i.test(before);
  // The modal before the count, in its clause: not a relative clause between them that states a fact ("If confirmed,
  // the figure would make it comparable to the 1976 disaster in Tangshan, which officially killed 242,000 people").
  const modal = [...before.matchAll(/\b(?:will|would|could|might|may)\s|['’]ll\s/gi)].at(-1);
  const own = modal !== undefined && !/\b(?:which|who|whom|whose|that|when|where)\b|[;:]/i.test(before.slice(modal.index));
  return condition && own ? { rule: "count.conditional", message: `"${claim.text}" is stated under a condition, as what will or would be, not a finding` } : null;
}

/** People in shelters on one night are some of those evacuated, not all: "nearly 19,000 were still sleeping in shelters". */
function shelteredDoubt(claim: Claim): Doubt | null {
  if (claim.kind !== "count" || claim.value.measure !== "evacuated" || !SHELTERS.test(claim.text) || /\bevacuat/iu.test(claim.text)) return null;
  return { rule: "count.sheltered", message: `"${claim.text}" counts the people in shelters at one time, some of those evacuated` };
}

const SHELTERS = /\b(?:shelters|(?:evacuation|relief|emergency)\s+(?:centres|centers|camps|sites))\b/iu;

/**
 * A preposition (and article) that attaches a name to the figure just before it, maybe after a participle: "71
 * percent in a 2015 referendum", "the mark of 19,870 set at the 2019 final".
 */
const ATTACHED = /^\s*(?:(?:\p{L}{2,}ed|set|held|won|made|seen)\s+)?(?:in|at|during|of|for|by)\s+(?:(?:the|a|an|its|their)\s+)?$/iu;

/**
 * An entry named right after another count of the sentence, by a preposition,
 * is that count's: in "Turnout was 64.2 percent, down from 71 percent in a
 * 2015 referendum", the 2015 referendum is what 71 percent is of.
 */
export function namedForAnother(claim: Claim, link: LinkResult, view: string | undefined): Doubt | null {
  const l = link.link!;
  if (view === undefined || l.mention.start < claim.end || l.mention.start > claim.sentence.end) return null;
  // (A body's size, "the 151-seat parliament", names no event of its own.)
  // A count coordinated with the claim shares what follows it: "717 pilgrims were killed and 863 injured in a crush at Mina".
  const coordinated = (start: number) => COORDINATED.test(view.slice(claim.end, start));
  const other = (link.siblings ?? []).find((s) => s.kind === "count" && !isSize(s) && s.start >= claim.end && s.end <= l.mention.start && ATTACHED.test(view.slice(s.end, l.mention.start)) && !coordinated(s.start));
  const named = view.slice(l.mention.start, l.mention.end);
  if (other) return { rule: "count.named-for-another", message: `"${named}" is named as what "${other.text}" is of, not this claim` };
  // ...or another figure that is no claim of its own ("beating the mark of 19,870 set at the 2019 final").
  const between = view.slice(claim.end, l.mention.start);
  const last = [...between.matchAll(FIGURE)].pop();
  if (last !== undefined && ATTACHED.test(between.slice(last.index + last[0].length)) && !coordinated(claim.end + last.index)) {
    return { rule: "count.named-for-another", message: `"${named}" is named as what "${last[0]}" is of, not this claim` };
  }
  return null;
}

/** Words that open a clause of its own after a count's clause: a relative, a conjunction. */
const CLAUSE_OPENER = /\b(?:where|which|that|who|whose|when|after|before|while|since|because|as)\b/i;

/**
 * A count whose own clause is dated, by a date between it and the name that linked it, to a time years from the
 * entry's, with the name in a clause of its own after that date ("Leaders of 27 European Union countries gathered on
 * Saturday in the same hall where the bloc's founding treaty was signed six decades ago"): the count is of what that
 * date dates, and the entry is named to say where or since when.
 */
function datedClauseDoubt(claim: CountClaim, link: LinkResult, view: string | undefined): Doubt | null {
  const l = link.link!;
  const entry = l.entry;
  if (view === undefined || l.via !== "alias" || entry.date === null || l.mention.start < claim.end || l.mention.start > claim.sentence.end) return null;
  const ref = parseIsoInterval(entry.date);
  if (ref === null || ref.from.year === null || ref.to.year === null) return null;
  const own = (link.siblings ?? []).find((s): s is DateClaim => {
    if (s.kind !== "date" || s.role !== "event" || s.start < claim.end || s.end > l.mention.start || s.value.value === null) return false;
    const v = parseIso(s.value.value);
    return v !== null && v.year !== null && (v.year < ref.from.year! - 1 || v.year > ref.to.year! + 1) && CLAUSE_OPENER.test(view.slice(s.end, l.mention.start));
  });
  if (own === undefined) return null;
  return { rule: "count.other-clause", message: `its clause is dated "${own.text}", years from ${entry.id} (${entry.date}), which is named in a clause of its own after it` };
}

/** What joins two coordinated counts: "were killed and", ", and", "or". */
const COORDINATED = /^\s*(?:(?:were|was|had\s+been|have\s+been|are)\s+)?(?:\p{Ll}+(?:ed|en)\s*)?(?:,\s*)?(?:and|or|,)\s*$/u;

/** A number written as a figure ("19,870", "71 percent", "1.2 million"). */
const FIGURE = /(?<![\p{L}\p{N}])\d[\d,.]*(?:\s*%|\s+(?:percent|per\s+cent|million|billion|thousand))?(?![\p{L}\p{N}])/gu;

/**
 * "Fighting has raged since August last year": a date after "since" starts a
 * period that runs on; an entry dated to a day, a month or a period shorter
 * than a year may be one event of that period, dated later. Agreement bears it out; a disagreement says
 * nothing. An entry that is itself a period of a year or more ("coal mining
 * deaths since 2000", dated 2000/2022) is compared as any date is.
 */
function sinceDoubt(claim: DateClaim, entry: Entry, view: string): Doubt | null {
  const period = entry.date === null ? null : parseIsoInterval(entry.date);
  if (period === null || lastDay(period.to) - firstDay(period.from) >= 365) return null;
  const before = view.slice(Math.max(claim.sentence.start, claim.start - 60), claim.start);
  // "since early December", or a clause of "since" whose verb the date hangs on: "since the fighting began on October 24".
  // (Not when the clause's verb is the entry's own event: "since the island was partitioned in 1921" dates the partition.)
  const verb = sinceClause(before);
  const ownEvent = typeof verb === "string" && wordKeys(`${entry.name} ${entry.aliases.join(" ")}`).some((w) => w.length >= 5 && verb.length >= 5 && w.slice(0, 5) === verb.slice(0, 5));
  return /\bsince\s+(?:(?:early|late|mid|the\s+(?:start|end|beginning|middle)\s+of)[\s-]+)?$/i.test(before) || (verb !== false && !ownEvent)
    ? { rule: "date.since", message: `"since ${claim.text}" starts a period that runs on, not the date of one event in it` }
    : null;
}

/**
 * "The Soviet Union blamed Nazi Germany for the Katyn killings until 1990": a date after "until" ends a state of
 * things the clause tells of, not the date of an event; compared only with an entry that is itself a period, whose
 * end it may be (not when it is more than a year after it).
 */
function untilDoubt(claim: DateClaim, entry: Entry, view: string): Doubt | null {
  const period = entry.date === null ? null : parseIsoInterval(entry.date);
  const value = claim.value.value === null ? null : parseIso(claim.value.value);
  if (period === null || value === null || value.year === null) return null;
  // A period's end it may be ("national mourning until Nov. 5"), unless more than a year after it.
  if (entry.date!.includes("/") && firstDay(value) <= lastDay(period.to) + 365) return null;
  const before = view.slice(Math.max(claim.sentence.start, claim.start - 80), claim.start);
  const own = /^(?:until|till)\s/i.test(claim.text);
  const until = own ? before.length : /\b(?:until|till)\s+(?:(?:early|late|mid|the\s+(?:start|end|beginning|middle)\s+of)[\s-]+)?$/i.exec(before)?.index;
  // "did not complete the decommissioning until September 2005", "It was not until 1990 that": what happened then.
  if (until === undefined || /\b(?:not|never|n['’]t)\b/i.test(before.slice(0, until).split(/[,;:.]/).at(-1) ?? "")) return null;
  const text = own ? claim.text : `until ${claim.text}`;
  return { rule: "date.until", message: `"${text}" ends what the sentence says lasted until then, not the date of ${entry.name}` };
}

/** Words that make a "by" date a deadline of something to be done. */
const DEADLINE = /\b(?:will|would|must|should|shall|could|can|may|might|to|want|wants|wanted|promised|promises|pledged|pledges|vowed|plans?|planned|aims?|aimed|expected|expects|due|deadline|ordered|demanded|required|agreed|set|target|goal)\b/i;

/**
 * "Of the deaths tallied by Wednesday", "had been evacuated by Friday": a time by which something had happened, not
 * when. An entry dated before it is not refuted by it (one dated after it is: what it tells had not yet happened).
 */
function byDoubt(claim: DateClaim, entry: Entry, view: string): Doubt | null {
  const period = entry.date === null ? null : parseIsoInterval(entry.date);
  const value = claim.value.value === null ? null : parseIso(claim.value.value);
  if (period === null || value === null || value.year === null || lastDay(period.to) >= firstDay(value)) return null;
  const before = view.slice(Math.max(claim.sentence.start, claim.start - 30), claim.start);
  const own = /^by\s/i.test(claim.text);
  if (!own && !/\bby\s+(?:(?:early|late|mid)[\s-]+)?$/i.test(before)) return null;
  // A deadline ("promised 319,000 homes by February", "will hand back Lachin by Dec. 1") is the entry's date itself.
  if (DEADLINE.test(view.slice(claim.sentence.start, claim.start))) return null;
  const text = own ? claim.text : `by ${claim.text}`;
  return { rule: "date.by", message: `"${text}" is a time by which what the sentence tells had happened, not when; ${entry.name}, dated ${entry.date}, is before it` };
}

/**
 * "during the six months from September 2017 through the end of February 2018": a bound of a span is compared only
 * with an entry that is itself a span; a one-day entry (a study's publication) is not what it bounds.
 */
function boundDoubt(claim: DateClaim, entry: Entry, view: string): Doubt | null {
  if (entry.date === null || entry.date.includes("/") || entry.date.length !== 10 || claim.value.to !== undefined) return null;
  const before = view.slice(Math.max(claim.sentence.start, claim.start - 80), claim.start);
  const after = view.slice(claim.end, Math.min(claim.sentence.end, claim.end + 12));
  // The span's other bound is a date too: a year or a month within a few words ("from September 2017 through").
  const span = /\bfrom\s+((?:\S+\s+){1,4})(?:through|to|until|till)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?$/i.exec(before);
  const end = span !== null && /\b(?:\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(span[1]!);
  const start = /\bfrom\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$/i.test(before) && /^\s*(?:through|to|until|till)\s/i.test(after);
  return end || start ? { rule: "date.period-bound", message: `"${claim.text}" ${end ? "ends" : "starts"} a span, which ${entry.id}, dated ${entry.date}, is not` } : null;
}

/**
 * Does the text before a date end in a clause of "since" whose verb the date hangs on? That verb ("since the fighting
 * began on"), true for a date after the verb's object, or false.
 */
function sinceClause(before: string): string | true | false {
  const words = before.toLowerCase().split(/\s+/).filter((w) => w !== "");
  const at = words.lastIndexOf("since");
  if (at < 0 || words.length - at > 9) return false;
  const clause = words.slice(at + 1);
  if (clause.some((w) => /[,.;:()"“”\d]/.test(w))) return false;
  while (clause.length > 0 && ["early", "late", "mid"].includes(clause[clause.length - 1]!)) clause.pop();
  const isVerb = (w: string) => ["began", "begun", "started", "out"].includes(w) || /^\p{L}{2,}ed$/u.test(w);
  const [verb, prep] = clause.slice(-2);
  if (clause.length >= 3 && (prep === "on" || prep === "in") && verb !== undefined && isVerb(verb)) return verb;
  // A date that follows the verb's object ("since the neighbours agreed to a ceasefire three years ago").
  return clause.length >= 3 && clause.slice(1, -1).some(isVerb) && !["on", "in", "at", "by"].includes(prep ?? "");
}

/** What names an entry as the reason of an action: "in connection with", "suspected of involvement in". */
const ABOUT = /\b(?:in\s+connection\s+with|connected\s+(?:to|with)|linked\s+to|suspected\s+of|accused\s+of|charged\s+(?:with|over)|for\s+(?:their|his|her|its)\s+(?:role|part)\s+in|(?:inquiry|investigation|probe|inquest)\s+into|(?:clues|evidence)\s+(?:to|about|of|in)|(?:left|caused|wrought)\s+by)\b/i;

/**
 * A person or a place known by an event: "the suspect in the", "survivors of", "the families of those killed in the",
 * "at the site of the", "the scene of the".
 */
const PERSON_OF = /\b(?:suspects?|survivors?|victims?|families|relatives|residents|inhabitants|villagers|townspeople|bombers?|gunm[ae]n|attackers?|perpetrators?|hijackers?|accused|witness(?:es)?|widows?|orphans?|(?:those|people)\s+(?:killed|injured|wounded|hurt)|site|scene|ruins|wreckage)\s+(?:(?:in|of|from|behind)\s+)(?:the\s+|this\s+|last\s+\p{L}+['’]s\s+)?$/iu;

/** ...or named before the person: "one of the Bataclan attackers", "the Boston bombing suspect". */
const PERSON_AFTER = /^\s+(?:suspects?|survivors?|victims?|bombers?|gunm[ae]n|attackers?|perpetrators?|hijackers?|widows?|orphans?)\b/iu;

/** "five days after the eruption", "two weeks after the hurricane": a span, then what it is counted from. */
const COUNTED_FROM = /\b(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+(days?|weeks?)\s+after\s+([^.;]{0,80})/iu;

/** Is the claim's day, less the span, within the entry's date? */
function countedBackAgrees(claim: DateClaim, entry: Entry, counted: RegExpExecArray): boolean {
  const value = claim.value.value ? parseIso(claim.value.value) : null;
  const ref = entry.date ? parseIsoInterval(entry.date) : null;
  if (value === null || value.day === null || ref === null) return false;
  const word = counted[1]!.toLowerCase();
  const n = /^\d/.test(word) ? Number(word) : word === "a" || word === "an" ? 1 : smallNumberWord(word);
  if (n === null) return false;
  const back = firstDay(value) - n * (/^week/i.test(counted[2]!) ? 7 : 1);
  return back >= firstDay(ref.from) && back <= lastDay(ref.to);
}

/** Words that open a clause of their own between a date and a later mention: "began in March, weeks after Storm Ana". */
/** A sentence's text past the dateline it opens with, if any ("ESCUINTLA, Guatemala, June 12 (AP) - "). */
function pastDateline(text: string): string {
  const dash = /\s[-\u2013\u2014]\s/.exec(text.slice(0, 100));
  return dash !== null && /^\s*\p{Lu}{3,}\b/u.test(text) ? text.slice(dash.index + dash[0].length) : text;
}

/** A sentence opening with a subordinate clause: "After", "More than a week after", "Two days before", "When". */
const FRONTED_CLAUSE = /^[\s"'\u201c\u2018(]*(?:[\p{L}\d-]+\s+){0,4}?(?:after|before|since|when|while|as|following|until|once)\s/iu;
/** After the comma that ends a fronted clause, the main clause: a word that opens no phrase of time or place, and more words. */
const MAIN_CLAUSE = /^\s*(?!(?:on|in|at|by|from|to|during|around|about|near|some|just|only|late|early|and|or|but|the\s+day|a\s+day)\b)[\p{L}\d]\S*(?:\s+\S+){2}/iu;
const SUBORDINATE = /\b(?:after|before|when|while|following|since|until|because|whereas|but|and|as|that|which|who|whose)\b/i;

/**
 * Where the date sits against the mention that linked it: a later mention in a
 * clause of its own ("…in early March last year, weeks after Tropical Storm Ana
 * destroyed…") is not what the date dates.
 */
function attachmentDoubt(claim: DateClaim, link: LinkResult, view: string): Doubt | null {
  const l = link.link!;
  // "landed on Thursday, … five days after a massive eruption": a day the sentence counts from the event is that many
  // days after it. When it is, counted back, the entry's day, the sentence bears the entry out and refutes nothing.
  const counted = COUNTED_FROM.exec(view.slice(claim.end, claim.sentence.end));
  if (counted !== null && countedBackAgrees(claim, l.entry, counted) && namesEventOf(l.entry, wordKeys(counted[3]!), EVENT_WORDS)) {
    return { rule: "date.counted-from", message: `the sentence counts it from ${l.entry.name} ("${counted[0].trim()}"), and counted back it is the entry's date` };
  }
  // The entry named only to say who someone is ("The surviving suspect in the Boston Marathon bombings lay in a
  // hospital on Saturday"): the date is of what that person did or underwent, unless it follows the name at once.
  const inSentence = within(l.mention, claim.sentence);
  const knownBy = () => PERSON_OF.test(view.slice(Math.max(claim.sentence.start, l.mention.start - 40), l.mention.start)) || PERSON_AFTER.test(view.slice(l.mention.end, Math.min(claim.sentence.end, l.mention.end + 20)));
  if (l.via === "alias" && inSentence && knownBy()) {
    const right = l.mention.end <= claim.start && /^(?:, ?)?(?:on|in|of|that began on)?$/i.test(view.slice(l.mention.end, claim.start).replace(/\s+/g, " ").trim());
    if (!right) return { rule: "date.about-person", message: `"${view.slice(l.mention.start, l.mention.end)}" is named to say who someone is, or what a place is; the date is of what was done there or by them` };
  }
  if (l.via === "alias" && l.mention.start >= claim.end) {
    const between = view.slice(claim.end, l.mention.start);
    // The entry named before the date too, in the date's own clause ("A state funeral … will be held … on Saturday,
    // which the government has declared a national day of mourning"): that mention is the date's.
    const before = view.slice(claim.sentence.start, claim.start).toLowerCase();
    const namedBefore = [l.entry.name, ...l.entry.aliases].some((a) => {
      const at = before.lastIndexOf(a.toLowerCase());
      return a.length > 0 && at >= 0 && !SUBORDINATE.test(before.slice(at + a.length)) && !/[,;:]/.test(before.slice(at + a.length));
    });
    // "arrested five people on Saturday in connection with the Madrid train bombings": the date is of an action
    // taken about the entry, which is named as its reason.
    if (ABOUT.test(between) && !namedBefore) return { rule: "date.about-entry", message: `the date is of an action taken over "${view.slice(l.mention.start, l.mention.end)}", named as its reason` };
    // A "when" clause right after the date is the date's own: "memories of July 3, 1988, when a U.S. cruiser shot
    // down Iran Air Flight 655" dates the downing.
    const whenClause = /^\s*(?:,\s*)?when\b/i.exec(between);
    const ownWhen = whenClause !== null && !SUBORDINATE.test(between.slice(whenClause[0].length)) && !/[;:]/.test(between);
    if (SUBORDINATE.test(between) && !namedBefore && !ownWhen) return { rule: "date.other-clause", message: `the date and "${view.slice(l.mention.start, l.mention.end)}" are in different clauses` };
  }
  // A mention in an earlier clause, another subject's clause coordinated after it ("cut to 400,000 households after
  // the main shock, and thousands of homes were still without power on Tuesday") or set against it ("…, as soldiers
  // dug through mud on Friday"): the date is of that clause.
  if (l.via === "alias" && l.mention.end <= claim.start && l.mention.start >= claim.sentence.start) {
    const between = view.slice(l.mention.end, claim.start);
    // (Not when the last part before the date goes back to the first clause's subject: "…, as the centennial began,
    // and was moved in 2000".)
    const back = /^\s*(?:and|but)\s+(?:was|were|is|are|has|had|have|\p{Ll}+ed)\b/iu.test(between.slice(between.lastIndexOf(",") + 1));
    if (/,\s+(?:(?:and|but|while|whereas)\s+(?!(?:was|were|is|are|has|had|have|also|then|later|it|he|she|they|\p{Ll}+ed)\b)|as\s+(?!(?:well|many|much|few|expected|early|late|soon|long|far|part|of|usual|such|if|though|a\s+result|to|for|with|in|on|at|by|was|were|is|are|had|has|have|did|does|do)\b)\p{L})/iu.test(between) && !back) {
      return { rule: "date.other-clause", message: `the date and "${view.slice(l.mention.start, l.mention.end)}" are in different clauses` };
    }
    // A mention in a clause the sentence opens with, the date in the main clause after it ("More than a week after
    // the volcano buried villages, hundreds of survivors were still waiting on Tuesday"): the date is the main clause's.
    const opening = pastDateline(view.slice(claim.sentence.start, l.mention.start));
    const comma = between.indexOf(",");
    if (FRONTED_CLAUSE.test(opening) && !opening.includes(",") && comma >= 0 && !/[;:]/.test(between) && MAIN_CLAUSE.test(between.slice(comma + 1))) {
      return { rule: "date.other-clause", message: `the date and "${view.slice(l.mention.start, l.mention.end)}" are in different clauses` };
    }
  }
  return null;
}

/**
 * A date in a list of three or more ("the deadly summers of 2003, 2019 and 2022"), none of which is the entry's,
 * names several other times the story measures its event against, not the event.
 */
function listDoubt(claim: DateClaim, entry: Entry, link: LinkResult, view: string): Doubt | null {
  if (entry.date === null) return null;
  const dates = [claim, ...(link.siblings ?? []).filter((s): s is DateClaim => s.kind === "date")].sort((a, b) => a.start - b.start);
  const at = dates.indexOf(claim);
  const joined = (a: DateClaim, b: DateClaim) => /^(?:,|and|or|, and|, or)$/.test(view.slice(a.end, b.start).trim().replace(/\s+/g, " "));
  let first = at;
  while (first > 0 && joined(dates[first - 1]!, dates[first]!)) first--;
  let last = at;
  while (last < dates.length - 1 && joined(dates[last]!, dates[last + 1]!)) last++;
  const list = dates.slice(first, last + 1);
  if (list.length < 3 || list.some((d) => d.value.value !== null && dateAgrees(d, entry.date!))) return null;
  return { rule: "date.list", message: `one of ${list.length} dates listed together, none of them ${entry.id}'s (${entry.date}): they name other times the story measures it against` };
}

/**
 * The day of publication, for an event over before it, in a phrase set off after the event's name, dates the day's
 * news of it ("Tamsin, downgraded to a tropical storm early on Monday, was moving north", of a landfall on Sunday).
 * Said of the event itself ("the collapse happened on Wednesday"), it is compared.
 */
function newsOfTheDay(claim: DateClaim, link: LinkResult, published: string | null, view: string | undefined): Doubt | null {
  const l = link.link!;
  const entry = l.entry;
  const between = view !== undefined && l.mention.end <= claim.start ? view.slice(l.mention.end, claim.start) : "";
  const participle = /^\s*,\s*(\p{L}+)/u.exec(between);
  const setOff = participle !== null && participle[1]!.endsWith("ed") && !/[,.;:]/.test(between.slice(participle[0].length));
  if (setOff && dayOfNewsAfter(claim, entry.date, published)) {
    return { rule: "date.news-of-the-day", message: `${published} is the day of publication, after ${entry.id} (${entry.date}): it dates the day's news of it` };
  }
  return null;
}

/**
 * A period has two dates: when the dates of the sentence that agree with an
 * entry's period all fall at one of its bounds, a date on the side of the
 * other bound may be that one ("a truce agreed last April that expired in
 * October"; "from 9,500 carloads in 2008 to more than 230,000 in 2012") and is
 * compared; one beyond the bound they give ("began in 2014 after protests in
 * 2013") dates something else.
 */
function otherBound(claim: DateClaim, agreeing: readonly DateClaim[], date: string, view: string | undefined): boolean {
  // "after 2012", "until March": the bound of another span.
  if (view === undefined || /\b(?:after|before|since|until|till|by|beyond|through|throughout)\s+(?:the\s+)?(?:end\s+of\s+|start\s+of\s+)?$/i.test(view.slice(Math.max(0, claim.start - 30), claim.start))) return false;
  const period = date.includes("/") ? parseIsoInterval(date) : null;
  const value = claim.value.value ? parseIso(claim.value.value) : null;
  if (period === null || value === null || value.year === null || claim.value.to !== undefined || claim.role !== "event" || agreeing.some((d) => d.role === "plan")) return false;
  const from = firstDay(period.from);
  const to = lastDay(period.to);
  const bound = (d: DateClaim): "start" | "end" | null => {
    const v = d.value.value ? parseIso(d.value.value) : null;
    if (v === null || v.year === null || d.value.to !== undefined) return null;
    const agreesStart = compareDates(d.value.value!, undefined, formatIso(period.from)).result === "agree";
    const agreesEnd = compareDates(d.value.value!, undefined, formatIso(period.to)).result === "agree";
    return agreesStart === agreesEnd ? null : agreesStart ? "start" : "end";
  };
  const bounds = new Set(agreeing.map(bound));
  if (bounds.size !== 1 || bounds.has(null)) return false;
  const day = firstDay(value);
  return bounds.has("start") ? day > from : lastDay(value) < to;
}

const GRAIN_RANK = { year: 0, month: 1, day: 2 } as const;

/**
 * "elections later this year, … in a referendum held on Saturday": a year or month counted from the publication,
 * coarser than the date, agrees with most of what the story tells and takes no entry from a day.
 */
function looseAgreement(sibling: DateClaim, claim: DateClaim): boolean {
  return GRAIN_RANK[sibling.grain] < GRAIN_RANK[claim.grain] && /\b(?:this|last|next|later|earlier|coming|past)\b/i.test(sibling.text);
}

function dateDoubt(claim: DateClaim, entry: Entry, link: LinkResult, published: string | null, view?: string): Doubt | null {
  // An agreement's date is its signing: "extended in January 2021", "entered into force in 1970" date something else.
  if (entry.kind === "treaty" && !link.owner && !isSigning(claim)) {
    return { rule: "date.not-signing", message: `the date is not stated as the signing of ${entry.name}${claim.governor ? ` (it dates "${claim.governor}")` : ""}` };
  }
  // A signing dates an agreement: an event that is no agreement or signing ("the referendum on the treaty, which had
  // been signed in Rome on October 29, 2004") is not what it dates.
  if (entry.kind === "event" && claim.governor !== null && SIGNED.has(claim.governor) && !SIGNED_THINGS.test(`${entry.name} ${entry.aliases.join(" ")}`)) {
    return { rule: "date.signing-of-other", message: `the date is of a signing (it dates "${claim.governor}"), and ${entry.name} is no agreement or signing` };
  }
  // A thing's making dates the thing: "the dam, built in 1976" is no date of the dam's collapse (an event of a day),
  // unless the entry is that making ("the bridge's construction"); a period (a festival series) starts with it.
  const opened = claim.governor === "opened" && view !== undefined && OPENED_FACILITY.test(view.slice(Math.max(claim.sentence.start, claim.start - 80), claim.start));
  if (entry.kind === "event" && entry.date !== null && !entry.date.includes("/") && claim.governor !== null && (ORIGIN_VERBS.has(claim.governor) || opened) && !wordKeys(`${entry.name} ${entry.aliases.join(" ")}`).some((w) => w.slice(0, 4) === claim.governor!.slice(0, 4))) {
    return { rule: "date.origin", message: `the date is of when something was ${claim.governor}, not of ${entry.name}` };
  }
  // A date after publication cannot date an event that had happened by then.
  const pub = published ? parseIso(published) : null;
  const value = claim.value.value ? parseIso(claim.value.value) : null;
  const ref = entry.date ? parseIsoInterval(entry.date) : null;
  if (pub && value && value.year !== null && ref && firstDay(value) > firstDay(pub) && lastDay(ref.to) <= firstDay(pub)) {
    return { rule: "date.future", message: `${claim.value.value} is after the article's publication (${published}), and ${entry.id} had happened by then: it dates something planned` };
  }
  // "after talks collapsed last week", "threatened last weekend": a week counted from the publication dates the news
  // around an event (talks, statements, visits) as often as the event, and a span by the writer's reckoning.
  if ((claim.provenance.implied ?? []).includes(WEEK_NOTE)) {
    return { rule: "date.week", message: `"${claim.text}" is a week counted from the publication, which dates the news around an event as often as the event: it bears ${entry.id} out, it does not refute it` };
  }
  // A date on which something went on ("Drilling crews on Saturday continued to bore a fourth hole into the Crandall
  // Canyon mine") is of that going on, after an event of a day.
  if (view !== undefined && entry.date !== null && !entry.date.includes("/") && ONGOING.test(view.slice(claim.end, Math.min(claim.sentence.end, claim.end + 24)))) {
    return { rule: "date.ongoing", message: `"${claim.text}" dates something that went on after ${entry.name}, not the event` };
  }
  // A date of an action done for the event's victims ("visited victims in hospital on Friday", "dug through collapsed
  // homes on Tuesday in search of survivors of two powerful earthquakes") is the aftermath's, not the event's.
  if (view !== undefined && forTheVictims(claim, view, entry)) {
    return { rule: "date.aftermath", message: `"${claim.text}" dates something done after ${entry.name} (for its victims or survivors, or a trip to its scene), not the event` };
  }
  // "three days later", "the following year": counted from the last date written before it, which may date
  // something else than what the story counts from.
  const anchored = anchoredNote(claim);
  if (anchored !== undefined) {
    return { rule: "date.anchored", message: `"${claim.text}" is ${anchored}, written before it, which may date something else than what the story counts from: it bears ${entry.id} out, it does not refute it` };
  }
  // Another date in the sentence agrees with the entry: this one dates something else ("in April, from 7.9% in March").
  // A point of comparison or a plan counts too: "Tuesday's meeting was the first since September 2023, when they spoke
  // at the UN"; "Unions have called a general strike for Aug. 2, and civic groups will march on Saturday".
  // (A week counted from the publication is too loose to be the entry's date: see date.week. Unless it owns the entry's
  // kind of event: "ended their search on Saturday …, bringing the death toll from last week's earthquake to 116".)
  const agreeing = (link.siblings ?? []).filter(
    (s): s is DateClaim =>
      s.kind === "date" && (s.role === "event" || s.role === "comparison" || s.role === "plan") && (!(s.provenance.implied ?? []).includes(WEEK_NOTE) || (view !== undefined && ownsEventOf(view, s.end, entry))) && anchoredNote(s) === undefined && !looseAgreement(s, claim) && entry.date !== null && dateAgrees(s, entry.date),
  );
  const sibling = agreeing[0];
  // The story's present (within a month of the publication) is no bound of a period that ended years before it
  // ("a super cyclone on Monday, the first since the storm that struck Odisha in October 1999").
  const present = pub !== null && value !== null && value.year !== null && ref !== null && Math.abs(firstDay(value) - firstDay(pub)) <= 31 && lastDay(ref.to) < firstDay(pub) - 366;
  if (sibling && (present || !otherBound(claim, agreeing, entry.date!, view))) return { rule: "date.other-agrees", message: `"${sibling.text}" in the same sentence is the entry's date; this one dates something else` };
  return null;
}
