/**
 * Does a sentence speak of an entry's event? Either it uses a word of the
 * entry's name or aliases beyond its keywords ("clashes", "summit"), or a
 * word of the same kind of event ("fighting" for "clashes", "talks" for
 * "summit"). Used to decide whether a claim tied to an entry only by keywords
 * is stated of that entry.
 */
import type { Entry } from "../model/base.js";
import { wordKeys } from "./normalize.js";

/** Kinds of event and the words news uses for them (singular keys, as wordKeys gives them). */
const EVENT_CLASSES: ReadonlyArray<ReadonlySet<string>> = [
  new Set(["clash", "fighting", "fight", "violence", "hostility", "war", "battle", "offensive", "attack", "assault", "shelling", "skirmish", "flare", "escalation", "conflict", "incursion", "strike", "bombing", "raid", "firefight", "invasion", "combat", "uprising", "insurgency", "massacre", "killing", "clashed", "fought", "attacked", "shelled", "bombed", "raided", "invaded", "flared"]),
  new Set(["summit", "meeting", "talk", "session", "conference", "visit", "negotiation", "forum", "gathering", "council", "met", "meet", "convened", "hosted"]),
  new Set(["earthquake", "quake", "tremor", "flood", "flooding", "storm", "hurricane", "cyclone", "typhoon", "fire", "wildfire", "eruption", "landslide", "tsunami", "explosion", "blast", "crash", "collapse", "disaster", "avalanche", "drought", "tornado", "mudslide", "derailment", "shipwreck", "sinking", "stampede"]),
  new Set(["election", "vote", "referendum", "poll", "ballot", "runoff", "primary", "voted", "elected"]),
  new Set(["rescue", "operation", "evacuation", "airlift", "search", "recovery", "rescued", "evacuated"]),
  new Set(["agreement", "deal", "accord", "treaty", "declaration", "statement", "protocol", "memorandum", "pact", "document", "charter", "convention", "signing", "signed"]),
];

const STOP = new Set(["the", "of", "in", "on", "and", "a", "an", "at", "to", "for", "by", "with", "from", "between", "over", "near", "around", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);

/** Words too common to say which event a sentence speaks of: counts, ranks, units of time ("Five-year" is no evidence in "15-year-olds"). */
const GENERIC = new Set([
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand", "million", "billion",
  "first", "second", "third", "fourth", "fifth", "last", "next", "new", "old", "former",
  "year", "month", "week", "day", "hour", "decade", "century", "time",
]);

const KEYWORD_KEYS = new WeakMap<Entry, Set<string>>();

function keywordKeysOf(entry: Entry): Set<string> {
  let keys = KEYWORD_KEYS.get(entry);
  if (!keys) KEYWORD_KEYS.set(entry, (keys = new Set(entry.keywords.flatMap(wordKeys))));
  return keys;
}

const IN_A_CLASS = new Set(EVENT_CLASSES.flatMap((c) => [...c]));

/**
 * The words of an entry's name and aliases that say which event it is, beyond
 * its keywords: lower-case words ("border clashes", "summit"), words of a kind
 * of event even when capitalised ("Protocol", "Earthquake"), and proper names
 * that are not keywords ("European Cup" in "1967 European Cup final").
 */
export function eventWords(entry: Entry): Set<string> {
  return wordsOfName(entry, false);
}

/**
 * The words of an entry's name and aliases that name its kind of event and
 * nothing else: lower-case words and words of a kind of event, never a keyword
 * or a proper name ("interest", "rate", "decision" in "Valdoria central bank
 * interest rate decision" keyed by central and bank).
 */
export function kindWords(entry: Entry): Set<string> {
  return wordsOfName(entry, true);
}

/** eventWords (`kindOnly` false) or kindWords (true). */
function wordsOfName(entry: Entry, kindOnly: boolean): Set<string> {
  const keywordKeys = new Set(entry.keywords.flatMap(wordKeys));
  const words = new Set<string>();
  for (const phrase of [entry.name, ...entry.aliases]) {
    for (const raw of phrase.split(/[^\p{L}\p{N}'’-]+/u)) {
      if (raw === "") continue;
      const ofKind = !/^\p{Lu}/u.test(raw);
      for (const w of wordKeys(raw)) {
        if (STOP.has(w) || /^\d+$/.test(w)) continue;
        const kind = ofKind || IN_A_CLASS.has(w);
        // A proper name that is no keyword says which event (eventWords); a word of its kind, keyword or not, too.
        if (kindOnly ? kind && !keywordKeys.has(w) : kind || !keywordKeys.has(w)) words.add(w);
      }
    }
  }
  return words;
}

const HEADS = new WeakMap<Entry, Set<string>>();

/**
 * Is a noun (a word key) what the entry's event is called, not a word that says where or of what it was: a word of a
 * kind of event ("poll", "quake"), or the head of its name or an alias — the word before "of", else the last word
 * ("decision" of "central bank interest rate decision", "siege" of "Siege of Sarajevo"; not "park" of "Lahore park
 * bombing").
 */
export function isKindHead(entry: Entry, noun: string): boolean {
  if (IN_A_CLASS.has(noun)) return true;
  let heads = HEADS.get(entry);
  if (!heads) {
    heads = new Set();
    for (const phrase of [entry.name, ...entry.aliases]) {
      // (Not a word of a parenthesis: "2016 Lahore suicide bombing (Gulshan-e-Iqbal Park)".)
      const words = phrase.replace(/\([^()]*\)/g, " ").split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w !== "");
      const keys = words.map((w) => wordKeys(w)[0] ?? "");
      // "Siege of Sarajevo": the word before "of"; else the last word.
      const of = keys.indexOf("of");
      for (let k = of > 0 ? of - 1 : keys.length - 1; k >= 0; k--) {
        if (keys[k] === "" || STOP.has(keys[k]!) || /^\d+$/.test(keys[k]!)) continue;
        heads.add(keys[k]!);
        break;
      }
    }
    HEADS.set(entry, heads);
  }
  return heads.has(noun);
}

/**
 * Does a date own the entry's kind of event: "Sunday's referendum", "last week's earthquake", "Monday afternoon's
 * storm"? Then it is that event's date, whatever else the sentence dates. `end` is where the date's text ends in
 * `view`.
 */
export function ownsEventOf(view: string, end: number, entry: Entry): boolean {
  const owned = /^(?:\s(?:morning|afternoon|evening|night))?['’]s\s+([^.,;:!?()]{0,40})/.exec(view.slice(end, end + 60));
  if (owned === null) return false;
  // The noun is the head of the entry's name, or a word of its kind ("storm" of a tornado): not any event's noun
  // ("Friday's announcement" of a vote).
  const nouns = owned[1]!.split(/\s+/).slice(0, 3).map((w) => wordKeys(w)[0] ?? "");
  let named = NAME_KEYS.get(entry);
  if (!named) NAME_KEYS.set(entry, (named = new Set([entry.name, ...entry.aliases].flatMap(wordKeys))));
  const keys = named;
  const ofItsKind = (n: string) => EVENT_CLASSES.some((c) => c.has(n) && [...keys].some((k) => c.has(k)));
  return nouns.some((n) => n !== "" && ((isKindHead(entry, n) && !IN_A_CLASS.has(n)) || ofItsKind(n)));
}

/** The word keys of an entry's name and aliases, for ownsEventOf. */
const NAME_KEYS = new WeakMap<Entry, Set<string>>();

/** Where an entry's event words are kept once computed: a Map for one run, a WeakMap for the life of a module. */
export interface EventWordCache {
  get(entry: Entry): Set<string> | undefined;
  set(entry: Entry, words: Set<string>): unknown;
}

/**
 * Does the sentence speak of the entry's event? With `strict`, only a word of
 * its kind counts (see kindWords), not a proper name or a keyword of it.
 */
export function speaksOf(entry: Entry, sentence: string | ReadonlySet<string>, cache: EventWordCache, strict = false): boolean {
  let words = cache.get(entry);
  if (!words) cache.set(entry, (words = strict ? kindWords(entry) : eventWords(entry)));
  const said = typeof sentence === "string" ? new Set(wordKeys(sentence)) : sentence;
  // A lone keyword tied the claim to the entry: it is not also evidence that the sentence speaks of it
  // ("Jewellery Quarter" for an entry keyed by "quarter"). Common words count only two together.
  const keywords = keywordKeysOf(entry);
  const lone = entry.keywords.length === 1;
  const evidence = (w: string) => said.has(w) && !(lone && keywords.has(w));
  let generic = 0;
  for (const w of words) if (evidence(w) && (!GENERIC.has(w) || ++generic >= 2)) return true;
  for (const cls of EVENT_CLASSES) {
    let inEntry = false;
    for (const w of words) if (cls.has(w)) inEntry = true;
    if (!inEntry) continue;
    for (const w of cls) if (evidence(w) && !GENERIC.has(w)) return true;
  }
  return false;
}


/**
 * Does one of these words (word keys) name the entry's event: a word of its name or aliases, a keyword, or a word
 * of the same kind of event ("quake" for an earthquake, "vote" for a referendum)?
 */
export function namesEventOf(entry: Entry, keys: readonly string[], cache: EventWordCache): boolean {
  let words = cache.get(entry);
  if (!words) cache.set(entry, (words = eventWords(entry)));
  const keywords = keywordKeysOf(entry);
  for (const k of keys) if (words.has(k) || keywords.has(k)) return true;
  for (const cls of EVENT_CLASSES) {
    if (!keys.some((k) => cls.has(k))) continue;
    for (const w of words) if (cls.has(w)) return true;
  }
  return false;
}
