/**
 * Vocabulary of the extractors, as typed constants (facts in YAML, vocabulary
 * here, logic in the extractors). All words lower case.
 */
import type { Qualifier } from "../model/claim.js";
import { table } from "../lib/table.js";
import { isPluralNoun } from "./text/nouns.js";

/** Qualifiers written before a number, longest first within each group. */
export const QUALIFIERS_BEFORE: ReadonlyArray<readonly [readonly string[], Qualifier]> = [
  [["no", "fewer", "than"], "at_least"],
  [["no", "less", "than"], "at_least"],
  [["not", "less", "than"], "at_least"],
  [["a", "minimum", "of"], "at_least"],
  [["at", "least"], "at_least"],
  [["no", "more", "than"], "at_most"],
  [["not", "more", "than"], "at_most"],
  [["a", "maximum", "of"], "at_most"],
  [["as", "many", "as"], "at_most"],
  [["as", "much", "as"], "at_most"],
  [["as", "high", "as"], "at_most"],
  [["up", "to"], "at_most"],
  [["at", "most"], "at_most"],
  [["more", "than", "or", "equal", "to"], "at_least"],
  [["greater", "than", "or", "equal", "to"], "at_least"],
  [["less", "than", "or", "equal", "to"], "at_most"],
  [["fewer", "than", "or", "equal", "to"], "at_most"],
  [["equal", "to", "or", "more", "than"], "at_least"],
  [["equal", "to", "or", "less", "than"], "at_most"],
  [["in", "excess", "of"], "more_than"],
  [["greater", "than"], "more_than"],
  [["higher", "than"], "more_than"],
  [["larger", "than"], "more_than"],
  [["bigger", "than"], "more_than"],
  [["exceeding"], "more_than"],
  [["exceeded"], "more_than"],
  [["surpassed"], "more_than"],
  [["surpassing"], "more_than"],
  [["topped"], "more_than"],
  [["tops"], "more_than"],
  [["past"], "more_than"],
  [["passed"], "more_than"],
  [["pass"], "more_than"],
  [["passes"], "more_than"],
  [["exceeds"], "more_than"],
  [["surpasses"], "more_than"],
  [["above"], "more_than"],
  [["smaller", "than"], "fewer_than"],
  [["lower", "than"], "fewer_than"],
  [["below"], "fewer_than"],
  [["upwards", "of"], "more_than"],
  [["well", "over"], "more_than"],
  [["just", "over"], "more_than"],
  [["more", "than"], "more_than"],
  [["over"], "more_than"],
  [["just", "under"], "fewer_than"],
  [["fewer", "than"], "fewer_than"],
  [["less", "than"], "fewer_than"],
  [["under"], "fewer_than"],
  [["close", "to"], "nearly"],
  [["nears"], "nearly"],
  [["neared"], "nearly"],
  [["approaches"], "nearly"],
  [["nearly"], "nearly"],
  [["almost"], "nearly"],
  [["an", "estimated"], "about"],
  [["approximately"], "about"],
  [["approx"], "about"],
  [["roughly"], "about"],
  [["around"], "about"],
  [["about"], "about"],
  [["some"], "about"],
  [["circa"], "about"],
  [["estimated"], "about"],
  [["exactly"], "exact"],
  [["precisely"], "exact"],
];

/** Qualifiers written after a number: "300 or so", "300-odd", "300 or more", "300-plus". */
export const QUALIFIERS_AFTER: ReadonlyArray<readonly [readonly string[], Qualifier]> = [
  [["or", "so"], "about"],
  [["-", "odd"], "about"],
  [["or", "more"], "at_least"],
  [["or", "greater"], "at_least"],
  [["or", "above"], "at_least"],
  [["and", "above"], "at_least"],
  [["and", "more"], "at_least"],
  [["or", "less"], "at_most"],
  [["or", "fewer"], "at_most"],
  [["or", "below"], "at_most"],
  [["-", "plus"], "at_least"],
  [["plus"], "at_least"],
  [["+"], "at_least"],
];

/**
 * Words that, right after a number, name the measure themselves ("300 killed",
 * "five dead", "1.2 million displaced").
 */
export const MEASURE_WORDS: Readonly<Record<string, string>> = table({
  killed: "killed", dead: "killed", died: "killed", deaths: "killed", death: "killed", fatalities: "killed", fatality: "killed",
  wounded: "wounded", injured: "wounded", injuries: "wounded", hurt: "wounded",
  missing: "missing", unaccounted: "missing",
  displaced: "displaced", homeless: "displaced",
  arrested: "arrested", detained: "arrested", arrests: "arrested", detentions: "arrested",
  evacuated: "evacuated", evacuees: "evacuated",
});

/** Verbs (and participles) after a counted noun phrase: "300 people died", "six militants were killed". */
export const MEASURE_VERBS_AFTER: ReadonlyArray<readonly [readonly string[], string]> = [
  [["lost", "their", "lives"], "killed"],
  [["shot", "dead"], "killed"],
  [["shot", "and", "killed"], "killed"],
  [["found", "dead"], "killed"],
  [["confirmed", "dead"], "killed"],
  [["pronounced", "dead"], "killed"],
  [["beaten", "to", "death"], "killed"],
  [["stabbed", "to", "death"], "killed"],
  [["burned", "to", "death"], "killed"],
  [["burnt", "to", "death"], "killed"],
  [["crushed", "to", "death"], "killed"],
  [["hacked", "to", "death"], "killed"],
  [["drowned"], "killed"],
  [["executed"], "killed"],
  [["slaughtered"], "killed"],
  [["massacred"], "killed"],
  [["murdered"], "killed"],
  [["assassinated"], "killed"],
  [["lost", "their", "life"], "killed"],
  [["were", "killed"], "killed"],
  [["killed"], "killed"],
  [["died"], "killed"],
  [["dies"], "killed"],
  [["hospitalised"], "wounded"],
  [["hospitalized"], "wounded"],
  [["taken", "to", "hospital"], "wounded"],
  [["admitted", "to", "hospital"], "wounded"],
  [["treated", "in", "hospital"], "wounded"],
  [["treated", "in", "hospitals"], "wounded"],
  [["treated", "at", "hospital"], "wounded"],
  [["treated", "at", "hospitals"], "wounded"],
  [["dead"], "killed"],
  [["perished"], "killed"],
  [["slain"], "killed"],
  [["die"], "killed"],
  [["wounded"], "wounded"],
  [["injured"], "wounded"],
  [["hurt"], "wounded"],
  [["missing"], "missing"],
  [["unaccounted", "for"], "missing"],
  [["went", "missing"], "missing"],
  [["gone", "missing"], "missing"],
  [["displaced"], "displaced"],
  [["forced", "from", "their", "homes"], "displaced"],
  [["forced", "from", "homes"], "displaced"],
  [["forced", "out", "of", "their", "homes"], "displaced"],
  [["forced", "to", "leave", "their", "homes"], "displaced"],
  [["driven", "from", "their", "homes"], "displaced"],
  [["uprooted"], "displaced"],
  [["fled"], "displaced"],
  [["flee"], "displaced"],
  [["flees"], "displaced"],
  [["fleeing"], "displaced"],
  [["forced", "to", "flee"], "displaced"],
  [["made", "homeless"], "displaced"],
  [["left", "homeless"], "displaced"],
  [["homeless"], "displaced"],
  [["arrested"], "arrested"],
  [["detained"], "arrested"],
  [["arrest"], "arrested"],
  [["taken", "into", "custody"], "arrested"],
  [["evacuated"], "evacuated"],
  [["survived"], "survivor"],
  [["infected"], "case"],
];

/** Verbs before a number that make it a casualty count: "killing 12", "killed at least 12 people", "displaced 1.2 million". */
export const MEASURE_VERBS_BEFORE: Readonly<Record<string, string>> = table({
  killed: "killed", killing: "killed", kills: "killed", kill: "killed",
  murdered: "killed", murdering: "killed", massacred: "killed", massacring: "killed", slaughtered: "killed", slaughtering: "killed",
  executed: "killed", executing: "killed",
  wounded: "wounded", wounding: "wounded", injured: "wounded", injuring: "wounded", injures: "wounded", injure: "wounded", wound: "wounded", wounds: "wounded",
  displaced: "displaced", displacing: "displaced", displaces: "displaced", displace: "displaced",
  arrested: "arrested", arresting: "arrested", detained: "arrested", detaining: "arrested", detain: "arrested", detains: "arrested",
  arrest: "arrested", arrests: "arrested",
  evacuated: "evacuated", evacuating: "evacuated", evacuate: "evacuated", evacuates: "evacuated",
  infected: "case", infecting: "case",
});

/** Auxiliaries and adverbs allowed between a counted noun phrase and its verb ("were reportedly killed"). */
export const AUXILIARIES = new Set([
  "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "also", "allegedly", "later",
  "already", "all", "now", "still", "believed", "feared", "thought", "known", "confirmed", "said", "to", "either",
  "subsequently", "eventually", "officially", "apparently", "tragically", "were", "got", "remain", "remained", "remains",
]);

/** Time units: a number counting them is a duration or an age, not a claim. */
export const TIME_UNITS = new Set([
  "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
  "decade", "decades", "century", "centuries", "night", "nights", "weekend", "weekends", "fortnight", "fortnights", "hrs", "mins",
  "millennium", "millennia", "semester", "semesters", "quarter", "quarters",
]);

/** Currency words after a number ("5 million dollars"). */
export const CURRENCY_WORDS = new Set([
  "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "ruble", "rubles", "rouble", "roubles", "yuan", "yen",
  "rupee", "rupees", "manat", "manats", "dram", "drams", "lira", "liras", "lire", "franc", "francs", "cent", "cents", "pence",
  "penny", "hryvnia", "hryvnias", "peso", "pesos", "real", "reais", "rand", "won", "shekel", "shekels", "dinar", "dinars",
  "dirham", "dirhams", "riyal", "riyals", "rial", "rials", "lari", "tenge", "som", "naira", "baht", "ringgit", "krona",
  "kronor", "krone", "kroner", "zloty", "zlotys", "forint", "usd", "eur", "gbp", "rub", "cny", "jpy", "bitcoin", "bitcoins",
  "crown", "crowns", "mark", "marks", "sol", "soles", "kwacha", "shilling", "shillings", "cedi", "cedis", "birr", "taka", "lempira",
  "lempiras", "quetzal", "quetzales", "colon", "colones", "bolivar", "bolivars", "guilder", "guilders", "escudo", "escudos",
  "drachma", "drachmas", "lek", "leke", "dinara", "denar", "denars", "leu", "lei", "lev", "leva", "kuna", "kunas", "rupiah",
  "dong", "kyat", "kip", "riel", "afghani", "afghanis", "ouguiya", "franc", "dollars", "euros", "pounds", "roubles",
]);

/** Currency signs before a number ("$5", "US$ 5", "€3bn"). */
export const CURRENCY_SIGNS = new Set(["$", "€", "£", "¥", "₽", "₹", "₴", "₺", "₼", "֏", "₩", "₪", "₦", "₱", "฿"]);

/** Units of measurement: a number of them is a quantity, not a count of things. */
export const MEASUREMENT_UNITS = new Set([
  "km", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre", "metres", "meter", "meters", "m",
  "cm", "mm", "foot", "feet", "ft", "inch", "inches", "yard", "yards", "kg", "kilogram", "kilograms", "kilo", "kilos", "g",
  "gram", "grams", "lb", "lbs", "pound", "degree", "degrees", "celsius", "fahrenheit",
  "mph", "kph", "km/h", "bpd",
  "sq", "square", "mw", "gw", "kw", "kwh", "mwh", "megawatt", "megawatts", "gigawatt",
  "gigawatts", "knots", "magnitude", "points", "point", "bps", "basis", "millimetre", "millimetres", "millimeter", "millimeters",
  "centimetre", "centimetres", "centimeter", "centimeters", "terabytes", "gigabytes", "megabytes", "bytes", "percentage",
]);

/** Heads that a number multiplies or ranks, not counts: "11 times", "two thirds". */
export const NOT_COUNTED = new Set(["times", "fold", "thirds", "quarters", "halves", "fifths", "tenths", "hundredths", "odds", "ways", "ranks"]);

/** Nouns of people: "lost 1.4 million soldiers" counts deaths. */
export const PEOPLE_NOUNS = new Set([
  "people", "persons", "men", "women", "children", "soldiers", "troops", "civilians", "fighters", "servicemen", "servicewomen",
  "officers", "personnel", "sailors", "pilots", "crew", "lives", "residents", "villagers", "citizens", "militants", "rebels",
  "combatants", "marines", "airmen", "conscripts", "reservists", "volunteers", "members", "workers", "miners", "passengers",
]);


/** Nouns that introduce an identifier: "page 3", "section 4", "flight 17", "resolution 2334". */
export const IDENTIFIER_NOUNS = new Set([
  "page", "pages", "section", "sections", "article", "articles", "chapter", "chapters", "paragraph", "clause", "clauses",
  "number", "no", "nos", "resolution", "resolutions", "flight", "route", "highway", "road", "room", "line", "platform",
  "gate", "grade", "level", "phase", "stage", "version", "item", "items", "figure", "table", "exhibit", "rule", "bus",
  "apartment", "unit", "building", "block", "channel", "episode", "season", "volume", "issue", "case", "code", "decree",
  "order", "law", "bill", "act", "session", "match", "round", "game", "week", "day", "year", "term", "amendment", "category",
  "class", "model", "type", "sector", "zone", "precinct", "ward", "tier", "track", "district", "region", "lot", "plot",
  "point", "step", "vs", "v", "versus", "p", "pp", "ch", "sec", "art", "para", "vol", "fig", "tel", "phone", "fax", "ext",
  "id", "ref", "reference", "pin", "postcode", "zip", "box", "suite", "floor", "street", "avenue", "mile", "kilometre",
  "km", "aged", "age", "ages", "top", "rank", "ranked",
]);

/** Words after "won"/"lost" etc. or a score pair: "a 3-1 win". */
export const SCORE_WORDS = new Set(["win", "victory", "defeat", "loss", "draw", "lead", "won", "lost", "beat", "drew", "defeated", "score", "scored", "thrashed", "vote", "votes", "margin", "majority"]);

/** Counted nouns that name people at large: a count of them is a whole, not a subgroup. */
export const GENERIC_PEOPLE = new Set([
  "people", "persons", "person", "individuals", "individual", "lives", "life", "deaths", "death", "bodies", "body",
  "dead", "victims", "victim", "casualties", "fatalities", "others", "total", "in", "all",
]);

/** Words that end a counted noun phrase: determiners, prepositions, conjunctions, pronouns, auxiliaries, common verbs. */
export const NP_STOP = new Set([
  "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "which", "who", "whom",
  "whose", "what", "where", "when", "while", "whereas", "as", "and", "or", "but", "nor", "so", "yet", "if", "than", "then",
  "of", "in", "on", "at", "by", "for", "from", "to", "with", "without", "into", "onto", "over", "under", "across", "after",
  "before", "during", "since", "until", "till", "among", "amongst", "between", "through", "throughout", "around", "about",
  "near", "against", "along", "beside", "besides", "behind", "beyond", "inside", "outside", "within", "per", "via", "including",
  "like", "unlike", "toward", "towards", "upon", "amid", "amidst", "despite", "above", "below", "off", "out", "up", "down",
  "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "having", "will", "would", "could", "should",
  "shall", "may", "might", "must", "can", "cannot", "do", "does", "did", "not", "no", "also", "reportedly", "allegedly",
  "still", "now", "already", "just", "only", "even", "ever", "never", "all", "both", "each", "every", "either", "neither",
  "he", "she", "it", "they", "we", "you", "i", "them", "him", "us", "me", "who", "say", "says", "said", "saying", "told",
  "according", "remain", "remains", "remained", "according", "plus", "more", "less", "fewer", "there", "here", "yesterday",
  "today", "tomorrow", "ago", "later", "earlier", "last", "next", "each", "apiece", "respectively", "altogether", "total",
  "killed", "died", "dead", "wounded", "injured", "missing", "displaced", "arrested", "detained", "evacuated", "hurt",
  "perished", "fled", "homeless", "slain", "lost", "went", "got", "came", "took", "made", "left", "gave", "saw", "became",
  "live", "lived", "living", "work", "worked", "working", "attended", "gathered", "joined", "signed", "met", "voted",
  "percent", "per", "cent",
]);

/** Verbs of saying: a date attached to one dates a statement, not the event. */
export const REPORTING_VERBS = new Set([
  "said", "says", "say", "told", "tells", "announced", "announces", "stated", "states", "added", "adds", "noted", "notes",
  "reported", "reports", "confirmed", "confirms", "tweeted", "wrote", "writes", "declared", "declares", "insisted", "insists",
  "warned", "warns", "explained", "explains", "claimed", "claims", "commented", "remarked", "revealed", "reveals", "argued",
  "argues", "acknowledged", "admitted", "denied", "denies", "alleged", "alleges", "quoted", "briefed", "posted", "published",
  "disclosed", "emphasised", "emphasized", "stressed", "underlined", "urged", "urges", "called", "asked", "replied", "responded",
  "according", "saying", "telling", "announcing", "stating", "adding", "noting", "reporting", "writing", "told",
  // Acts done by speaking: "Obama apologised on Wednesday to Medecins Sans Frontieres for the strike".
  "apologised", "apologized", "apologises", "apologizes", "condemned", "condemns", "vowed", "vows",
  "thanked", "praised", "criticised", "criticized", "conceded", "concedes",
]);

export const MONTHS: Readonly<Record<string, number>> = table({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11,
  december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});

export const WEEKDAYS: Readonly<Record<string, number>> = table({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
});

/** Nouns that name an agreement (CONTRACT §3, treaty). Lower case, singular and plural. */
export const TREATY_HEADS = new Set([
  "treaty", "treaties", "declaration", "declarations", "accord", "accords", "agreement", "agreements", "protocol", "protocols",
  "convention", "conventions", "pact", "pacts", "memorandum", "memoranda", "charter", "statement", "ceasefire", "cease-fire",
  "truce", "armistice", "deal", "communique", "communiqué", "covenant", "concordat", "compact", "understanding", "framework",
]);

/**
 * Heads that name an agreement only as the capitalised head of a proper name: "the Black Sea Grain Initiative",
 * "the Dublin Regulation", "International Health Regulations", "Joint Comprehensive Plan of Action", "the 1990
 * Copenhagen Document", "the Trans-Pacific Partnership" (not "a new initiative", "the plan", "a partnership").
 */
export const PROPER_TREATY_HEADS = new Set(["initiative", "regulation", "regulations", "plan", "document", "partnership"]);

/** Lower-case words that may sit inside an agreement's name after a proper modifier ("the Iran nuclear deal"). */
export const TREATY_INNER_WORDS = new Set([
  "trilateral", "bilateral", "tripartite", "multilateral", "peace", "nuclear", "ceasefire", "arms", "trade", "security", "border",
  "framework", "interim", "final", "friendship", "cooperation", "partnership", "association", "grain", "climate", "free",
  "non-aggression", "nonaggression", "defence", "defense", "mutual", "strategic", "reduction", "limitation", "control", "joint",
  "comprehensive", "normalisation", "normalization", "withdrawal", "demarcation", "delimitation", "transit", "gas", "oil",
]);

/** Names that follow a capitalised head ("Final Act") and words after a head that make it an organisation's name. */
export const ORGANISATION_WORDS = new Set(["organization", "organisation", "organizations", "organisations", "alliance", "secretariat", "council", "commission", "committee", "bureau", "office", "members", "member"]);

/**
 * Nouns of places and buildings a name can end in: a treaty word before one is a word of that place's name ("the
 * Birendra International Convention Centre", "Peace Treaty Hall").
 */
export const VENUE_WORDS = new Set(["centre", "center", "hall", "building", "palace", "hotel", "complex", "stadium", "arena", "museum", "square", "street", "avenue", "park", "bridge", "station"]);

/** Acronyms of agreements that news writes alone ("New START", "the NPT"). */
export const TREATY_ACRONYMS = new Set(["NPT", "CTBT", "INF", "START", "SALT", "ABM", "CFE", "JCPOA", "TPNW", "NAFTA", "USMCA", "GATT", "AUKUS", "TTIP", "CPTPP", "RCEP", "SORT", "CWC", "BWC", "OST", "TTBT", "PNET"]);

/** Plural nouns of magnitudes, not of things counted one by one: a percentage of them is a ratio. */
export const MAGNITUDES = new Set([
  "levels", "averages", "values", "costs", "prices", "rates", "amounts", "totals", "figures", "sales", "revenues", "earnings",
  "wages", "salaries", "incomes", "exports", "imports", "profits", "returns", "reserves", "emissions", "savings", "assets",
  "funds", "expectations", "forecasts", "estimates", "targets", "quotas", "norms", "means", "requirements", "needs",
  "limits", "capacities", "budgets", "benefits", "payments", "losses", "gains", "numbers", "counts", "volumes", "outputs",
  "yields", "sums", "units", "goals", "projections", "fees", "taxes", "rents", "debts", "liabilities", "spending", "times",
]);

/** Verbs of change whose "to" introduces the new figure, and verbs whose object is a figure reached. */
const CHANGED = new Set(["rose", "risen", "rise", "rises", "climbed", "climbs", "jumped", "jumps", "increased", "grew", "fell", "dropped", "declined", "soared", "surged", "swelled", "raised", "revised", "lowered"]);
const TO_A_FIGURE = new Set(["reached", "reaches", "topped", "tops", "surpassed", "exceeded", "exceeds"]);

/** Is the number at token i the new value of a change ("the toll rose to 1437", "cases reached 1200"), so a count? */
export function newFigureAt(tokens: ReadonlyArray<{ readonly lower: string }>, i: number): boolean {
  const before = tokens[i - 1]?.lower ?? "";
  return TO_A_FIGURE.has(before) || (before === "to" && CHANGED.has(tokens[i - 2]?.lower ?? ""));
}

/** Nouns a year sets a reference for, so that "1990 levels" is a year and no count. */
export const REFERENCE_YEAR_NOUNS: ReadonlySet<string> = new Set(["level", "levels"]);

const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "since", "during", "until", "till"]);

/**
 * Is the number at token i (of 1000–2100) a year by the preposition of time before it, with no plural noun after it
 * to count ("the quake in 1985 killed about 5,000"; "cut in 2000 homes" counts homes)? Read alike by the year and
 * the count extractors.
 */
export function yearAfterTimePreposition(tokens: ReadonlyArray<{ readonly lower: string; readonly kind: string }>, i: number): boolean {
  const after = tokens[i + 1];
  return TIME_PREPOSITIONS.has(tokens[i - 1]?.lower ?? "") && !(countedAfterYear(tokens, i) && !REFERENCE_YEAR_NOUNS.has(after!.lower));
}

/** Nouns of a figure, after which "of" introduces the figure itself ("a total of 1200", "a crowd of 2000"). */
const FIGURE_NOUNS_BEFORE_OF = new Set(["toll", "total", "totals", "number", "figure", "tally", "count", "sum", "crowd", "crowds", "estimate", "population", "average", "peak", "maximum", "minimum", "rate", "turnout", "majority", "margin", "force", "fleet", "staff", "workforce", "army", "group", "team"]);

/**
 * A four-digit number after "of" that names the event before it ("the Galveston hurricane of 1900 killed 6,000", "the
 * war of 1812"): a year, unless the word before "of" is a figure's ("a total of 1500") or a plural noun follows to be
 * counted ("of 1500 homes").
 */
export function yearAfterEventOf(tokens: ReadonlyArray<{ readonly lower: string; readonly kind: string }>, i: number): boolean {
  return tokens[i - 1]?.lower === "of" && tokens[i - 2]?.kind === "word" && !FIGURE_NOUNS_BEFORE_OF.has(tokens[i - 2]!.lower) && !countedAfterYear(tokens, i);
}

/** A number introduced by a figure's noun and "of": "a total of 1500", "a crowd of 2000" is that figure, no year. */
export function figureOfAt(tokens: ReadonlyArray<{ readonly lower: string; readonly kind: string }>, i: number): boolean {
  return tokens[i - 1]?.lower === "of" && FIGURE_NOUNS_BEFORE_OF.has(tokens[i - 2]?.lower ?? "");
}

/** Words a verb's object can start with: "displaced 20 million", "killed the", "left about". */
const OBJECT_START = new Set(["the", "a", "an", "about", "some", "more", "at", "nearly", "almost", "over", "up", "around", "roughly", "hundreds", "thousands", "millions", "dozens", "tens"]);

/**
 * Is there a plural noun after the number at i for it to count ("in 2000 homes", "2010 displaced")? Not a
 * participle with its own object: "the floods of 2010 displaced 20 million people".
 */
function countedAfterYear(tokens: ReadonlyArray<{ readonly lower: string; readonly kind: string }>, i: number): boolean {
  const after = tokens[i + 1];
  if (after?.kind !== "word" || !isPluralNoun(after.lower)) return false;
  const next = tokens[i + 2];
  return !(/ed$/.test(after.lower) && next !== undefined && (next.kind === "num" || OBJECT_START.has(next.lower)));
}

/** The note a date counted in weeks from the publication carries ("last week"): verification reads it (rule date.week). */
export const WEEK_NOTE = "a week counted from the publication";

/** The note a date counted from another date of the story carries ("three days later"), before the anchor's text: verification reads it (rule date.anchored). */
export const ANCHORED_NOTE = "counted from";

/** The note of a date counted from another date of the story ("counted from "March 3, 2015""), if it is one. */
export function anchoredNote(claim: { readonly provenance: { readonly implied?: readonly string[] } }): string | undefined {
  return (claim.provenance.implied ?? []).find((i) => i.startsWith(ANCHORED_NOTE));
}

/** The note of a count of the dead and the missing together ("18,000 people dead or missing"): verification reads it (rule count.dead-or-missing). */
export const DEAD_OR_MISSING = "the dead and the missing together";
