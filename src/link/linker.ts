/**
 * Linking a claim to an entry (CONTRACT §2). Candidates: entries named (name or
 * alias) in the claim's sentence, and entries whose keywords all occur in its
 * paragraph. Among those that hold the fact the claim states, prefer a name in
 * the sentence, then an entry whose date agrees with a date in the sentence,
 * then the nearest mention; a tie is `ambiguous`.
 */
import type { Base, Entry } from "../model/base.js";
import type { Claim, CountClaim, DateClaim, TreatyClaim } from "../model/claim.js";
import { CANONICAL_MEASURES } from "../model/claim.js";
import { GENERIC_PEOPLE, anchoredNote } from "../extract/vocabulary.js";
import type { Link, LinkResult } from "../model/finding.js";
import type { Span } from "../model/location.js";
import { NATION_ENDINGS, compileBase, isCompiled, keywordMentionsOf, nameMentionsOf } from "./alias-index.js";
import type { CompiledBase, Mention } from "./alias-index.js";
import { dateAgrees, dayOfNewsAfter } from "../verify/date.js";
import { isKindHead, ownsEventOf, speaksOf } from "./events.js";
import { keyedWords, wordKeys } from "./normalize.js";
import type { KeyedWord } from "./normalize.js";
import { firstDay, lastDay, parseIso, parseIsoInterval } from "../lib/isodate.js";
import { placeMatches } from "../verify/treaty.js";
import { isSigning, namedForAnother } from "../verify/doubts.js";
import { figuresFor } from "../verify/measure.js";
import { SCALE } from "../verify/count.js";
import { SpanIndex, distance, lowerBound, within } from "../lib/span-index.js";
import { push } from "../lib/group.js";

export interface Linker {
  /** Links every claim of one document; `published` (YYYY-MM-DD) tells dates of plans from dates of events. */
  linkAll(view: string, claims: readonly Claim[], published?: string | null, blocks?: readonly Span[]): LinkResult[];
}

export function createLinker(base: Base | CompiledBase): Linker {
  const index = isCompiled(base) ? base : compileBase(base);
  const cache = new Map<Entry, Set<string>>();
  const contextWords = (e: Entry) => {
    let w = cache.get(e);
    if (!w) cache.set(e, (w = new Set([...e.keywords, ...e.parties, e.place ?? ""].flatMap(wordKeys))));
    return w;
  };
  return { linkAll: (view, claims, published, blocks) => linkAll(index, view, claims, contextWords, published ?? null, blocks ?? []) };
}

const spanKey = (s: Span) => `${s.start}:${s.end}`;

/** Does the entry hold the fact this claim states? */
function holdsFact(entry: Entry, claim: Claim): boolean {
  switch (claim.kind) {
    case "count":
      return figuresFor(entry, claim) !== null;
    case "date":
      return entry.date !== null;
    case "treaty":
      return entry.kind === "treaty";
    default: {
      const never: never = claim;
      return never;
    }
  }
}

function linkAll(
  index: CompiledBase,
  view: string,
  claims: readonly Claim[],
  contextWords: (e: Entry) => ReadonlySet<string>,
  published: string | null,
  blocks: readonly Span[],
): LinkResult[] {
  // The document's words, keyed once: sentences and paragraphs are ranges of them.
  const docWords = keyedWords(view, 0);
  // The lede (the first body paragraph), when a headline comes before it.
  const body = bodyStart(view, blocks);
  const ledeStart = body > 0 ? blocks[body]!.start : -1;
  const wordsIn = (s: Span): KeyedWord[] => docWords.slice(lowerBound(docWords, (w) => w.start, s.start), lowerBound(docWords, (w) => w.start, s.end));
  const sentenceMentions = new Map<string, SpanIndex<Mention>>();
  const paragraphKeywords = new Map<string, KeyedParagraph>();
  const namesIn = (s: Span) => {
    const k = spanKey(s);
    let m = sentenceMentions.get(k);
    // (A name of one capitalised word is a proper name: written in lower case it is another word, "west" of "West".)
    if (!m) sentenceMentions.set(k, (m = new SpanIndex(nameMentionsOf(index, wordsIn(s)).filter((x) => !(/^\p{Lu}[\p{L}'’-]*$/u.test(x.phrase) && /^\p{Ll}/u.test(view.charAt(x.start)))))));
    return m;
  };
  // A treaty that carries its own year ("the Alma-Ata Declaration of 1991") is not what another date in the sentence dates.
  const undatedNames = new Map<string, Mention[]>();
  const undatedNamesIn = (s: Span) => {
    const k = spanKey(s);
    let m = undatedNames.get(k);
    if (!m) {
      const dated = new SpanIndex((treatiesBySentence.get(k) ?? []).filter((t) => t.dateSpan !== null || t.value.year != null));
      undatedNames.set(k, (m = namesIn(s).all.filter((n) => !dated.overlapping(n).some((t) => within(n, t)))));
    }
    return m;
  };
  // Treaties of a sentence by position, for the date claims inside them or in their signing clause.
  const treatyIndex = new Map<string, SpanIndex<TreatyClaim>>();
  const treatiesNear = (s: Span, claim: Span) => {
    const k = spanKey(s);
    let t = treatyIndex.get(k);
    if (!t) treatyIndex.set(k, (t = new SpanIndex(treatiesBySentence.get(k) ?? [], (x) => ({ start: Math.min(x.start, x.dateSpan?.start ?? x.start), end: Math.max(x.end, x.dateSpan?.end ?? x.end) }))));
    return t.overlapping(claim);
  };
  // Whether a date of the sentence agrees with an entry's: asked once per sentence and entry.
  const agreement = new Map<string, Map<Entry, boolean>>();
  const sentenceDateAgrees = (s: Span, dates: readonly DateClaim[], e: Entry) => {
    const k = spanKey(s);
    let m = agreement.get(k);
    if (!m) agreement.set(k, (m = new Map()));
    let a = m.get(e);
    // The dateline dates the story, not an event of it: it says nothing of which entry a claim is of.
    if (a === undefined) m.set(e, (a = e.date !== null && dates.some((d) => d.role !== "dateline" && d.value.value !== null && dateAgrees(d, e.date!))));
    return a;
  };
  const keywordsIn = (p: Span) => {
    const k = spanKey(p);
    let m = paragraphKeywords.get(k);
    if (!m) paragraphKeywords.set(k, (m = keyedParagraph(keywordMentionsOf(index, wordsIn(p), (at) => view.charAt(at)).filter((x) => !DISTANCE_FROM.test(view.slice(Math.max(p.start, x.start - 60), x.start)) && !ownedByAnother(view, p, x)), wordSet(p))));
    return m;
  };
  const bySentence = new Map<string, Claim[]>();
  for (const c of claims) push(bySentence, spanKey(c.sentence), c);
  const attachedCache = new Map<string, Attached[]>();
  const attachedIn = (p: Span): readonly Attached[] => {
    const k = spanKey(p);
    let a = attachedCache.get(k);
    if (!a) attachedCache.set(k, (a = attachedPhrases(view, p)));
    return a;
  };
  // A date in a phrase attached to a point of comparison ("up from 27 at the last election in May 2022") dates that
  // baseline: it says nothing of which entry the sentence's other counts are of.
  // So does a date in an apposition set off by commas that the count is not in ("In May 2018, 66.4% voted to repeal
  // the Eighth Amendment, a near-total ban inserted into the constitution in 1983, on a turnout of 64.1%").
  const ownDates = (claim: Claim, dates: readonly DateClaim[]): readonly DateClaim[] => {
    if (claim.kind !== "count" || dates.length === 0) return dates;
    const attached = attachedIn(claim.paragraph);
    const own = dates.filter((d) => !insideAttached(attached, d, claim) && !inApposition(view, claim.sentence, d, claim));
    return own.length === dates.length ? dates : own;
  };
  const datesBySentence = new Map<string, DateClaim[]>();
  const treatiesBySentence = new Map<string, TreatyClaim[]>();
  for (const c of claims) {
    if (c.kind === "date") push(datesBySentence, spanKey(c.sentence), c);
    if (c.kind === "treaty") push(treatiesBySentence, spanKey(c.sentence), c);
  }

  const results = new Map<Claim, LinkResult>();
  const wordsOfEntry = new Map<Entry, Set<string>>();
  const entryWords = (e: Entry) => {
    let w = wordsOfEntry.get(e);
    // Words of agreeing and signing are not an event's own: "Iran Air agreed in 2016 to buy" is no date of the
    // "Iran nuclear agreement" (a signing date goes with an agreement by its meaning, see rank).
    if (!w) wordsOfEntry.set(e, (w = new Set([e.name, ...e.aliases, ...e.keywords].flatMap(wordKeys).filter((k) => !AGREEING.has(k)))));
    return w;
  };
  const eventCache = new Map<Entry, Set<string>>();
  const kindCache = new Map<Entry, Set<string>>();
  // The last block starting before the paragraph (blocks are in order): a binary search.
  const previousBlock = (p: Span): Span | null => {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (blocks[mid]!.start < p.start) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? null : blocks[lo - 1]!;
  };
  const lastLinked = new Map<Entry, number>();
  // A keyword link's weakness depends on the claim's kind, its sentence and the entry: asked once for each.
  const weaknesses = new Map<string, Map<Entry, string | null>>();
  const weaknessIn = (claim: Claim, entry: Entry, sentenceDates: readonly DateClaim[]) => {
    // (A count's weakness also depends on whether it is a standing figure: see weaknessOf.)
    const k = `${claim.kind}:${claim.kind === "count" && standingFigure(claim) ? "standing" : ""}:${spanKey(claim.sentence)}`;
    let m = weaknesses.get(k);
    if (!m) weaknesses.set(k, (m = new Map()));
    let w = m.get(entry);
    if (w === undefined) {
      // A year in a treaty's name ("the 1922 Treaty on the Creation of the USSR") dates the treaty, not the sentence.
      const treaties = treatiesBySentence.get(spanKey(claim.sentence)) ?? [];
      const own = treaties.length === 0 ? sentenceDates : sentenceDates.filter((d) => !treaties.some((t) => within(d, t)));
      m.set(entry, (w = weaknessOf(claim, entry, view.slice(claim.sentence.start, claim.sentence.end), own, eventCache, published)));
    }
    return w;
  };
  // The word keys of a sentence or paragraph, as a set.
  const wordSetCache = new Map<string, Set<string>>();
  const wordSet = (p: Span): ReadonlySet<string> => {
    const k = spanKey(p);
    let w = wordSetCache.get(k);
    if (!w) wordSetCache.set(k, (w = new Set(wordsIn(p).map((x) => x.key))));
    return w;
  };
  const linkOne = (claim: Claim): LinkResult => {
    const done = results.get(claim);
    if (done) return done;
    const sentenceDates = datesBySentence.get(spanKey(claim.sentence)) ?? [];
    // A year written inside a treaty's name ("the Alma-Ata Declaration of 1991") dates that treaty.
    if (claim.kind === "date") {
      // ...and so does the date of its signing clause ("New START, signed in Prague on 8 April 2010").
      const owner = treatiesNear(claim.sentence, claim).find(
        (t) => within(claim, t) || (t.dateSpan !== null && claim.start < t.dateSpan.end && t.dateSpan.start < claim.end),
      );
      if (owner) {
        const r = { ...linkOne(owner), owner };
        results.set(claim, r);
        return r;
      }
    }
    // A point of comparison after a count ("The attacks, in which 17 people were killed, were the deadliest since 1961,
    // when a bomb derailed a Strasbourg-Paris train"): from its date on, the sentence tells of the other event, whose
    // names and date say nothing of what the count is of.
    const compared = claim.kind === "count" ? sentenceDates.find((d) => d.role === "comparison" && d.start >= claim.end && sinceSuperlative(view.slice(claim.end, d.start))) : undefined;
    const allNames = claim.kind === "date" ? undatedNamesIn(claim.sentence) : claim.kind === "treaty" ? namesIn(claim.sentence).overlapping(claim.nameSpan) : namesIn(claim.sentence).all;
    const names = compared === undefined ? allNames : allNames.filter((m) => m.start < compared.start);
    // The dates of its sentence that may say which entry the claim is of (cached per sentence when they are all of them).
    const ownAll = ownDates(claim, sentenceDates);
    const own = compared === undefined ? ownAll : ownAll.filter((d) => d.start < compared.start);
    const agrees = (e: Entry) =>
      own === sentenceDates ? sentenceDateAgrees(claim.sentence, sentenceDates, e) : e.date !== null && own.some((d) => d.role !== "dateline" && d.value.value !== null && dateAgrees(d, e.date!));
    // A date whose sentence gives another entry's date as another date ("the last Soviet test on Oct. 24, 1990 and the
    // last US one on Sept. 23, 1992") is not that entry's, unless it agrees with it too.
    const taken = claim.kind === "date" ? (e: Entry) => e.date !== null && !(claim.value.value !== null && dateAgrees(claim, e.date)) && sentenceDates.some((d) => d !== claim && d.role !== "dateline" && d.value.value !== null && dateAgrees(d, e.date!)) : undefined;
    const r = linkClaim(claim, names, claim.kind === "treaty" ? NO_KEYWORDS : keywordsIn(claim.paragraph), {
      paragraphWords: wordSet(claim.paragraph),
      sentenceWords: wordSet(claim.sentence),
      lastLinked: (e) => lastLinked.get(e) ?? -1,
      contextWords,
      dateAgrees: agrees,
      ...(taken !== undefined ? { takenByAnother: taken, relativeOn: (m: Span) => m.end <= claim.start && RELATIVE_CLAUSE.test(view.slice(m.end, claim.start)), sameClause: (m: Span) => SAME_CLAUSE.test(m.end <= claim.start ? view.slice(m.end, claim.start) : m.start >= claim.end ? view.slice(claim.end, m.start) : "") } : {}),
      entryWords,
      namedForAnother: (mentions) => claim.kind === "count" && namedForAnotherCount(mentions, attachedIn(claim.paragraph), claim),
    });
    if (!r.link && r.code === "no-entry" && claim.kind !== "treaty") {
      // A paragraph that goes on with the story of the one before: a count there is of that paragraph's entry (see
      // below); a date is near enough to bear it out, not to refute it.
      const prev = previousBlock(claim.paragraph);
      if (prev) {
        // An entry named there as what a figure is of ("55 seats at the previous election") is that figure's; one
        // named as a point of comparison ("far deadlier than Hurricane Katrina") is not what the story goes on with.
        const names = namesIn(prev).all.filter((m) => {
          const before = view.slice(Math.max(prev.start, m.start - 60), m.start);
          return !FIGURE_BEFORE.test(before) && !COMPARED_BEFORE.test(before);
        });
        const r2 = linkClaim(claim, names, keywordsIn(prev), {
          paragraphWords: wordSet(prev),
          lastLinked: (e) => lastLinked.get(e) ?? -1,
          contextWords,
          dateAgrees: agrees,
          entryWords,
        });
        if (r2.link && holdsFact(r2.link.entry, claim)) {
          // A count states its measure, which the entry holds: the story goes on, unless its sentence is dated to
          // another time. A date says nothing of what it dates but through its sentence: near enough only to agree,
          // unless it is a day written out with its month whose sentence speaks of the entry's event ("The truck …
          // blew up at the busy K5 intersection … on the afternoon of Oct. 14", after a paragraph on the bombing), the
          // entry is one of a day, and no verb of another action dates it ("Police arrested five people on Jan. 29").
          // So is a day of the lede's first sentence after a headline that names the entry ("Myanmar jade mine landslide
          // kills at least 162" over "At least 162 people were killed when a mountain of mining waste collapsed … on
          // Thursday"): news tells its headline's event and its day first.
          const e = r2.link.entry;
          const ledeDay = claim.paragraph.start === ledeStart && claim.sentence.start === claim.paragraph.start;
          const day =
            claim.kind === "date" && claim.grain === "day" && claim.role === "event" && (/\d/.test(claim.text) || ledeDay) && e.date !== null && e.date.length === 10 &&
            (claim.governor === null || ledeDay || sameStem(wordKeys(claim.governor)[0] ?? "", entryWords(e)));
          // So is a day that owns the entry's kind of event: "Monday afternoon's storm".
          const owns = claim.kind === "date" && claim.role === "event" && e.date !== null && ownsEventOf(view, claim.end, e);
          const goesOn = (claim.kind === "count" || day || owns) && r2.link.strength === "stated";
          const dated = goesOn ? weaknessIn(claim, e, sentenceDates) ?? newsOfTheDay(claim, e, published, view) : null;
          const carried: LinkResult =
            goesOn && dated === null
              ? { ...r2, link: { ...r2.link, before: true } }
              : { ...r2, link: { ...r2.link, strength: "weak", weakness: dated ?? "its entry is named in the paragraph before, not in its own" } };
          results.set(claim, carried);
          return carried;
        }
      }
    }
    if (r.link) lastLinked.set(r.link.entry, claim.start);
    const link = r.link;
    // An alias that is one common word ("the war") names any story's war: no more evidence than a lone keyword.
    if (link && link.via === "alias" && claim.kind !== "treaty" && /^\p{Ll}+$/u.test(view.slice(link.mention.start, link.mention.end))) {
      const weak = { ...r, link: { ...link, strength: "weak" as const, weakness: `its entry is named only by the common word "${view.slice(link.mention.start, link.mention.end)}"`, commonWord: true } };
      results.set(claim, weak);
      return weak;
    }
    // A count tied by a name or keywords in another sentence of the paragraph, while its own sentence names or keys another entry
    // ("The Suruc attack helped to unravel a ceasefire. … hundreds of militants … have been killed in renewed fighting"
    // with the PKK): which of the two it is of, the text does not say.
    if (link && (link.via === "alias" || link.via === "keywords") && claim.kind === "count" && !within(link.mention, claim.sentence)) {
      const rival = r.candidates.find((c) => c.entry !== link.entry && within(c.mention, claim.sentence));
      if (rival !== undefined) {
        const weak = { ...r, link: { ...link, strength: "weak" as const, weakness: `its entry is ${link.via === "alias" ? "named" : "keyed"} in another sentence, and ${rival.entry.id} in its own` } };
        results.set(claim, weak);
        return weak;
      }
    }
    if (link && link.via === "keywords") {
      const weakness = loneKeywordElsewhere(claim, link) ?? contrastedKeywords(claim, link.entry, view) ?? keywordOwnedElsewhere(claim, link.entry, view) ?? weaknessIn(claim, link.entry, sentenceDates) ?? newsOfTheDay(claim, link.entry, published, view);
      if (weakness) {
        const weak = { ...r, link: { ...link, strength: "weak" as const, weakness, partial: undefined } };
        results.set(claim, weak);
        return weak;
      }
    }
    results.set(claim, r);
    return r;
  };
  const siblings = siblingMap(bySentence);
  const linked = claims.map((c) => linkOne(c));
  restateHeadlines(view, blocks, claims, linked);
  const ledeEnd = ledeEndOf(view, blocks);
  const ledeDated = ledeEnd === null ? new Set<Entry>() : datedByTheLede(claims, ledeEnd, namesIn({ start: 0, end: view.length }).all.map((m) => m.entry), published);
  mainEntryLinks(view, wordSet, claims, linked, kindCache, (c, e) => weaknessIn(c, e, datesBySentence.get(spanKey(c.sentence)) ?? []), ledeEnd, siblings, ledeDated, namedInTheHead(view, blocks, namesIn), published);
  partialLinksOfTheStory(claims, linked);
  return claims.map((c, i) => ({ ...linked[i]!, siblings: siblings.get(c) ?? [] }));
}

/**
 * The entries an article names (`named`) whose date agrees with a day its head or lede dates an event on, within
 * a fortnight before publication ("collapsed on the outskirts of the capital on Wednesday morning"): the story's own
 * event. Only when exactly one entry is so dated, or it would not say which.
 */
function datedByTheLede(claims: readonly Claim[], ledeEnd: number, named: readonly Entry[], published: string | null): Set<Entry> {
  const out = new Set<Entry>();
  if (published === null) return out;
  const days = claims.filter((c): c is DateClaim => c.kind === "date" && c.start < ledeEnd && c.role === "event" && c.grain === "day" && c.value.value !== null && !isAfter(c.value.value, published) && daysBetween(c.value.value, published) <= 14);
  if (days.length === 0) return out;
  for (const e of new Set(named)) if (e.date !== null && !e.date.includes("/") && days.some((d) => dateAgrees(d, e.date!) && e.date!.length === 10)) out.add(e);
  return out.size === 1 ? out : new Set();
}

/**
 * The entries an article's head (headline, standfirst: the blocks before its body) names by name or alias: what the
 * story is about ("… after Yeti Airlines crash"), whether or not a claim of the head is stated of them. Only when the
 * head names exactly one, or it would not say which.
 */
function namedInTheHead(view: string, blocks: readonly Span[], namesIn: (s: Span) => { readonly all: readonly Mention[] }): Set<Entry> {
  const body = bodyStart(view, blocks);
  if (body <= 0) return new Set();
  const named = new Set(namesIn({ start: 0, end: blocks[body]!.start }).all.map((m) => m.entry));
  return named.size === 1 ? named : new Set();
}

/** How many claims an article states of an entry, in all and in its head and lede. */
interface Tally {
  readonly entry: Entry;
  total: number;
  lede: number;
}

/** How many of an article's most-stated entries are asked whether they are its main entry for a fact. */
const MAIN_ENTRIES = 8;

/**
 * The article's main entry for a fact: of the entries at least two of its
 * claims are stated of, the one most are stated of (those of the head and lede
 * counting twice) among those that hold the fact, for a count one with a
 * figure of its scale (a tie names none). A count no entry is named near, or
 * tied to one that lacks its measure, of a measure that entry holds, is the
 * story's figure: it is compared, but only close to the entry's (`close`), and
 * only weakly when its sentence is dated to another time. A date in a sentence
 * that speaks of the entry's kind of event ("in Saturday's poll" in a story
 * about a referendum) is tied to it weakly: agreement bears the claim out; a
 * disagreement may be about another event of the story. A claim tied to
 * another entry by keywords gets it as an alternative that may bear it out
 * instead. A date named near nothing that dates a word of the entry's kind
 * itself ("Saturday's poll") is stated.
 */
function mainEntryLinks(
  view: string,
  sentenceWords: (s: Span) => ReadonlySet<string>,
  claims: readonly Claim[],
  linked: LinkResult[],
  cache: Map<Entry, Set<string>>,
  datedApart: (c: Claim, e: Entry) => string | null,
  ledeEnd: number | null,
  siblings: ReadonlyMap<Claim, readonly Claim[]>,
  ledeDated: ReadonlySet<Entry> = new Set(),
  headNamed: ReadonlySet<Entry> = new Set(),
  published: string | null = null,
): void {
  // How many claims are stated of each entry, in all and in the head and lede (the first body paragraph, where news
  // tells its main event).
  const tally = new Map<Entry, Tally>();
  claims.forEach((c, i) => {
    const r = linked[i]!;
    // A count whose entry is named as another figure's ("24.8%, down from 31.5% at the previous election") is not of it.
    if (!r.link || r.link.strength !== "stated" || (c.kind === "count" && (c.elliptic || namedForAnother(c, { ...r, siblings: siblings.get(c) ?? [] }, view) !== null))) return;
    let t = tally.get(r.link.entry);
    if (!t) tally.set(r.link.entry, (t = { entry: r.link.entry, total: 0, lede: 0 }));
    t.total++;
    if (ledeEnd !== null && c.start < ledeEnd) t.lede++;
  });
  // The article's main entries: those its head and lede, then its whole text, state most claims of (a few, so each
  // claim asks only them). An older event the story measures its news against ("down from 31.5% at the previous
  // election") may be stated of more often, but is not what the story is about. One claim is enough in the head or
  // lede: a headline that fully keys the story's event may be the only sentence that names it.
  // An entry the article names whose date is the day of the lede's news ("collapsed on Wednesday morning") is the
  // story's event, however few claims name it: it ranks before older events the story compares it with.
  // So is the one entry the head names ("Nepal searches for last missing person after Yeti Airlines crash").
  for (const e of [...ledeDated, ...headNamed]) if (!tally.has(e)) tally.set(e, { entry: e, total: 0, lede: 0 });
  const first = (e: Entry) => Number(ledeDated.has(e)) * 2 + Number(headNamed.has(e));
  const order = (x: Tally, y: Tally) => first(y.entry) - first(x.entry) || y.lede + y.total - (x.lede + x.total) || y.total - x.total;
  const ranked = [...tally]
    .filter(([e, t]) => t.total >= 2 || t.lede >= 1 || ledeDated.has(e) || headNamed.has(e))
    .sort((x, y) => order(x[1], y[1]) || (x[0].id < y[0].id ? -1 : 1))
    .slice(0, MAIN_ENTRIES)
    .map(([e, t]): [Entry, number, Tally] => [e, t.total, t]);
  if (ranked.length === 0) return;
  const mainFor = (c: Claim): [Entry, number] | null => {
    let holding = ranked.filter(([e]) => holdsFact(e, c));
    // A count's main entry holds a figure of its scale: "nearly 112 million forced from homes" worldwide is the
    // global report's, not the war's 2.1 million, whichever the story tells more of. Not a part, which may be any
    // smaller ("Nineteen of the club's players were killed" is the crash's, not an older crash's of 30).
    if (c.kind === "count" && holding.length > 1 && !c.subgroup) {
      const scaled = holding.filter(([e]) => ofItsScale(c, e));
      if (scaled.length > 0) holding = scaled;
    }
    if (holding.length === 0 || (holding.length > 1 && order(holding[0]![2], holding[1]![2]) === 0)) return null;
    return [holding[0]![0], holding[0]![1]];
  };
  // An entry the story tells about less than half as much as its first is an aside ("180 prisoners moved from Fenwick
  // in March 2022"): the main entry for a fact only it holds, it bears a count out, but does not refute it.
  const top = ranked[0]![2].lede + ranked[0]![2].total;
  const aside = (e: Entry): boolean => {
    const t = ranked.find(([x]) => x === e)?.[2];
    return t !== undefined && (t.lede + t.total) * 2 < top;
  };
  // An entry of years before the story's own event (its first main entry, of the weeks before publication) is a
  // background the story measures its news against ("Twelve other people … were taken to hospital" in a story of
  // the Lakanal House fire, beside the 1968 Ronan Point collapse): it bears a count out, it does not refute it.
  const story = ranked[0]![0];
  const datesOf = new Map<string, DateClaim[]>();
  const paragraphDates = new Map<string, DateClaim[]>();
  for (const c of claims) {
    if (c.kind !== "date") continue;
    push(datesOf, spanKey(c.sentence), c);
    if (c.role === "event" && c.value.value !== null) push(paragraphDates, spanKey(c.paragraph), c);
  }
  // A count whose sentence is dated by nothing, right after a sentence of its paragraph that opens with a date half a
  // year or more from the entry's ("In August 2008, the court blocked a deal … The fighting that followed killed
  // more than 400 people", beside a 2013 siege): the story goes on in that time, not the entry's.
  const paragraphApart = (c: Claim, e: Entry): string | null => {
    if (e.date === null || (datesOf.get(spanKey(c.sentence)) ?? []).length > 0) return null;
    const frame = (paragraphDates.get(spanKey(c.paragraph)) ?? []).find(
      (d) => d.sentence.end <= c.sentence.start && view.slice(d.sentence.end, c.sentence.start).trim() === "" && /^\W*(?:(?:in|on|by|during|since)\s+)?$/i.test(view.slice(d.sentence.start, d.start)),
    );
    if (frame === undefined || dateAgrees(frame, e.date) || nearDate(frame, e)) return null;
    return `the sentence before it opens with "${frame.text}", not ${e.date}, and it goes on in that time`;
  };
  const recent = (e: Entry) => e.date !== null && published !== null && daysBetween(e.date.split("/").at(-1)!, published) <= 60;
  const past = (e: Entry): boolean => e !== story && recent(story) && e.date !== null && published !== null && daysBetween(e.date.split("/").at(-1)!, published) > 366;
  // (Only for a count whose sentence is dated in the story's present: an anniversary story's figures of its old event
  // are told without one.)
  const present = (c: Claim): boolean => published !== null && (datesOf.get(spanKey(c.sentence)) ?? []).some((d) => d.value.value !== null && Math.abs(daysBetween(d.value.value, published)) <= 14);
  claims.forEach((c, i) => {
    let r = linked[i]!;
    // An entry the story tells of (its main one, or one it states a claim of by name or keywords) called by a common
    // noun ("the blaze", "the quake"): a count named so, when nothing else is near it and its sentence is not dated
    // apart, or a date of that very noun ("the quake of Jan. 12, 2010"), is stated of it.
    if (r.link !== null && r.link.strength === "weak" && r.link.commonWord === true) {
      const e = r.link.entry;
      const told = mainFor(c)?.[0] === e || tally.has(e);
      const own = c.kind === "count" ? datedApart(c, e) === null : c.kind === "date" && attachedNoun(view, c) === (wordKeys(view.slice(r.link.mention.start, r.link.mention.end))[0] ?? "");
      if (r.candidates.length === 1 && told && own) {
        const { weakness: _weakness, ...stated } = r.link;
        linked[i] = { ...r, link: { ...stated, strength: "stated" } };
        return;
      }
    }
    // A claim tied to an entry that lacks its fact ("detained more than 700" tied to the price rise the protests were
    // against) may be borne out by the main entry too.
    const lacking = r.link !== null && c.kind === "count" && !holdsFact(r.link.entry, c);
    if (c.kind === "treaty" || (r.link === null && r.code !== "no-entry")) return;
    const main = mainFor(c);
    if (main === null) return;
    const [entry, most] = main;
    // The story's own event told by what it is called, in the story's days ("the quake, which hit at 8:12 a.m. on
    // Oct. 15", "The landslide, which struck shortly before noon on Sunday"): a day of the month before publication
    // whose clause has the main entry's kind of event for subject is stated of it, when no other entry is named near
    // it and the entry is an event of one day.
    if (c.kind === "date" && (r.link === null ? r.code === "no-entry" : r.link.entry === entry && r.link.strength === "weak") && storyDay(c, entry, published)) {
      const noun = subjectOfDate(view, c);
      if (noun !== null && speaksOf(entry, new Set([noun]), cache, true) && isKindHead(entry, noun)) {
        const stated: Link = {
          entry, via: "article", dateAgrees: false, placeAgrees: false, context: 0, lastLinked: -1, meaning: 0, distance: 0,
          mention: { start: c.start, end: c.end }, strength: "stated",
        };
        linked[i] = { link: stated, candidates: [stated, ...r.candidates.filter((x) => x.entry !== entry)], reason: null, code: null };
        return;
      }
    }
    // A date tied to another entry (however) keeps the article's main entry for it: its day may be the main one's.
    if (c.kind === "date" && r.link !== null && r.link.entry !== entry) linked[i] = r = { ...r, main: entry };
    if (r.link !== null && !lacking && r.link.via !== "keywords") return;
    // Named near nothing, or tied to another entry by keywords or without its fact: then the main entry is an alternative.
    if (r.link !== null && r.link.entry === entry) return;
    // A count states its measure, which the entry holds; a date says nothing of what it dates but through its
    // sentence, and only a day or month can bear it out: a period holds the dates of everything that happened in it.
    if (c.kind === "date" && (entry.date === null || entry.date.includes("/") || !speaksOf(entry, sentenceWords(c.sentence), cache, true))) return;
    const found: Link = {
      entry, via: "article", dateAgrees: false, placeAgrees: false, context: 0, lastLinked: -1, meaning: 0, distance: 0,
      mention: { start: c.start, end: c.end }, strength: "stated",
    };
    // A date that dates a word of the entry's kind itself ("in Saturday's poll", "the vote on Sunday") is stated of it,
    // when nothing else is named near it: the article's own event, as the story calls it.
    const noun = c.kind === "date" && r.link === null ? attachedNoun(view, c) : null;
    const link: Link = noun !== null && speaksOf(entry, new Set([noun]), cache, true) && isKindHead(entry, noun)
      ? found
      : { ...found, strength: "weak", weakness: `the entry is not named near it; it is the article's main entry for it (${most} claims are stated of it)${c.kind === "date" ? " and the sentence speaks of its kind of event" : ""}` };
    if (r.link !== null && !lacking) {
      linked[i] = { ...r, alternative: link };
      return;
    }
    // A count named near no entry, or tied to one without a figure of its measure, of a measure the main entry holds,
    // is the story's figure: compared, but only close to the entry's (see `close`), and not when its sentence is
    // dated to another time.
    const apart = c.kind === "count" ? datedApart(c, entry) ?? paragraphApart(c, entry) : null;
    const close: Link = r.link !== null ? { ...found, close: true, instead: r.link.entry.id } : { ...found, close: true };
    const own: Link =
      c.kind !== "count" ? link
      : apart !== null ? { ...found, strength: "weak", weakness: apart }
      : aside(entry) ? { ...found, strength: "weak", weakness: `the entry is not named near it; it is the only one to hold its fact among the article's entries, but the story tells more of others` }
      : past(entry) && present(c) ? { ...found, strength: "weak", weakness: `the entry is not named near it; it holds the fact the story's own event (${story.id}) lacks, but is an event of years before it` }
      : close;
    linked[i] = { link: own, candidates: [own, ...r.candidates], reason: null, code: null };
  });
}

/**
 * A count tied by only some of its entry's keywords ("killed 1,210 people" in a
 * paragraph that says "cholera" of an entry keyed by Malawi and cholera), when
 * the article states other claims of that entry by its name or all its
 * keywords: the entry is the story's, and the count is compared with it, but
 * only close to its figure (see `close`). An entry the article states nothing
 * else of may be another story's that shares a word ("fire brigade" and a
 * warehouse fire): that link stays weak.
 */
function partialLinksOfTheStory(claims: readonly Claim[], linked: LinkResult[]): void {
  const stated = new Set<Entry>();
  for (const r of linked) if (r.link && r.link.strength === "stated" && r.link.via !== "article") stated.add(r.link.entry);
  claims.forEach((c, i) => {
    const r = linked[i]!;
    if (c.kind !== "count" || !r.link || r.link.strength !== "weak" || r.link.partial === undefined || !stated.has(r.link.entry)) return;
    linked[i] = { ...r, link: { ...r.link, strength: "stated", weakness: undefined, close: true } };
  });
}

/** Does the entry hold a figure of the count's measure within SCALE times its value? */
function ofItsScale(c: CountClaim, e: Entry): boolean {
  const v = c.value.qualifier === "range" ? c.value.min ?? 0 : c.value.value ?? 0;
  const figures = figuresFor(e, c)?.figures ?? [];
  return c.value.measure === "percent" || figures.some((f) => f.min === 0 || (v <= SCALE * f.max && v * SCALE >= f.min));
}

/** Is a date a day of the month before publication, and its entry an event of one day? */
function storyDay(c: DateClaim, entry: Entry, published: string | null): boolean {
  if (published === null || c.grain !== "day" || c.role !== "event" || c.value.value === null || c.value.to !== undefined) return false;
  if (entry.kind !== "event" || entry.date === null || entry.date.length !== 10) return false;
  const v = parseIso(c.value.value);
  const p = parseIso(published);
  if (v === null || p === null || v.year === null || v.day === null) return false;
  const gap = firstDay(p) - firstDay(v);
  return gap >= 0 && gap <= STORY_DAYS;
}

/** How many days before publication a story's own event may lie. */
const STORY_DAYS = 31;

/**
 * The noun a date's clause has for subject, when it is a plain common noun phrase right before the clause's verb and
 * nothing but the verb's adjuncts lie between it and the date ("the quake, which hit at 8:12 a.m. on Oct. 15", "the
 * worst of the slides struck on the night of Dec. 15"): its last word's key. Not one with a name or a year ("the
 * 1990 quake, which hit on July 16", "the Luzon quake").
 */
function subjectOfDate(view: string, c: Claim): string | null {
  // The date's clause: after the last stop before it, times ("8:12 a.m.") not counting as stops.
  const before = view
    .slice(Math.max(c.sentence.start, c.start - 120), c.start)
    .replace(/\b([ap])\.m\./g, "$1m")
    .replace(/(\d)[.:](\d)/g, "$1$2");
  const clause = before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf("."), before.lastIndexOf("!"), before.lastIndexOf("?")) + 1);
  const words = clause.split(/\s+/).filter((w) => w !== "");
  // The last verb of an event happening, with nothing but its adjuncts after it (no comma, no other clause).
  let v = -1;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!.toLowerCase();
    if (EVENT_VERBS.has(w) || EVENT_VERB_PAIRS.has(`${w} ${words[k + 1]?.toLowerCase() ?? ""}`)) {
      v = k;
      break;
    }
  }
  // (Nor another verb or time of its own: "the tsunami that tore through Samoa's coast a week ago were still sleeping
  // in camps on Tuesday".)
  if (v < 0 || words.slice(v).some((w) => w.includes(",") || OTHER_CLAUSE.has(w.toLowerCase()))) return null;
  // Back from the verb: an adverb, "which" or "that", the noun, up to two lower-case words, a determiner.
  let k = v - 1;
  if (/^\p{Ll}+ly$/u.test(words[k] ?? "")) k--;
  if (words[k] === "which" || words[k] === "that") k--;
  const noun = (words[k] ?? "").replace(/,$/, "");
  if (!/^\p{Ll}+$/u.test(noun)) return null;
  const phrase: string[] = [noun];
  for (let n = 0; n < 3; n++) {
    const w = words[k - 1 - n] ?? "";
    if (/^(?:the|a|an)$/i.test(w)) {
      // "an earlier attack, which killed five people on Oct. 2": another event of the kind.
      return phrase.some((x) => ANOTHER_OF_KIND.has(x)) ? null : (wordKeys(noun)[0] ?? null);
    }
    if (n === 2 || !/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return null;
    phrase.push(w);
  }
  return null;
}

/** Words after an event's verb that start another clause or date it otherwise: auxiliaries, "ago". */
const OTHER_CLAUSE = new Set(["was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can", "may", "might", "did", "does", "do", "said", "says", "ago", "and", "but", "while", "when"]);

/** Verbs of an event happening, and their two-word forms. */
const EVENT_VERBS = new Set(["struck", "hit", "ripped", "tore", "swept", "shook", "slammed", "erupted", "exploded", "collapsed", "crashed", "flooded", "burst", "broke", "began", "started", "happened", "occurred", "landed", "derailed", "capsized", "sank", "killed", "destroyed", "damaged", "flattened", "devastated"]);
const EVENT_VERB_PAIRS = new Set(["went off", "made landfall"]);

/** Words that make a noun phrase another event of its kind. */
const ANOTHER_OF_KIND = new Set(["earlier", "previous", "prior", "similar", "separate", "second", "first", "last", "another", "other", "new", "smaller", "larger", "deadlier"]);

/** The noun a date is attached to: "Saturday's poll" → poll, "the vote on Sunday" → vote (its word key), or null. */
function attachedNoun(view: string, c: Claim): string | null {
  const after = /^['’]s\s+(\p{L}+)/u.exec(view.slice(c.end, c.end + 40));
  const before = /(?<![\p{L}])(\p{L}+)\s+(?:on|of)\s+$/u.exec(view.slice(Math.max(c.sentence.start, c.start - 40), c.start));
  const word = after?.[1] ?? before?.[1];
  return word === undefined ? null : wordKeys(word)[0] ?? null;
}

/** A block of the head (headline, standfirst, byline) is short and does not end as a sentence does. */
const HEAD_WORDS = 25;
/** How many blocks of the body a headline may restate: the lede and the paragraphs right after it. */
const LEDE_BLOCKS = 3;

/**
 * A headline restates the lede: "4 soldiers among 10 killed" is the story's "at
 * least four Velmari soldiers ... were killed", told where the entry is not
 * named. A count of the head that no entry is stated of takes the link of the
 * first count of the lede with the same measure and counted noun, when that
 * count's entry is stated.
 */
/** The index of the first block of an article's body (after its head: headline, standfirst, byline), or -1. */
function bodyStart(view: string, blocks: readonly Span[]): number {
  for (let b = 0; b < blocks.length; b++) {
    const text = view.slice(blocks[b]!.start, blocks[b]!.end).trim();
    const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (words === 0 || (words < HEAD_WORDS && !/[.!?]["'”’)*_]*$/u.test(text))) continue;
    return b;
  }
  return -1;
}

/** Where an article's head and lede (its first body paragraph) end, or null. */
function ledeEndOf(view: string, blocks: readonly Span[]): number | null {
  const body = bodyStart(view, blocks);
  return body < 0 ? null : blocks[body]!.end;
}

function restateHeadlines(view: string, blocks: readonly Span[], claims: readonly Claim[], linked: LinkResult[]): void {
  const body = bodyStart(view, blocks);
  if (body <= 0) return;
  const headEnd = blocks[body]!.start;
  const ledeEnd = blocks[Math.min(blocks.length, body + LEDE_BLOCKS) - 1]!.end;
  const stated = (r: LinkResult, c: Claim) => r.link !== null && r.link.strength === "stated" && holdsFact(r.link.entry, c);
  for (let i = 0; i < claims.length && claims[i]!.start < headEnd; i++) {
    const head = claims[i]!;
    if (head.kind !== "count" || stated(linked[i]!, head)) continue;
    for (let j = i + 1; j < claims.length && claims[j]!.start < ledeEnd; j++) {
      const lede = claims[j]!;
      if (lede.start < headEnd || lede.kind !== "count" || lede.value.measure !== head.value.measure || !sameCounted(head, lede) || !sameScale(head, lede)) continue;
      // The first such count (of its scale) is the one restated, whatever its link.
      const r = linked[j]!;
      if (stated(r, head)) linked[i] = { link: { ...r.link!, restates: { text: lede.text, start: lede.start } }, candidates: r.candidates, reason: null, code: null };
      break;
    }
  }
}

/** Are two counts within SCALE times of each other ("112 million" worldwide is not a restatement of "2.1 million" in Sudan)? */
function sameScale(a: CountClaim, b: CountClaim): boolean {
  const size = (c: CountClaim) => (c.value.qualifier === "range" ? c.value.max ?? 0 : c.value.value ?? 0);
  const [x, y] = [size(a), size(b)];
  return x === 0 || y === 0 || (x <= SCALE * y && y <= SCALE * x);
}

/** Do two counts count the same noun ("4 soldiers", "four Velmari soldiers"), or both people at large ("10 killed", "10 people")? */
function sameCounted(a: CountClaim, b: CountClaim): boolean {
  const head = (c: CountClaim) => {
    const k = c.counted ? wordKeys(c.counted) : [];
    const last = k[k.length - 1];
    return last === undefined || GENERIC_HEADS.has(last) ? null : last;
  };
  return head(a) === head(b);
}

const GENERIC_HEADS = new Set([...GENERIC_PEOPLE].flatMap(wordKeys));

/** A claim's siblings: the other claims of its sentence, at most MAX_SIBLINGS on each side. */
const MAX_SIBLINGS = 16;

function siblingMap(bySentence: ReadonlyMap<string, readonly Claim[]>): Map<Claim, Claim[]> {
  const out = new Map<Claim, Claim[]>();
  for (const list of bySentence.values()) {
    list.forEach((c, at) => out.set(c, [...list.slice(Math.max(0, at - MAX_SIBLINGS), at), ...list.slice(at + 1, at + 1 + MAX_SIBLINGS)]));
  }
  return out;
}

/** A paragraph's keyword mentions by entry: entries all of whose keywords it holds, and entries some of whose keywords it holds. */
interface KeyedParagraph {
  readonly full: ReadonlyMap<Entry, SpanIndex<Mention>>;
  readonly partial: ReadonlyMap<Entry, { readonly mentions: SpanIndex<Mention>; readonly found: readonly string[] }>;
}

const NO_KEYWORDS: KeyedParagraph = { full: new Map(), partial: new Map() };

/** How many letters a keyword of one word and another form of it must share to be one word: "blasphemy", "blasphemous". */
const DERIVED = 7;

/** Is one of the paragraph's words another form of a keyword of one word ("blasphemous" for "blasphemy")? */
function derivedFormIn(keyword: string, words: ReadonlySet<string>): boolean {
  const keys = wordKeys(keyword);
  if (keys.length !== 1 || keys[0]!.length < DERIVED + 1) return false;
  const stem = keys[0]!.slice(0, DERIVED);
  for (const w of words) if (w.startsWith(stem)) return true;
  return false;
}

function keyedParagraph(mentions: readonly Mention[], words: ReadonlySet<string>): KeyedParagraph {
  const byEntry = new Map<Entry, Mention[]>();
  for (const m of mentions) push(byEntry, m.entry, m);
  const full = new Map<Entry, SpanIndex<Mention>>();
  const partial = new Map<Entry, { mentions: SpanIndex<Mention>; found: string[] }>();
  for (const [entry, list] of byEntry) {
    const found = new Set(list.map((m) => m.phrase));
    // Keywords that are one word written two ways ("Pedrógão", "Pedrogao") are one keyword.
    const keys = new Set(list.map((m) => wordKeys(m.phrase).join(" ")));
    // (A keyword may also be written in another form of its word: "the word 'blasphemous'" for "blasphemy".)
    if (entry.keywords.every((k) => found.has(k) || keys.has(wordKeys(k).join(" ")) || derivedFormIn(k, words))) full.set(entry, new SpanIndex(list));
    // A year or other number is in many stories: alone, it ties no claim to the entry.
    else if ([...found].some((k) => !/^[\d.,]+$/.test(k))) partial.set(entry, { mentions: new SpanIndex(list), found: [...found] });
  }
  return { full, partial };
}


interface Context {
  /** Word keys of the claim's paragraph. */
  readonly paragraphWords: ReadonlySet<string>;
  /** Where an entry was last linked earlier in the document (-1 when never). */
  readonly lastLinked: (entry: Entry) => number;
  readonly contextWords: (entry: Entry) => ReadonlySet<string>;
  /** Does a date of the claim's sentence agree with the entry's date? */
  readonly dateAgrees: (entry: Entry) => boolean;
  /** For a date: does the text from a mention to the claim open a relative clause on it ("…, which hit the coast in")? */
  readonly relativeOn?: (mention: Span) => boolean;
  /** For a date: is the text between a mention and the claim short and without a clause's bound ("in Halabja in")? */
  readonly sameClause?: (mention: Span) => boolean;
  /** For a date: is the entry's date another date of the sentence, which this one is not (the entry is that date's)? */
  readonly takenByAnother?: (entry: Entry) => boolean;
  /** Word keys of the entry's name, aliases and keywords, without words of agreeing. */
  readonly entryWords: (entry: Entry) => ReadonlySet<string>;
  /** Word keys of the claim's sentence. */
  readonly sentenceWords?: ReadonlySet<string>;
  /** Is the entry named only as what another count of the paragraph is of ("down from 71 percent in a 2015 referendum")? */
  readonly namedForAnother?: (mentions: readonly Mention[]) => boolean;
}

function linkClaim(claim: Claim, names: readonly Mention[], keywords: KeyedParagraph, ctx: Context): LinkResult {
  const named = new Map<Entry, Mention[]>();
  for (const m of names) push(named, m.entry, m);
  const candidates = new Map<Entry, { via: Link["via"]; mentions: SpanIndex<Mention>; partial?: readonly string[] }>();
  for (const [entry, mentions] of named) candidates.set(entry, { via: "alias", mentions: new SpanIndex(mentions) });
  for (const [entry, mentions] of keywords.full) if (!candidates.has(entry) && !ctx.namedForAnother?.(mentions.all)) candidates.set(entry, { via: "keywords", mentions });
  // With no entry named or fully keyed, an entry some of whose keywords are in the paragraph is a weak
  // candidate: its words are near the claim, but not all of them, so it can bear a claim out, never refute it.
  if (candidates.size === 0 && claim.kind !== "treaty") {
    for (const [entry, p] of keywords.partial) if (holdsFact(entry, claim)) candidates.set(entry, { via: "keywords", mentions: p.mentions, partial: p.found });
  }

  const statedPlace = claim.kind === "treaty" ? claim.value.place ?? null : null;
  const links: Link[] = [...candidates].map(([entry, c]) => {
    const nearest = c.mentions.nearest(claim);
    const agrees = entry.date !== null && ctx.dateAgrees(entry);
    // A date claim agreeing itself says more than another date of its sentence agreeing.
    const ownDate = claim.kind === "date" && entry.date !== null && claim.value.value !== null && dateAgrees(claim, entry.date);
    // ...and agreeing to the day with an entry of one day more than lying inside a period ("April 10, 1998" is the
    // agreement's day, not a day of the three decades of the Troubles).
    const ownExact = ownDate && claim.kind === "date" && !entry.date!.includes("/") && entry.date!.length === 10 && claim.value.value === entry.date;
    const placeAgrees = statedPlace !== null && entry.place !== null && placeMatches(statedPlace, entry);
    let context = 0;
    for (const w of ctx.contextWords(entry)) if (ctx.paragraphWords.has(w)) context++;
    // A date stated as a signing goes with an agreement; any other date about it with an event (its entry into force, a withdrawal).
    const meaning = claim.kind === "date" ? (isSigning(claim) === (entry.kind === "treaty") ? 0 : 1) : 0;
    // The verb the date hangs on is one of the entry's own words ("withdrew" for a withdrawal keyed by it, "extended"):
    // the date is that event's, even when the sentence names the agreement the event is about.
    const governor = claim.kind === "date" && claim.governor !== null ? wordKeys(claim.governor)[0] ?? "" : "";
    // A verb of agreeing governs an agreement's date when the parties that agreed are named ("the government and the
    // Front agreed on Thursday to a ceasefire"), not when someone else agreed to something ("Iran Air agreed to buy").
    const partiesNamed = entry.parties.filter((p) => { const k = wordKeys(p); return k.length > 0 && k.every((w) => ctx.sentenceWords?.has(w) === true); }).length;
    const agreedByParties = () => entry.kind === "treaty" && sameStem(governor, AGREEING) && partiesNamed >= 2;
    const governs = meaning === 0 && governor !== "" && (sameStem(governor, ctx.entryWords(entry)) || agreedByParties());
    const link: Link = {
      entry, via: c.via, dateAgrees: agrees, ownDate, ownExact, taken: ctx.takenByAnother?.(entry) === true, relative: ctx.relativeOn?.(nearest) === true, near: claim.kind === "date" && (nearDate(claim, entry) || (c.via === "alias" && ctx.sameClause?.(nearest) === true)) && within(nearest, claim.sentence), governs, placeAgrees, context, lastLinked: ctx.lastLinked(entry), meaning,
      distance: distance(claim, nearest), mention: { start: nearest.start, end: nearest.end }, strength: "stated",
    };
    // Every party of an agreement named in the sentence, and their verb of agreeing governing the date ("Saudi Arabia
    // and Iran agreed on Friday to restore ties, in a deal brokered by China"): the sentence states the agreement.
    if (c.partial && claim.kind === "date" && governs && agreedByParties() && partiesNamed === entry.parties.length) return { ...link, byParties: partiesNamed };
    return c.partial ? { ...link, strength: "weak" as const, partial: c.partial, weakness: `only ${c.partial.join(", ")} of its keywords (${entry.keywords.join(", ")}) are in the paragraph` } : link;
  });
  // ...when no other agreement tied to it has as many parties named: two such are two deals of the same parties.
  const most = Math.max(0, ...links.map((l) => l.byParties ?? 0));
  if (links.filter((l) => l.byParties === most).length > 1) {
    for (const [i, l] of links.entries()) {
      if (l.byParties === undefined) continue;
      const c = candidates.get(l.entry)!;
      links[i] = { ...l, byParties: undefined, strength: "weak", partial: c.partial, weakness: `only ${c.partial!.join(", ")} of its keywords (${l.entry.keywords.join(", ")}) are in the paragraph` };
    }
  }
  links.sort((a, b) => rank(a, b) || (a.entry.id < b.entry.id ? -1 : 1));
  if (links.length === 0) return { link: null, candidates: [], reason: "no entry of the base is named near it", code: "no-entry" };

  // An agreement's date is its signing (CONTRACT §2): a date not stated as one ("entered into force on Friday")
  // goes to an event named or keyed beside the agreement whose date it is, when there is one (not a period, which
  // holds every date in it). Not to any such event: which of them a date not its own is of, the sentence does not say.
  const notSigning = claim.kind === "date" && !isSigning(claim) && links.some((l) => l.entry.kind !== "treaty" && l.ownDate === true && !l.entry.date!.includes("/") && l.strength === "stated");
  const holding = links.filter((l) => holdsFact(l.entry, claim) && !(notSigning && l.entry.kind === "treaty"));
  const pool = holding.length > 0 ? holding : links;
  const best = pool[0]!;
  const second = pool[1];
  if (second && rank(best, second) === 0) {
    const ids = pool.filter((l) => rank(l, best) === 0).map((l) => l.entry.id);
    return { link: null, candidates: links, reason: `ambiguous: ${ids.join(", ")} fit equally`, code: "ambiguous" };
  }
  return { link: best, candidates: links, reason: null, code: null };
}

/** A figure, then a preposition (maybe after a participle) that attaches what follows to it: "55 seats at the ". */
const FIGURE_BEFORE = /(?<![\p{L}\p{N}])\d[\d,.]*(?:\s*%|\s+(?:percent|per\s+cent|million|billion|thousand))?(?:\s+\p{L}+)?\s+(?:(?:\p{L}{2,}ed|set|held|won)\s+)?(?:in|at|during|of|for|by)\s+(?:(?:the|a|an|its|their)\s+)?$/u;

/** Does the text end in a superlative counted from a date that follows: "were the deadliest in France since "? */
function sinceSuperlative(text: string): boolean {
  if (/[.;:]/.test(text)) return false;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let last = words.length - 1;
  if (["early", "late", "mid", "the"].includes(words[last] ?? "")) last--;
  if (words[last] !== "since") return false;
  return words.slice(0, last).some((w) => (w.length > 4 && w.endsWith("est")) || SUPERLATIVES.has(w));
}

const SUPERLATIVES = new Set(["worst", "best", "most", "first", "least"]);

/** A point of comparison right before a name (maybe after its first words): "than Hurricane", "compared with", "since". */
const COMPARED_BEFORE = /(?<![\p{L}])(?:than|compared\s+(?:with|to)|since|like|unlike)\s+(?:(?:the|a|an|its|their)\s+)?(?:\d{4}\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}$/u;

/** How far after the preposition the phrase attached to a figure may run. */
const ATTACHED_SPAN = 60;

/** A phrase attached by a preposition to a point of comparison: "in a 2015 referendum" after "down from 71 percent". */
interface Attached {
  readonly from: number;
  readonly to: number;
  /** Where the point of comparison's number starts. */
  readonly figure: number;
}

/**
 * A point of comparison and what follows it: "from 71 percent in a", "than
 * 27 at the" (a number, whether or not it is a claim of its own, then a
 * preposition and an article).
 */
const BASELINE_PHRASE = /\b(?:from|than|with|against|versus)\s+((?:about|some|nearly|around|roughly)\s+)?\d[\d.,]*(?:\s*%|\s+(?:percent|per\s+cent|million|billion|thousand))?(\s+(?:in|at|during|of|for)\s+(?:(?:the|a|an|its|their)\s+)?)/giu;

/** The phrases of a paragraph attached to its points of comparison, in text order. */
function attachedPhrases(view: string, paragraph: Span): Attached[] {
  const out: Attached[] = [];
  const text = view.slice(paragraph.start, paragraph.end);
  for (const m of text.matchAll(BASELINE_PHRASE)) {
    const from = paragraph.start + m.index + m[0].length;
    const stop = /[.;:!?,]/.exec(view.slice(from, Math.min(paragraph.end, from + ATTACHED_SPAN)));
    const figure = paragraph.start + m.index + m[0].search(/\d/);
    out.push({ from, to: stop ? from + stop.index : Math.min(paragraph.end, from + ATTACHED_SPAN), figure });
  }
  return out;
}

/** Does a phrase attached to a point of comparison hold the span, and is the claim not that point itself? */
/**
 * A keyword the text gives another owner than the entry's names give it: "The Egyptian Cabinet approved" is no mention
 * of the "Israeli Cabinet vote" (a capitalised word right before the keyword, not opening the sentence, where the
 * entry's names put another).
 */
function ownedByAnother(view: string, p: Span, x: Mention): boolean {
  return otherOwner(view, p.start, x.start, x.phrase, x.entry) !== null;
}

/** A word of a people or country as an owner ("Egyptian", "Israeli", "Turkish", "Chinese"). */
const OWNER = new RegExp(`^\\p{Lu}\\p{Ll}{2,}(?:${NATION_ENDINGS.filter((e) => e !== "").join("|")})$`, "u");

/** The people's word before a keyword at `at` when the entry's names give that keyword another people's, or null. */
function otherOwner(view: string, from: number, at: number, phrase: string, entry: Entry): string | null {
  // The word right before it, itself after a word of the sentence (not opening it).
  const text = view.slice(Math.max(from, at - 30), at);
  if (text.length === 0 || !/\s/.test(text.charAt(text.length - 1))) return null;
  const trimmed = text.trimEnd();
  let i = trimmed.length;
  while (i > 0 && !/\s/.test(trimmed.charAt(i - 1))) i--;
  const word = trimmed.slice(i);
  const prior = trimmed.slice(0, i).trimEnd();
  if (!OWNER.test(word) || prior.length === 0 || /[.!?"“]$/.test(prior)) return null;
  const key = phrase.toLowerCase();
  const owners = [entry.name, ...entry.aliases].flatMap((n) => {
    const words = n.split(/\s+/);
    return words.flatMap((w, k) => (k > 0 && w.toLowerCase() === key && OWNER.test(words[k - 1]!) ? [words[k - 1]!] : []));
  });
  return owners.length > 0 && !owners.includes(word) ? word : null;
}

/**
 * A claim tied by keywords whose own sentence gives one of them another owner ("The Egyptian Cabinet approved the
 * agreements on Sept. 19", beside the Israeli Cabinet's vote keyed by "Cabinet"): it is of that other owner's act.
 */
function keywordOwnedElsewhere(claim: Claim, entry: Entry, view: string): string | null {
  const text = view.slice(claim.sentence.start, claim.sentence.end).toLowerCase();
  for (const k of entry.keywords) {
    const word = k.toLowerCase();
    if (!/^\p{L}+$/u.test(word)) continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const owner = otherOwner(view, claim.sentence.start, claim.sentence.start + at, k, entry);
      if (owner !== null) return `its sentence names the ${owner} ${k}, not the entry's`;
    }
  }
  return null;
}

/** Is the date inside an apposition set off by commas (", a near-total ban … in 1983,") that the claim is not in? */
function inApposition(view: string, sentence: Span, date: Span, claim: Span): boolean {
  const open = view.lastIndexOf(",", date.start);
  const close = view.indexOf(",", date.end);
  if (open < sentence.start || close < 0 || close >= sentence.end) return false;
  if (claim.start > open && claim.start < close) return false;
  return /^,\s*(?:a|an)\s+\p{Ll}/u.test(view.slice(open, Math.min(close, open + 12)));
}

function insideAttached(attached: readonly Attached[], span: Span, claim: Claim): boolean {
  return attached.some((a) => span.start >= a.from && span.end <= a.to && !(a.figure >= claim.start && a.figure < claim.end));
}

/**
 * Is an entry named by its keywords only in a phrase attached, by a
 * preposition, to a point of comparison of the paragraph other than the claim
 * ("Turnout was 64.2 percent, down from 71 percent in a 2015 referendum"):
 * one of its keywords occurs nowhere else in the paragraph? Then the entry is
 * what that baseline is of, and says nothing of the paragraph's other counts.
 */
function namedForAnotherCount(mentions: readonly Mention[], attached: readonly Attached[], claim: Claim): boolean {
  if (mentions.length === 0 || attached.length === 0) return false;
  const byPhrase = new Map<string, { start: number; end: number }>();
  for (const m of mentions) {
    const r = byPhrase.get(m.phrase);
    if (r) {
      r.start = Math.min(r.start, m.start);
      r.end = Math.max(r.end, m.end);
    } else byPhrase.set(m.phrase, { start: m.start, end: m.end });
  }
  for (const span of byPhrase.values()) if (insideAttached(attached, span, claim)) return true;
  return false;
}

/** The shortest stem two forms of a word share: "extended"/"extension", "withdrew"/"withdrawal", "suspended"/"suspension". */
const STEM = 5;

/** Words of agreeing and signing (word keys). */
const AGREEING = new Set(["agreement", "agreed", "agree", "deal", "accord", "treaty", "pact", "signing", "signed", "sign", "signature", "convention", "protocol", "memorandum", "declaration", "charter"]);

/**
 * From a name to a date in the short relative clause set off after it, with no clause inside it: ", which battered
 * the Mississippi coast in " (not ", which followed a campaign overshadowed by the killing of … on", nor ", who had
 * taken over when … was impeached on": a person's clause tells what they did). The name is the clause's subject:
 * in ", which Valdoria ratified in" the date is of what another did with it.
 */
const RELATIVE_CLAUSE = /^,\s*(?:(?:which|that)\s(?!(?:the|a|an|its|their|his|her|it|he|she|they|we|i|you)\b)(?!\p{Lu})|when\s)(?![^]*\b(?:when|after|before|while|since|until|because|as|who|which|that|whose|following)\b)[^,;:.!?()\u2013\u2014"]{0,50}$/u;

/** Between a name and a date of its own clause: a few words, no clause's bound ("in Halabja in", "explosion at … near"). */
const SAME_CLAUSE = /^(?![^]*\b(?:after|before|when|while|following|since|until|because|whereas|but|and|as|that|which|who|whose|said|says)\b)[^,;:()\u2013\u2014"]{0,60}$/i;

/** Is the word one of the words, or of the same stem as one ("extended" and "extension")? */
function sameStem(word: string, words: ReadonlySet<string>): boolean {
  if (word === "" || words.has(word)) return word !== "";
  if (word.length < STEM) return false;
  const stem = word.slice(0, STEM);
  for (const w of words) if (w.length >= STEM && w.startsWith(stem)) return true;
  return false;
}

/**
 * The contract's preference — a name in the sentence, then a date that agrees,
 * then the nearest mention — with ties broken by what else the text says: a
 * stated place that agrees (treaties), more of the entry's keywords, parties
 * and place in the paragraph, then the entry the article linked most recently.
 */
function rank(a: Link, b: Link): number {
  return (
    (a.governs ? 0 : 1) - (b.governs ? 0 : 1) ||
    (a.via === "alias" ? 0 : 1) - (b.via === "alias" ? 0 : 1) ||
    // A date in a relative clause on a name is that entry's ("Hurricane Camille, which battered the coast in 1969").
    (a.relative ? 0 : 1) - (b.relative ? 0 : 1) ||
    // An entry another date of the sentence is the date of gives way to one this date is near, of the same kind,
    // named or keyed in the date's own sentence.
    (a.taken && !b.taken && b.near && b.via === a.via ? 1 : b.taken && !a.taken && a.near && a.via === b.via ? -1 : 0) ||
    (a.dateAgrees ? 0 : 1) - (b.dateAgrees ? 0 : 1) ||
    (a.ownDate ? 0 : 1) - (b.ownDate ? 0 : 1) ||
    (a.ownExact ? 0 : 1) - (b.ownExact ? 0 : 1) ||
    (a.placeAgrees ? 0 : 1) - (b.placeAgrees ? 0 : 1) ||
    a.meaning - b.meaning ||
    a.distance - b.distance ||
    b.context - a.context ||
    b.lastLinked - a.lastLinked
  );
}

/**
 * A claim tied to an entry by keywords alone may be about another event of the
 * same parties. It is weak when its sentence is dated to another time (for a
 * count: before the entry, or after it for a count an action of the day
 * narrows), or when it does not speak of the entry's event at all (for a date,
 * and for a count of an agreement's provisions).
 */
/** A count of a canonical measure, or one no verb of its own narrows: the event's figure still after it (see weaknessOf). */
function standingFigure(claim: CountClaim): boolean {
  return (CANONICAL_MEASURES as readonly string[]).includes(claim.value.measure) || claim.verb === undefined;
}

function weaknessOf(claim: Claim, entry: Entry, sentence: string, sentenceDates: readonly DateClaim[], cache: Map<Entry, Set<string>>, published: string | null): string | null {
  if (entry.date !== null && claim.kind === "count") {
    // A date after the entry's (by publication) tells the event's aftermath ("14 remained missing on Wednesday", of a
    // collapse on Monday): a count of a canonical measure, or one no verb of its own narrows, is the event's figure
    // still. A count an action of the day narrows ("pulled nine miners alive on Wednesday") is that day's news.
    const standing = standingFigure(claim);
    // Dates of the sentence that are the story's own (not plans, not years read from earlier in the story).
    const other = sentenceDates.find(
      (d) => d.role === "event" && d.value.value !== null && !isAfter(d.value.value, published) && !(d.provenance.implied ?? []).some((i) => i.includes("earlier in the story")) && anchoredNote(d) === undefined && !dateAgrees(d, entry.date!) && !(standing && afterEntry(d.value.value, entry.date!)),
    );
    if (other) return `its sentence is dated "${other.text}", not ${entry.date}`;
  }
  if (claim.kind === "date" && !speaksOf(entry, sentence, cache)) return `its sentence does not speak of ${entry.name}`;
  // An agreement's figures are its provisions ("caps launchers at 200"): a count is of them only when its sentence
  // speaks of the agreement, not of what the parties deploy ("Drenia is believed to deploy about 260 launchers").
  if (claim.kind === "count" && entry.kind === "treaty" && !speaksOf(entry, sentence, cache)) return `its sentence does not speak of ${entry.name}`;
  return null;
}

/**
 * A date tied by an entry's only keyword, written in another sentence of the
 * paragraph ("… on Tuesday in his annual address. The treaty, signed in
 * Prague …" and an entry keyed by "Prague"): one word, elsewhere, is too
 * little to say which event the date is of.
 */
function loneKeywordElsewhere(claim: Claim, link: Link): string | null {
  if (claim.kind !== "date" || link.entry.keywords.length !== 1) return null;
  const m = link.mention;
  return within(m, claim.sentence) ? null : `its one keyword (${link.entry.keywords[0]}) is in another sentence`;
}

/**
 * A place named as the point a distance is measured from ("a car bomb exploded in the village of Markaz, about 20 km
 * northwest of Mogadishu") is not where the thing happened: a keyword there ties nothing to the entry.
 */
const DISTANCE_FROM = /(?<![\d,.])\d[\d,.]*[\s-]?(?:km|kilomet(?:re|er)s?|miles?)\b(?:\s?\([^()]{0,30}\))?\s(?:[a-z-]+\s){0,2}(?:of|from)\s(?:the\s)?$/i;

/** A keyword as a whole word, case-insensitive: built once per keyword (a base repeats its keywords). */
const KEYWORD_PATTERNS = new Map<string, RegExp>();
function keywordPattern(k: string): RegExp {
  let re = KEYWORD_PATTERNS.get(k);
  if (re === undefined) {
    if (KEYWORD_PATTERNS.size >= 10_000) KEYWORD_PATTERNS.clear();
    KEYWORD_PATTERNS.set(k, (re = new RegExp(`(?<![\\p{L}\\p{N}])${k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "giu")));
  }
  return re;
}

/**
 * A count whose sentence names the entry's keywords only in a clause that sets
 * another thing against the count's ("68 people were killed at the youth camp
 * …, while the car bomb in Oslo killed eight"): the keywords are the other
 * thing's.
 */
function contrastedKeywords(claim: Claim, entry: Entry, view: string): string | null {
  if (claim.kind !== "count") return null;
  const sentence = view.slice(claim.sentence.start, claim.sentence.end);
  const at = claim.end - claim.sentence.start;
  // (The look-behind makes one attempt per run of blanks.)
  const contrast = /(?<![\s,])(?:,\s*|\s+)(?:while|whereas|but|although|though)\s/i.exec(sentence.slice(at));
  if (contrast === null) return null;
  const cut = at + contrast.index;
  const found: number[] = [];
  for (const k of entry.keywords) for (const m of sentence.matchAll(keywordPattern(k))) found.push(m.index);
  if (found.length === 0 || found.some((i) => i < cut)) return null;
  return `its keywords are only in the clause after "${contrast[0].replace(/[,\s]+/g, " ").trim()}", which sets another thing against it`;
}

/**
 * A date on the day of publication, tied by keywords to an event over before
 * it: wire ledes tell the day's news of an event (a rescue, a new toll) on
 * that day ("Rescuers pulled nine miners alive ... on Wednesday", published
 * Wednesday, of a collapse on Monday).
 */
function newsOfTheDay(claim: Claim, entry: Entry, published: string | null, view: string): string | null {
  if (claim.kind !== "date" || !dayOfNewsAfter(claim, entry.date, published)) return null;
  // A weekday that owns the entry's kind of event ("64.85 percent of voters in Sunday's referendum") dates the event.
  if (ownsEventOf(view, claim.end, entry)) return null;
  return `it is the day of publication, after ${entry.date}: it dates the day's news of the event`;
}

/**
 * Is an ISO date after an entry that is an event of a day or a few weeks (a collapse, a storm)? A later date
 * is then its aftermath; after a year or a longer period ("2023" asylum figures), it is another period's.
 */
function afterEntry(value: string, date: string): boolean {
  const v = parseIso(value);
  const r = parseIsoInterval(date);
  return v !== null && r !== null && v.year !== null && lastDay(r.to) - firstDay(r.from) <= 31 && firstDay(v) > lastDay(r.to);
}

/** Is an ISO date after the publication date (a plan, not the date of what happened)? */
function isAfter(value: string, published: string | null): boolean {
  const v = parseIso(value);
  const p = published ? parseIso(published) : null;
  return v !== null && p !== null && v.year !== null && firstDay(v) > firstDay(p);
}

/** Days from one ISO day to a later one (Infinity when either cannot be read). */
function daysBetween(from: string, to: string): number {
  const a = parseIso(from);
  const b = parseIso(to);
  return a === null || b === null || a.year === null || b.year === null ? Infinity : firstDay(b) - firstDay(a);
}

/** Is a date within half a year of the entry's date (or period)? A date a few days or months off may be a misstated one. */
function nearDate(claim: DateClaim, entry: Entry): boolean {
  const v = claim.value.value !== null ? parseIso(claim.value.value) : null;
  const ref = entry.date !== null ? parseIsoInterval(entry.date) : null;
  if (v === null || v.year === null || ref === null) return false;
  return firstDay(v) <= lastDay(ref.to) + 183 && lastDay(v) >= firstDay(ref.from) - 183;
}
