/**
 * Quality gate for verdicts: the 24 dev articles, the base written for them
 * independently (eval/bench/base, by someone who never ran claimcheck), and
 * copies with one checkable claim made false by a script: the first checkable
 * claim of each kind, and (`every`) each checkable claim in turn, the sample a
 * held-out benchmark that picks any claim is closer to. The floors are this
 * version's figures; a change that makes them worse fails the build.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBenchmark } from "../../src/eval/benchmark.js";

const root = join(import.meta.dirname, "../..");

describe("verdict benchmark", () => {
  const r = runBenchmark(join(root, "eval/dev"), join(root, "eval/bench/base"));
  it("supports none of the planted errors", () => {
    expect(r.plantedSupported).toEqual([]);
  });
  it("contradicts no claim of the unmodified articles", () => {
    expect(r.cleanContradictions).toEqual([]);
  });
  it("contradicts most planted errors and supports most checkable claims", () => {
    expect(r.plantedContradicted / r.planted).toBeGreaterThanOrEqual(0.85);
    expect(r.supported / r.checkable).toBeGreaterThanOrEqual(0.845);
  });
});

describe("verdict benchmark, an error planted in every checkable claim in turn", () => {
  const r = runBenchmark(join(root, "eval/dev"), join(root, "eval/bench/base"), { every: true });
  it("supports none of the planted errors", () => {
    expect(r.plantedSupported).toEqual([]);
  });
  it("contradicts more than half of them", () => {
    expect(r.planted).toBeGreaterThan(300);
    expect(r.plantedContradicted / r.planted).toBeGreaterThanOrEqual(0.75);
  });
});

/**
 * What a base's run is pinned to: its known failures by name, and floors for its ratios. (Seven planted-error floors
 * were lowered by a point once, on purpose: dates tied by keywords alone decades from their entry, a thing's making and
 * another's signing no longer refute, which cost 15 of 3,966 planted errors with --every on the older sets and no
 * contradiction of a true claim; see the README. Five more by one or two points later: a count tied through another
 * sentence while its own sentence names or keys another entry is weak, which cost 9 of 6,048 planted errors with
 * --every on sets 1–43 and mended two contradictions of true claims on set 44. Two more by a point after sets 46 and 47:
 * a count tied by keywords alone "since the war began" is that war's total (one planted error on heldout18), and a date
 * after a verb of saying and its object ("told a news conference in Cairo on Saturday") a statement's, no longer
 * counted as checkable (heldout26's supported share). One more by a point after sets 54 and 55: an entry of years
 * before the story's own event, reached only because the story's lacks the measure, does not refute a count dated in
 * the story's present, which mended the Chapecoense contradiction and cost one planted error on heldout22, a memorial
 * story's "More than 500 people were injured".)
 */
interface Pinned {
  readonly cleanContradictions: readonly string[];
  readonly plantedSupported: readonly string[];
  readonly planted: number;
  readonly supported: number;
}

/** The gates of a base other than the first: a new failure, or a worse ratio, fails the build. */
function pinnedBase(title: string, dir: string, pinned: Pinned, articles = "eval/dev"): void {
  describe(title, () => {
    const r = runBenchmark(join(root, articles), join(root, dir), { every: true });
    const named = (ms: readonly { article: string; text: string }[]) => ms.map((m) => `${m.article}: ${m.text}`);
    it("contradicts no true claim but those it is known to", () => {
      expect(named(r.cleanContradictions)).toEqual(pinned.cleanContradictions);
    });
    it("supports no planted error but those it is known to", () => {
      expect(named(r.plantedSupported)).toEqual(pinned.plantedSupported);
    });
    it("contradicts as many planted errors and supports as many checkable claims as this version", () => {
      expect(r.plantedContradicted / r.planted).toBeGreaterThanOrEqual(pinned.planted);
      expect(r.supported / r.checkable).toBeGreaterThanOrEqual(pinned.supported);
    });
  });
}

/**
 * A second base for the same articles, written by another hand that knew only
 * the contract (eval/bench/base2): the same mechanisms must hold up against a
 * base they were not tuned on.
 */
pinnedBase("verdict benchmark with a second, independently written base", "eval/bench/base2", {
  cleanContradictions: [],
  plantedSupported: [],
  planted: 0.69,
  supported: 0.83,
});

/**
 * A third base, kept tersely as a busy librarian would (eval/bench/base3):
 * generic keywords ("Prague", "war" and "1994", "takes effect") tie claims of
 * one story to entries of another.
 */
pinnedBase("verdict benchmark with a third, tersely written base", "eval/bench/base3", {
  cleanContradictions: ["08-malawi-cholera.txt: 1.5m doses"],
  plantedSupported: [],
  planted: 0.67,
  supported: 0.79,
});

/**
 * Ten more articles and a base for them, each written by a hand that never saw
 * claimcheck's code (eval/heldout, eval/bench/heldout-base): measured before
 * any rule was written on them.
 */
pinnedBase(
  "verdict benchmark on the held-out articles",
  "eval/bench/heldout-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.69, supported: 0.83 },
  "eval/heldout",
);

/** A second such set, written after the first had been used (eval/heldout2, eval/bench/heldout2-base). */
pinnedBase(
  "verdict benchmark on the second held-out articles",
  "eval/bench/heldout2-base",
  {
    cleanContradictions: [],
    plantedSupported: [
      "39-kelderby-measles-outbreak.md: about 8 percent → about 19 percent",
      "40-kessing-prison-siege.txt: two guards → seven guards",
    ],
    planted: 0.6,
    supported: 0.78,
  },
  "eval/heldout2",
);

/** A third such set, written after the second had been used (eval/heldout3, eval/bench/heldout3-base). */
pinnedBase(
  "verdict benchmark on the third held-out articles",
  "eval/bench/heldout3-base",
  {
    cleanContradictions: [],
    plantedSupported: ["47-veland-census-population-falls.txt: about 3 percent → about 9 percent", "50-dobrovan-drone-strike.txt: killed four people → killed eleven people"],
    planted: 0.6,
    supported: 0.79,
  },
  "eval/heldout3",
);

/**
 * A fourth (6 articles, eval/heldout4) and a fifth (10 articles, eval/heldout5),
 * written the same way; each was measured before any rule was written on it.
 */
pinnedBase(
  "verdict benchmark on the fourth held-out articles",
  "eval/bench/heldout4-base",
  {
    cleanContradictions: [],
    plantedSupported: [],
    planted: 0.7,
    supported: 0.8,
  },
  "eval/heldout4",
);
pinnedBase("verdict benchmark on the fifth held-out articles", "eval/bench/heldout5-base", { cleanContradictions: [], plantedSupported: [], planted: 0.77, supported: 0.89 }, "eval/heldout5");

/**
 * A sixth (10 articles, eval/heldout6), with a base kept tersely, ranges where
 * sources disagree: its first verdict run gave 6 contradictions of true claims.
 */
pinnedBase(
  "verdict benchmark on the sixth held-out articles",
  "eval/bench/heldout6-base",
  {
    cleanContradictions: ["77-arkesh-velmora-border-clash.txt: Wednesday"],
    plantedSupported: ["77-arkesh-velmora-border-clash.txt: November → January"],
    planted: 0.54,
    supported: 0.71,
  },
  "eval/heldout6",
);

/**
 * A seventh (8 articles of varied styles: analysis, live blog, anniversary, inquiry; eval/heldout7): its first verdict
 * run gave 7 contradictions of true claims; the last, a year an aside compares the story with ("the 2003 toll"), went
 * with date.modifier. Its floor of supported claims was lowered when a day strictly inside a period of more than a
 * week stopped counting as evidence (a recount's days; the cost of no longer supporting a weekday moved inside a
 * rescue or a conference), and raised again when a day inside a season did.
 */
pinnedBase(
  "verdict benchmark on the seventh held-out articles",
  "eval/bench/heldout7-base",
  {
    cleanContradictions: [],
    plantedSupported: [],
    planted: 0.68,
    supported: 0.72,
  },
  "eval/heldout7",
);


/**
 * An eighth (6 articles, eval/heldout8), kept outside the project for a session and measured once with no rule
 * written on it: 1 contradiction of a true claim on its first verdict run, which remains.
 */
pinnedBase(
  "verdict benchmark on the eighth held-out articles",
  "eval/bench/heldout8-base",
  {
    cleanContradictions: ["95-hurricane-damage.md: Thursday"],
    plantedSupported: ["91-train-collision.txt: six carriages → fifteen carriages"],
    planted: 0.8,
    supported: 0.85,
  },
  "eval/heldout8",
);

/**
 * A ninth and a tenth, on real events as wire services told them (10 and 8 articles; the tenth's base kept tersely):
 * their first verdict runs gave 3 and 8 contradictions of true claims.
 * Its planted floor is a point lower since a percentage named only by the paragraph before ("less than 3 percent",
 * planted "less than 1") is no longer compared ("Turnout was about 82 percent" after a paragraph on the election before).
 */
pinnedBase(
  "verdict benchmark on the ninth held-out articles",
  "eval/bench/heldout9-base",
  { cleanContradictions: [], plantedSupported: ["109-minsk-ceasefire.txt: about 600,000 → about 1,200,003"], planted: 0.68, supported: 0.8 },
  "eval/heldout9",
);
pinnedBase(
  "verdict benchmark on the tenth held-out articles",
  "eval/bench/heldout10-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.71, supported: 0.81 },
  "eval/heldout10",
);

/**
 * An eleventh (8 articles on real attacks, clashes, protests, an election, agreements and an outbreak; a 91-entry
 * base): its first verdict run gave 3 contradictions of true claims; the last, a year one of "the Bataclan attackers"
 * "had been flagged for radicalisation in", went with date.about-person (its planted copy, refuted only through that
 * reading, went with it: the floor is a point lower).
 */
pinnedBase(
  "verdict benchmark on the eleventh held-out articles",
  "eval/bench/heldout11-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.58, supported: 0.72 },
  "eval/heldout11",
);

/**
 * A twelfth (6 real disasters, an election and a treaty's end; a terse 67-entry base), written last and measured once
 * with the final rules of its session: 3 contradictions of true claims on its first run ("more than 150 years ago",
 * "killing all 90 people", "had promised 319,000 new homes"), all mended. Its supported floor is a point lower since a
 * date at the end of prepositional phrases after "said" dates the saying (a borne-out date left the count: 125/149).
 */
pinnedBase(
  "verdict benchmark on the twelfth held-out articles",
  "eval/bench/heldout12-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.84, supported: 0.83 },
  "eval/heldout12",
);

/**
 * A thirteenth (8 real disasters, attacks, a referendum, a verdict and a deal's end; an 83-entry base), measured first
 * with the code its session started from: 5 contradictions of true claims (a breakdown only the first report gave,
 * deadlines and elections ahead read as past, "Iran Air agreed in 2016" taken for the Iran deal's date, "put the
 * number of dead at around 80,000 in the first week"), all mended. The planted "55 to 93 percent" reads as a range.
 */
pinnedBase(
  "verdict benchmark on the thirteenth held-out articles",
  "eval/bench/heldout13-base",
  { cleanContradictions: [], plantedSupported: ["145-scotland-independence-referendum.md: 45 percent → 93 percent"], planted: 0.71, supported: 0.87 },
  "eval/heldout13",
);

/**
 * A fourteenth (8 real crashes, attacks, a rescue, a referendum, a treaty's entry into force, a fire and a quake a year
 * on; an 81-entry base), measured first with the rules of the session that wrote the thirteenth: 5 contradictions of
 * true claims, 11/17 planted errors contradicted (66/104 with --every, 2 supported), 82.7 % supported. Left: "five Thai
 * navy SEALs" of "each operation" read against the last day's three, and a 2016 toll (near Kanpur) made 303, which
 * the main entry's 275 bears out.
 */
pinnedBase(
  "verdict benchmark on the fourteenth held-out articles",
  "eval/bench/heldout14-base",
  {
    cleanContradictions: ["153-thai-cave-rescue.html: five Thai navy SEALs"],
    plantedSupported: ["157-odisha-train-crash.html: about 150 people → about 303 people"],
    // (0.68 since a count's weakness no longer depends on the count before it in its sentence: "86 countries", in a
    // sentence dated "Friday", had been compared only because a standing count of that sentence was linked first.)
    planted: 0.68,
    supported: 0.87,
  },
  "eval/heldout14",
);

/**
 * A fifteenth (6 real events: the Genoa bridge, Hurricane Maria's revised toll, the Abraham Accords, Greece's bailout
 * referendum, the Manchester Arena bombing, the Kyoto Protocol's entry into force; a 49-entry base), written at the end
 * of the session that wrote the thirteenth and fourteenth and measured first with all its rules: 5 contradictions of
 * true claims, 7/12 planted errors contradicted (37/70 with --every, none supported), 76.9 % supported. Left: the month
 * a study was commissioned in, read against its publication, and the year of the emissions a threshold counts
 * ("emissions in 1990") read against Russia's ratification (since mended: the year a quantity is measured in is a
 * baseline, date.reference-year).
 */
pinnedBase(
  "verdict benchmark on the fifteenth held-out articles",
  "eval/bench/heldout15-base",
  {
    cleanContradictions: ["162-hurricane-maria-death-toll.md: February"],
    plantedSupported: [],
    planted: 0.54,
    supported: 0.8,
  },
  "eval/heldout15",
);

/**
 * A sixteenth (8 real events: the Lac-Mégantic derailment, the Surfside collapse, the Palu quake and tsunami, the
 * Lisbon Treaty's entry into force, the Tianjin blasts, the Derna floods, the Amatrice quake, the Saudi–Iran deal; a
 * 75-entry base), measured first with the code of the session that wrote it (its first rule, weeks counted from the
 * publication, included): 1 contradiction of a true claim ("dozens still missing" against the final report's 8, every
 * figure reported after the article), 11/16 planted errors contradicted (58/94 with --every, 1 supported), 88.5 %
 * supported. Its supported floor is a point lower since a place named as the point a distance is measured from ties
 * nothing: the train was parked "7 miles (11 km) uphill from Lac-Megantic", and "on Saturday" lost its keyword.
 */
pinnedBase(
  "verdict benchmark on the sixteenth held-out articles",
  "eval/bench/heldout16-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.76, supported: 0.89 },
  "eval/heldout16",
);

/**
 * A seventeenth (8 real events: Deepwater Horizon, the Brussels bombings, MH370, the Nagorno-Karabakh ceasefire,
 * Sudan's Constitutional Declaration, Hurricane Sandy, Cyclone Idai, the Eyjafjallajökull ash cloud; a 95-entry base),
 * measured first with the rules of the session that wrote the sixteenth: 1 contradiction of a true claim (a running
 * total "since the uprising began" carried to the June 3 crackdown), 14/18 planted errors contradicted (67/104 with
 * --every, none supported), 75.3 % supported. Its planted floor is a point lower since what "the first official
 * figures … had put the toll at" for one site (a group of the toll) is an earlier estimate, never refuted by the
 * group's figure now ("Officials initially said 50 hostage-takers were killed" on the thirty-seventh set).
 */
pinnedBase(
  "verdict benchmark on the seventeenth held-out articles",
  "eval/bench/heldout17-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.71, supported: 0.88 },
  "eval/heldout17",
);

/**
 * An eighteenth (8 real events: the Norway attacks, the Lampedusa shipwreck, the 2017 Puebla earthquake, Greece's
 * ratification of the Prespa agreement, the Madrid train bombings, the 2010 Chile earthquake, the 2021 Texas winter
 * storm, the 2018 Kerala floods; a 74-entry base), measured first with every rule of the session that wrote the
 * sixteenth and seventeenth: 10 contradictions of true claims, 8/15 planted errors contradicted (64/98 with --every, 4
 * supported), 66.9 % supported. Left: a "2002 law" the base keys to the 2009 law its writer held to be meant, "153
 * lawmakers" of the Greek vote read against the Macedonian vote the story tells more of, and NATO's "29 members"
 * against the 30 of a year later (no `as_of`).
 */
pinnedBase(
  "verdict benchmark on the eighteenth held-out articles",
  "eval/bench/heldout18-base",
  {
    cleanContradictions: ["192-lampedusa-shipwreck.md: 2002", "194-prespa-ratification.md: 153 lawmakers", "194-prespa-ratification.md: 29 members"],
    plantedSupported: [],
    planted: 0.71,
    supported: 0.71,
  },
  "eval/heldout18",
);

/**
 * A nineteenth (8 real events: the downing of Flight PS752, the 2016 Ecuador earthquake, the Ethiopia–Eritrea peace
 * declaration, the Berlin Christmas market attack, the annexation of Crimea, Cyclone Amphan, the 2010 Pakistan floods,
 * Ireland's second Nice Treaty referendum; an 86-entry base), measured first with the rules of the session that wrote
 * it: 2 contradictions of true claims (a "Christmas markets" read as Christmas Day, and the story's "Monday" against the
 * 1999 Odisha cyclone a relative clause names), 14/17 planted errors contradicted (61/94 with --every, 1 supported),
 * 78.8 % supported. Left: a planted "about 27 percent" of Crimean Tatars that the article's main entry, a treaty with
 * a 30 percent gas discount, happens to bear out.
 */
pinnedBase(
  "verdict benchmark on the nineteenth held-out articles",
  "eval/bench/heldout19-base",
  {
    cleanContradictions: [],
    plantedSupported: ["205-crimea-annexation.md: about 12 percent → about 27 percent"],
    planted: 0.7,
    supported: 0.8,
  },
  "eval/heldout19",
);

/**
 * A twentieth (8 real events: the Santiago de Compostela derailment, the Beslan school siege, the Dayton agreement's
 * signing in Paris, Hurricane Harvey, the Rome Statute's sixtieth ratification, Air France Flight 447, the 2003 French
 * heat wave, Italy's 2016 constitutional referendum; an 85-entry base), measured first with the same rules: 2
 * contradictions of true claims ("the 2017 budget" against the resignation it was keyed to, and Brexit's "June" handed
 * to the Austrian election of the next sentence), 8/16 planted errors contradicted (52/95 with --every, none supported),
 * 75.5 % supported.
 */
pinnedBase(
  "verdict benchmark on the twentieth held-out articles",
  "eval/bench/heldout20-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.62, supported: 0.81 },
  "eval/heldout20",
);

/**
 * A twenty-first (8 real events: the 2016 Kumamoto earthquakes, the 2011 Christchurch earthquake, Catalonia's 2017
 * referendum, the Westgate mall attack, the 2005 London bombings, the Treaty of Aachen, the Oslo I Accord, the 2008
 * Sichuan earthquake; a 64-entry base), written last and measured first with every rule of the session that wrote the
 * nineteenth and twentieth: 3 contradictions of true claims, 9/16 planted errors contradicted (53/86 with --every,
 * none supported), 73.3 % supported. Its last, "thousands of homes were still without electricity or gas on Tuesday"
 * read against the main shock the clause before names, went with a coordinated clause of another subject.
 */
pinnedBase(
  "verdict benchmark on the twenty-first held-out articles",
  "eval/bench/heldout21-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.66, supported: 0.77 },
  "eval/heldout21",
);

/**
 * A twenty-second (8 real events: the 2009 L'Aquila earthquake's state funeral, the capture of the Boston Marathon
 * bomber, the Montreal Protocol's signing, the 2021 floods in Germany and Belgium, Chile's 2020 constitutional
 * referendum, the Nice truck attack, the Convention on Cluster Munitions' signing in Oslo, the Love Parade crush; a
 * 57-entry base) and a twenty-third (the 2005 Kashmir earthquake a year on, the Las Vegas shooting, the Arms Trade
 * Treaty's adoption, Ireland's 2015 marriage referendum, the Charlie Hebdo survivors' issue, the Ever Given freed, the
 * Mecca crane collapse, the Ottawa mine-ban treaty's signing; an 80-entry base), measured first with the code the
 * session started from and with this session's rules up to then (the same figures): 1 contradiction of a true claim
 * each, 10/16 (64/102 with --every) and 12/16 (75/107) planted errors contradicted, none supported, 77.6 % and 88.5 %
 * supported. The twenty-third's contradiction stays: its base dates the gunman's check-in to the day the sheriff later
 * gave, three days before the one the article, and the police at the time, stated.
 */
pinnedBase(
  "verdict benchmark on the twenty-second held-out articles",
  "eval/bench/heldout22-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.66, supported: 0.8 },
  "eval/heldout22",
);
pinnedBase(
  "verdict benchmark on the twenty-third held-out articles",
  "eval/bench/heldout23-base",
  { cleanContradictions: ["242-las-vegas-shooting.md: Sept. 28"], plantedSupported: [], planted: 0.76, supported: 0.91 },
  "eval/heldout23",
);

/**
 * A twenty-fourth (8 real events: the 2020 Izmir earthquake, the Hunga Tonga eruption, the Notre-Dame fire, the
 * Stockholm truck attack, the Omagh bombing twenty years on, Switzerland's minaret vote, the Lausanne framework with
 * Iran, New Zealand's 2020 referendums; a 64-entry base), measured first with the rules written on the twenty-second
 * and twenty-third: 2 contradictions of true claims, 11/17 planted errors contradicted (68/103 with --every, none
 * supported), 77.9 % supported — the same as the code the session started from. Its two contradictions led to the
 * day results came out (date.results) and a day counted from the event (date.counted-from).
 */
pinnedBase(
  "verdict benchmark on the twenty-fourth held-out articles",
  "eval/bench/heldout24-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.69, supported: 0.79 },
  "eval/heldout24",
);

/**
 * A twenty-fifth (the Brumadinho dam collapse, the Kiss nightclub fire a year on, Turkey's 2017 referendum, the Aceh
 * peace agreement, the Barcelona attack, the 2019 Albania earthquake, the Mount Ontake eruption, the Pretoria
 * agreement; a 45-entry base) and a twenty-sixth (the Bali bombings a year on, the Colectiv fire, France's 2005 vote on
 * the EU constitution, the Singapore summit statement, the Kermanshah earthquake, the Sousse attack, New Caledonia's
 * 2018 referendum, the Barents Sea treaty; a 74-entry base), measured first with every rule before them: 5 and 8
 * contradictions of true claims, 9/16 and 11/17 planted errors contradicted (56/86 and 68/108), none supported, 81.7 %
 * and 76.9 % supported (the session's starting code: 5 and 8; 9/16 and 10/17; 80.7 % and 75.5 %). What is left: a
 * 2007 eruption keyed to the 2014 one, a group named by an adjective of place ("on the Indonesian resort island"), a
 * mayor's resignation keyed to the fire his district licensed, a framework's collapse keyed to a nuclear test, and a
 * start of talks the base dates four years later than the article.
 */
pinnedBase(
  "verdict benchmark on the twenty-fifth held-out articles",
  "eval/bench/heldout25-base",
  { cleanContradictions: ["267-ontake-search-suspended.txt: 2007"], plantedSupported: [], planted: 0.67, supported: 0.82 },
  "eval/heldout25",
);
pinnedBase(
  "verdict benchmark on the twenty-sixth held-out articles",
  "eval/bench/heldout26-base",
  {
    cleanContradictions: [
      "271-bali-bombings-anniversary.txt: killed 202 people",
      "272-colectiv-fire-ponta-resigns.md: Wednesday",
      "274-singapore-trump-kim-statement.txt: 2002",
      "278-norway-russia-barents-treaty.md: 1970",
    ],
    plantedSupported: [],
    planted: 0.66,
    supported: 0.82,
  },
  "eval/heldout26",
);

/**
 * A twenty-seventh (the 2008 Mumbai attacks, the 2011 Van earthquake, the Orlando nightclub shooting, Hungary's 2016
 * quota referendum, the Mariana dam disaster, the Istanbul airport attack, the Bangsamoro agreement, South Sudan's
 * independence referendum; a 53-entry base), written last and measured first with every rule of the session before
 * it: 1 contradiction of a true claim, 9/15 planted errors contradicted (60/101 with --every, none supported), 73.6 %
 * supported — exactly what the code the session started from gave. Its contradiction ("handled 61 million passengers
 * last year", read against the airport attack) led to the period a volume is counted over (date.of-figure).
 */
pinnedBase(
  "verdict benchmark on the twenty-seventh held-out articles",
  "eval/bench/heldout27-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.63, supported: 0.75 },
  "eval/heldout27",
);

/**
 * A twenty-eighth (the Kaikoura earthquake, the Parkland shooting, the Panmunjom Declaration, the Dutch referendum on
 * the EU–Ukraine agreement, the Kemerovo mall fire, the Rawda mosque attack, the Fort McMurray wildfire, the EU–Turkey
 * statement; a 53-entry base) and a twenty-ninth (the Tempi train crash, Kurdistan's 2017 referendum, the Tazreen
 * factory fire, the Quebec City mosque shooting, Russia's 2020 constitutional vote, Cyclone Fani, the Aurora shooting,
 * Egypt's 2011 referendum; a 67-entry base), written last and measured first with every rule of the session: 2 and 4
 * contradictions of true claims, 8/17 and 12/17 planted errors contradicted (62/88 with one supported, and 67/106),
 * 71.3 % and 77.7 % supported — the same as the session's starting code but for one planted error with --every. A
 * Columbine sentence on each ("two students killed 13 people") led to an active verb's agent, a mall "opened … in 2013"
 * to a facility's opening (date.origin); left: a cyclone that "formed in late April" against its landfall, and a gunman's
 * withdrawal from his studies "in June" ("the June-to-September monsoon" went: a hyphened span of months is no date); and a planted "63 percent threshold" the base's loose 61.5–63.3 percent
 * range for the 2005 referendum bears out.
 */
pinnedBase(
  "verdict benchmark on the twenty-eighth held-out articles",
  "eval/bench/heldout28-base",
  {
    cleanContradictions: [],
    plantedSupported: ["294-dutch-ukraine-referendum.txt: 30 percent threshold → 63 percent threshold"],
    planted: 0.73,
    supported: 0.73,
  },
  "eval/heldout28",
);
pinnedBase(
  "verdict benchmark on the twenty-ninth held-out articles",
  "eval/bench/heldout29-base",
  {
    cleanContradictions: ["306-cyclone-fani-odisha.txt: late April", "307-aurora-cinema-shooting.html: June"],
    plantedSupported: [],
    planted: 0.65,
    supported: 0.82,
  },
  "eval/heldout29",
);

/**
 * A thirtieth (the Yeti Airlines crash at Pokhara, the Kabul airport bombing, the Ghouta chemical attack and the UN
 * report, Hurricane Irma, Australia's marriage survey, the Puttingal temple fireworks, the Minsk Protocol, the 2016
 * Jakarta attacks; a 63-entry base) and a thirty-first (the Hillsborough inquest verdicts, the Pulwama bombing, the
 * Uttarakhand floods, Switzerland's 2020 free-movement vote, Shinzo Abe's assassination, the Mocoa landslide, the Juba
 * agreement, the Halle synagogue attack; a 57-entry base), the session's last, measured first: 3 and 1 contradictions
 * of true claims, 8/18 and 10/16 planted errors contradicted (58/101 and 60/99 with --every, one supported each), 69.0 %
 * and 78.2 % supported — the session's starting code gave the same (11/16 on the thirty-first: a planted day "refuted"
 * only by a war's entry, which date.signing-of-other now leaves alone). Their contradictions are counts the article's
 * main entry lacks a figure for, read against a background entry of the story that has one ("71 bodies" against an
 * older crash), and a vigil's "hundreds of people" against a base figure of the people in the synagogue; giving the
 * main entry's missing figure precedence was measured and dropped (it lost planted errors on nine sets). The one entry
 * an article's head names now ranks first among its main entries: "71 bodies" is the Yeti Airlines crash's, which the
 * headline names, and the Ghouta report's "1,429 people were killed" no longer goes to Halabja.
 */
pinnedBase(
  "verdict benchmark on the thirtieth held-out articles",
  "eval/bench/heldout30-base",
  {
    cleanContradictions: ["318-jakarta-attacks.md: about 500 Indonesians"],
    plantedSupported: [],
    planted: 0.59,
    supported: 0.73,
  },
  "eval/heldout30",
);
pinnedBase(
  "verdict benchmark on the thirty-first held-out articles",
  "eval/bench/heldout31-base",
  {
    cleanContradictions: ["328-halle-synagogue-attack.md: hundreds of people"],
    plantedSupported: [],
    planted: 0.64,
    supported: 0.81,
  },
  "eval/heldout31",
);

/**
 * A thirty-second (the first Sandy Hook funerals, Cyclone Nargis's revised toll, the Bougainville referendum, the
 * Smolensk crash, the Upper Big Branch mine, the Garissa University attack, AUKUS, the Pedrógão Grande fire; a 63-entry
 * base) and a thirty-third (the Kyoto Animation arson, the Yushu earthquake, Chile's 2022 plebiscite, the Eastern Star
 * capsizing, the 2017 Mogadishu bombing, Sudan's Comprehensive Peace Agreement, the Mati fire a year on, the Pittsburgh
 * synagogue indictment; a 64-entry base), measured first: 1 and 2 contradictions of true claims, 13/18 and 12/17 planted
 * errors contradicted (61/104 and 79/107 with --every, two supported each), 77.4 % and 85.0 % supported. Mended since:
 * the Katyn killings blamed on Germany "until 1990" (date.until), a Nargis toll "in the previous official count" whose
 * planted double the later toll bore out (an earlier report named after the figure), a car bomb "about 20 km northwest
 * of Mogadishu" (a place a distance is measured from ties nothing), the Chilean president's address "on Sunday" (a
 * chain of prepositional phrases after "said" dates the saying). Left: a share of revenue made "about 103 percent"
 * that a referendum's 98.83 percent bears out; Darfur's displaced read against the civil war's.
 */
pinnedBase(
  "verdict benchmark on the thirty-second held-out articles",
  "eval/bench/heldout32-base",
  {
    cleanContradictions: [],
    plantedSupported: [],
    planted: 0.65,
    supported: 0.82,
  },
  "eval/heldout32",
);
pinnedBase(
  "verdict benchmark on the thirty-third held-out articles",
  "eval/bench/heldout33-base",
  {
    cleanContradictions: [],
    plantedSupported: ["346-sudan-peace-deal-signed.html: about 50 percent → about 103 percent", "346-sudan-peace-deal-signed.html: about 1.8 million → about 4.1 million"],
    planted: 0.75,
    supported: 0.86,
  },
  "eval/heldout33",
);

/**
 * A thirty-fourth (the Tucson shooting, the Chapecoense air crash, the Oso mudslide a year on, the Dutch "No" to the EU
 * constitution, the Amtrak 188 derailment, the London Bridge attack, the Pike River mine, the Russia–Georgia six-point
 * plan; a 101-entry base) and a thirty-fifth (the Holey Artisan siege, Black Saturday a year on, Australia's Voice
 * referendum, the Xiangshui blast, the Asiana 214 crash, the Taroko Express derailment, the Vienna attack, the USMCA
 * signing; a 71-entry base), written after this session's rules and measured first: 6 and 5 contradictions of true
 * claims, 10/16 planted errors contradicted on each (88/131 and 93/133 with --every, one supported), 81.6 % and 84.6 %
 * supported; the session's starting code gave the same but for one supported claim each way. Their contradictions: a
 * count or date tied by keywords to a background entry of the story (Zambia's 1993 air disaster, Copiapó's 33 miners,
 * Manchester's bombing, Colgan Air, the 2004 European election's turnout, another story's moment of silence), an
 * anniversary "on Saturday" read as the event's day, the attackers' "three dead" against the toll, a day across time
 * zones, and a base's round figure against "more than 20,000 videos". Mended in a later session: the Chapecoense
 * players against Zambia's 1993 disaster (a background event of years before does not refute a count dated in the
 * story's present).
 */
pinnedBase(
  "verdict benchmark on the thirty-fourth held-out articles",
  "eval/bench/heldout34-base",
  {
    cleanContradictions: ["353-oso-mudslide-anniversary.html: March 22, 2014", "354-dutch-eu-constitution-referendum.txt: about 63 percent", "356-london-bridge-attack.html: three dead", "357-pike-river-mine-disaster.txt: 29 miners"],
    plantedSupported: [],
    planted: 0.68,
    supported: 0.82,
  },
  "eval/heldout34",
);
pinnedBase(
  "verdict benchmark on the thirty-fifth held-out articles",
  "eval/bench/heldout35-base",
  {
    cleanContradictions: ["365-asiana-214-crash.md: 49", "365-asiana-214-crash.md: Sunday", "367-vienna-gun-attack.txt: more than 20,000 videos"],
    plantedSupported: ["363-australia-voice-referendum.html: about 32 percent → about 67 percent"],
    planted: 0.72,
    supported: 0.86,
  },
  "eval/heldout35",
);

/**
 * A thirty-sixth (Hurricane Katrina's flooding of New Orleans, the Peshawar school attack, Kenya's 2010 constitutional
 * referendum, the Key Bridge collapse, the Uvalde shooting, the Henan floods, the RCEP signing, the Noto earthquake; a
 * 65-entry base) and a thirty-seventh (the Moscow theatre siege, the Kunduz hospital strike, the Charleston church
 * shooting, Pakistan's 2022 floods, the Geneva interim deal with Iran, Switzerland's face-covering vote, the Jeju Air
 * crash at Muan, the Izmit earthquake; a 66-entry base), measured first with the first two rules of the session that
 * wrote them (the main event's day, a part's main entry): 1 and 4 contradictions of true claims, 13/16 and 11/16
 * planted errors contradicted (68/93 and 63/100 with --every, one supported each), 82.1 % and 84.1 % supported; the
 * session's starting code gave the same. Left: "Two cantons already have bans in place" against the cantons that
 * voted yes (the base keys the entry by "cantons"); supported, a planted "killed five" that another entry's five dead
 * bear out, and a planted "about 360,003 evacuated" within a base's 330,000 of two districts together.
 */
pinnedBase(
  "verdict benchmark on the thirty-sixth held-out articles",
  "eval/bench/heldout36-base",
  {
    cleanContradictions: [],
    plantedSupported: ["378-noto-peninsula-earthquake.md: killed one person → killed five person"],
    planted: 0.73,
    supported: 0.83,
  },
  "eval/heldout36",
);
pinnedBase(
  "verdict benchmark on the thirty-seventh held-out articles",
  "eval/bench/heldout37-base",
  {
    cleanContradictions: ["386-swiss-face-covering-ban.txt: Two cantons"],
    plantedSupported: ["384-pakistan-floods-un-appeal.txt: about 180,000 people were evacuated → about 360,003 people were evacuated"],
    planted: 0.69,
    supported: 0.85,
  },
  "eval/heldout37",
);

/**
 * A thirty-eighth (the Padang earthquake, Hurricane Dorian in the Bahamas, the Marikana shooting, EgyptAir MS804, the
 * TPP signing in Auckland, Quebec's 1995 referendum, the Joplin tornado, the Freetown mudslide; a 66-entry base) and a
 * thirty-ninth (the Yogyakarta earthquake, the Moscow metro bombings, Tunisia's 2011 election, the Kakhovka dam
 * breach, Myanmar's coup, Srebrenica twenty years on, the CETA signing, the Houla massacre; an 86-entry base),
 * measured first with every rule of the session that wrote them but the last four: 2 and 4 contradictions of true
 * claims, 12/16 and 8/16 planted errors contradicted (70/102 and 53/95 with --every, none supported), 86.8 % and
 * 74.4 % supported; the session's starting code gave 2 and 4, the same planted errors, 84.7 % and 74.4 %. Left: the
 * base's own objection to "More than 1,200 people were seriously injured" (863 on the day; its writer meant it to be
 * caught), and "more than 600 … still missing" against a base's round 600.
 */
pinnedBase(
  "verdict benchmark on the thirty-eighth held-out articles",
  "eval/bench/heldout38-base",
  {
    cleanContradictions: ["391-padang-earthquake-toll.txt: More than 1,200 people were seriously injured", "398-freetown-regent-mudslide.md: more than 600 people are still missing"],
    plantedSupported: [],
    planted: 0.71,
    supported: 0.88,
  },
  "eval/heldout38",
);
pinnedBase(
  "verdict benchmark on the thirty-ninth held-out articles",
  "eval/bench/heldout39-base",
  // (0.55 since a trip to the scene dates the trip: "monitors who visited Houla on Saturday" made Monday had been
  // contradicted only by the UN resolution's date, another entry's.)
  { cleanContradictions: [], plantedSupported: [], planted: 0.55, supported: 0.79 },
  "eval/heldout39",
);

/**
 * A fortieth (the Lombok earthquake, the Concorde crash, the Sharm el-Sheikh bombings, the Kunming station attack,
 * the Estonia ferry ten years on, Britain's AV referendum, the High Seas Treaty, Hurricane Matthew in Haiti; a 62-entry
 * base) and a forty-first (the Joola ferry a year on, the East Palestine derailment, the EU–UK trade agreement,
 * Bolivia's 2016 referendum, Malaysia's 2018 election, the Kunming-Montreal framework, Metrojet 9268, Ecuador's 2008
 * constitution; a 95-entry base), measured first with every rule of the session that wrote them: 7 and 6
 * contradictions of true claims, 8/16 and 16/18 planted errors contradicted (81/123 with 2 supported and 90/131 with
 * 1), 84.2 % and 83.2 % supported — what the session's starting code gave too. Their contradictions led to five more
 * rules (placed objects of one casualty verb are parts, "China's 9/11" is no date, a partitive's set is no part over
 * a figure that is the part's, a percentage named only by the paragraph before is not compared, "63 of the 60 seats"
 * refutes itself), and then two more (a month of a year borne out by another entry named near it; the size of a set
 * someone owns, "its fleet of seven aircraft", a part of the twenty built). Left: an official's flight "on Sunday" to
 * the city of Saturday's attack, a country's independence "in 1991" keyed to its ferry, "last year's election" tied to
 * the local elections, "Christmas Eve" (the deal struck) against its signing, and "Christmas" against a border
 * closure. (An earlier bombing "in August 2004", named beside the crash of 2015, is now borne out by its own entry
 * named near it: a month of a year is no chance agreement.)
 */
pinnedBase(
  "verdict benchmark on the fortieth held-out articles",
  "eval/bench/heldout40-base",
  {
    cleanContradictions: ["415-estonia-ferry-ten-years.md: 1991", "416-uk-av-referendum.txt: last year"],
    plantedSupported: ["413-sharm-el-sheikh-bombings.html: killed 34 people → killed 71 people"],
    planted: 0.69,
    supported: 0.85,
  },
  "eval/heldout40",
);
pinnedBase(
  "verdict benchmark on the forty-first held-out articles",
  "eval/bench/heldout41-base",
  {
    cleanContradictions: ["423-brexit-trade-deal.html: Christmas Eve", "423-brexit-trade-deal.html: Christmas"],
    plantedSupported: ["423-brexit-trade-deal.html: votes to 73 → votes to 149"],
    planted: 0.7,
    supported: 0.83,
  },
  "eval/heldout41",
);

/**
 * A forty-second (the Bam earthquake, the Lagos arms depot blasts, the Nimtali fire, the Sukhoi Superjet crash on
 * Mount Salak, the Maguindanao massacre, Ireland's Lisbon referendum, Hurricane Mitch in Honduras, the Quetta
 * bombings; a 65-entry base) and a forty-third (the Bhuj earthquake, the Überlingen collision, the Ghislenghien blast,
 * the El Nogal bombing, TAM 3054, New Zealand's 2011 voting referendum, the Ohrid agreement, the Godhra fire; a 50-entry
 * base), written after every rule of the session that wrote them and measured first: 2 and 2 contradictions of true
 * claims, 11/16 and 12/16 planted errors contradicted (57/92, none supported, and 61/86 with 1), 74.8 % and 80.3 %
 * supported. The session's starting code gave 3 and 2, the same planted errors and supported claims: the main
 * event's day ("slammed into a volcano … eight days ago", tied to the recorder's recovery) is the one rule of the
 * session that moved them. Left: the referendum's count "on Thursday" against the result's
 * Friday, and "more than 200,000" killed in Bosnia, which the base's writer refutes on purpose. Mended in a later
 * session: a crash's "all 107 people on board" against its toll with three on the ground (those on board are a part
 * of the toll), and a turnout of 53.1 percent read against the Dutch vote's (now tied weakly).
 */
pinnedBase(
  "verdict benchmark on the forty-second held-out articles",
  "eval/bench/heldout42-base",
  {
    cleanContradictions: ["436-ireland-lisbon-referendum.html: Thursday"],
    plantedSupported: [],
    planted: 0.66,
    supported: 0.75,
  },
  "eval/heldout42",
);
pinnedBase(
  "verdict benchmark on the forty-third held-out articles",
  "eval/bench/heldout43-base",
  {
    cleanContradictions: ["447-macedonia-ohrid-peace-deal.txt: killed more than 200,000 people"],
    plantedSupported: ["446-new-zealand-mmp-referendum.html: the 5 percent party vote threshold → the 13 percent party vote threshold"],
    planted: 0.7,
    supported: 0.8,
  },
  "eval/heldout43",
);

/**
 * A forty-fourth (the Bohol earthquake, the Shenzhen landslide, Kobe twenty years on, the Hatfield rail crash, the Ankara
 * bombings, Italy's 2011 nuclear and water referendums, the Chemical Weapons Convention taking effect, the Rio de
 * Janeiro state floods a year on; a 63-entry base) and a forty-fifth (the Mangalore crash of Air India Express 812, the
 * Vargas mudslides, the Domodedovo bombing, the Amritsar train accident, Switzerland's 2014 immigration vote, Nepal's
 * Comprehensive Peace Accord, the Lahore Easter bombing, Hurricane Ike; a 59-entry base), measured first: 4 and 2
 * contradictions of true claims, 12/16 and 11/14 planted errors contradicted (68/95 and 62/75, none supported), 89.6 %
 * and 85.1 % supported. Mended after: "the Galveston hurricane of 1900 killed" read as a count of 1,900, "At the park
 * on Tuesday" (workers scrubbing bloodstains) taken for the bombing's day because the base's name ends "(… Park)", and
 * two counts of the PKK's renewed fighting refuted through the Suruc bombing named in the sentence before. Left: the
 * opposition's toll of 128 against the government's 97, and a march "On Sunday" tied to the bombings by "Ankara".
 */
pinnedBase(
  "verdict benchmark on the forty-fourth held-out articles",
  "eval/bench/heldout44-base",
  {
    cleanContradictions: ["455-ankara-bombings.md: number of dead at 128", "455-ankara-bombings.md: Sunday"],
    plantedSupported: [],
    planted: 0.74,
    supported: 0.9,
  },
  "eval/heldout44",
);
pinnedBase(
  "verdict benchmark on the forty-fifth held-out articles",
  "eval/bench/heldout45-base",
  {
    cleanContradictions: [],
    plantedSupported: [],
    planted: 0.82,
    supported: 0.85,
  },
  "eval/heldout45",
);

/**
 * A forty-sixth (the Samoa tsunami, the Luxor massacre, the Ahmedabad blasts, Montenegro's independence vote, the
 * Lome peace agreement, Bradford thirty years on, Tenerife forty years on, Cyclone Pam; a 70-entry base) and a
 * forty-seventh (Egypt's 2014 constitutional vote, the Arusha Accords, Scotland's 1997 devolution vote, the Mumbai
 * train bombings, Merapi's 2010 eruption, Spanair 5022, the 2006 Jamarat stampede, Bhopal thirty years on; a 79-entry
 * base), measured first: 1 and 4 contradictions of true claims, 13/16 and 11/17 planted errors contradicted (73/90
 * with none supported, 67/119 with 2), 86.4 % and 74.9 % supported. Mended after: a survivors' Tuesday taken for the
 * tsunami's day by the story-day rule of the session that wrote them, a news conference "in Cairo on Saturday", and an
 * army's strength "since the war began" read as an accord's provision. Left: the N'Sele ceasefire's date, which the
 * base's writer refutes on purpose (signed in 1991, amended in July 1992).
 */
pinnedBase(
  "verdict benchmark on the forty-sixth held-out articles",
  "eval/bench/heldout46-base",
  {
    cleanContradictions: [],
    plantedSupported: [],
    planted: 0.82,
    supported: 0.86,
  },
  "eval/heldout46",
);
pinnedBase(
  "verdict benchmark on the forty-seventh held-out articles",
  "eval/bench/heldout47-base",
  {
    cleanContradictions: ["482-arusha-accords-rwanda.txt: N'Sele ceasefire agreement", "482-arusha-accords-rwanda.txt: July 1992"],
    plantedSupported: ["481-egypt-constitution-referendum.md: roughly 41 percent → roughly 85 percent", "484-mumbai-train-bombings.txt: two car bombs → seven car bombs"],
    planted: 0.62,
    supported: 0.77,
  },
  "eval/heldout47",
);

/**
 * A forty-eighth (the Kabul Intercontinental siege, Hurricane Michael, the MV Nyerere, Italy's 2020 vote on cutting
 * lawmakers, the Lusaka Protocol, the Morbi bridge collapse, the Apiate blast, the Brazzaville depot blasts; a
 * 64-entry base) and a forty-ninth (the Chuetsu quake, the Mosul ferry, the Chawkbazar fire, Puerto Rico's 2017 status
 * vote, the Chapultepec accords, Dana Air 992, the Gatlinburg fires, the Kaprun fire; a 59-entry base), measured first:
 * 4 and 1 contradictions of true claims, 12/16 and 10/16 planted errors contradicted (72/122 with 1 supported, 60/88
 * with none), 75.6 % and 84.8 % supported. Mended after: "At least 18 people, 14 of them foreigners" and "Eleven of the
 * foreigners killed" read against the foreigners' 14, and "none of the roughly 150 passengers on board was hurt" read
 * as 150 hurt. Left: a ferry's "265 people" read against a background ferry (the only entry with a figure of people),
 * and a day in a relative clause ("the island where the ferry overturned on Thursday") after the funeral's name.
 */
pinnedBase(
  "verdict benchmark on the forty-eighth held-out articles",
  "eval/bench/heldout48-base",
  {
    cleanContradictions: ["493-mv-nyerere-ferry-lake-victoria.html: Thursday", "493-mv-nyerere-ferry-lake-victoria.html: 265 people"],
    plantedSupported: ["497-apiate-explosion-ghana.txt: Nearly 200 people were hurt → Nearly 403 people were hurt"],
    planted: 0.62,
    supported: 0.76,
  },
  "eval/heldout48",
);
pinnedBase(
  "verdict benchmark on the forty-ninth held-out articles",
  "eval/bench/heldout49-base",
  {
    cleanContradictions: [],
    plantedSupported: [],
    planted: 0.69,
    supported: 0.87,
  },
  "eval/heldout49",
);

/**
 * Four more sets of eight (a later session): a fiftieth (the Haiti quake of 2021, the Station nightclub fire a year
 * on, Colgan 3407, Ireland's 2024 family and care referendums, the Knesset's vote on the Camp David accords, Eschede
 * ten years on, Whakaari a year on, the Shanghai stampede inquiry; a 63-entry base), a fifty-first (Hurricane Otis,
 * the Ghost Ship fire, China Eastern 5735, the Swiss basic-income vote, the Anglo-Irish Agreement in the Commons, the
 * I-35W bridge, the Hathras stampede, the Grand-Bassam attack; 57 entries), a fifty-second (the Wayanad landslides,
 * the Cromanon fire, the Chatsworth collision, New Zealand's 2016 flag vote, the Maastricht Treaty, Fuego's 2018
 * eruption, the Bamako hotel attack, the Sago mine; 62 entries) and a fifty-third (Cyclone Freddy, the Lagos
 * church guesthouse collapse, Zimbabwe's 2013 constitutional vote, the Helsinki Final Act, the Hpakant landslide,
 * Typhoon Rai, the Wye River Memorandum, the Spice Islander; 68 entries), measured first: 3, 1, 1 and 3
 * contradictions of true claims, 12/16, 13/16, 12/16 and 13/16 planted errors contradicted, none supported, and
 * 82.2 %, 92.2 %, 87.1 % and 83.5 % supported. Mended after, each a mechanism: a "by" date in the past ("the deaths
 * tallied by Wednesday") bounds, it does not date; a date in an apposition a count is not in gives it no date; a
 * keyword given another people ("The Egyptian Cabinet") is no mention; an earlier statement's content ("revising an
 * earlier government statement that six attackers had been killed") is an earlier estimate; those on board are a
 * part of a toll; a mention in a fronted clause or a clause set against the date's ("…, as soldiers dug … on
 * Friday") is another clause's; figures "released on Monday" date a statement; a year or month counted from the
 * publication takes no entry from a day.
 */
pinnedBase(
  "verdict benchmark on the fiftieth held-out articles",
  "eval/bench/heldout50-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.78, supported: 0.83 },
  "eval/heldout50",
);
pinnedBase(
  "verdict benchmark on the fifty-first held-out articles",
  "eval/bench/heldout51-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.88, supported: 0.92 },
  "eval/heldout51",
);
pinnedBase(
  "verdict benchmark on the fifty-second held-out articles",
  "eval/bench/heldout52-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.74, supported: 0.87 },
  "eval/heldout52",
);
pinnedBase(
  "verdict benchmark on the fifty-third held-out articles",
  "eval/bench/heldout53-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.78, supported: 0.84 },
  "eval/heldout53",
);

/**
 * Two more sets of eight: a fifty-fourth (Hurricane Fiona, the Allahabad station stampede, the Princess of the Stars,
 * Chile's 1988 plebiscite, the Treaty of Tlatelolco, the Ufa train disaster, the Hyatt Regency walkways forty years on,
 * the 1999 Athens quake; a 56-entry base) and a fifty-fifth (Cyclone Sidr, the Plasco building, the Dona Paz, Sweden's
 * euro vote, the test-ban treaty's signing, Hurricane Andrew, the Baga massacre, the Lakanal House fire; 58 entries),
 * measured first: 4 and 3 contradictions of true claims, 11/16 and 10/18 planted errors contradicted, none supported,
 * 76.3 % and 80.1 % supported. Mended after: an increment of a rising toll ("14 more people died") and what one
 * witness saw are parts; a rising toll in the first weeks against an undated final figure is the day's; a clause in
 * another year than a treaty's own is another act's; the agreement the lede's day dates is the story's; a background
 * event of years before does not refute a count dated in the story's present. Left: "57 survivors", which the base's
 * writer refutes on purpose, and one planted error supported by another entry's figure (the 1991 cyclone's 138,000
 * made 276,003, within 10 % of the Bhola cyclone's 300,000 named beside it).
 */
pinnedBase(
  "verdict benchmark on the fifty-fourth held-out articles",
  "eval/bench/heldout54-base",
  { cleanContradictions: ["543-princess-of-the-stars.html: 57 survivors"], plantedSupported: [], planted: 0.77, supported: 0.77 },
  "eval/heldout54",
);
pinnedBase(
  "verdict benchmark on the fifty-fifth held-out articles",
  "eval/bench/heldout55-base",
  { cleanContradictions: [], plantedSupported: ["549-cyclone-sidr.txt: killed some 138,000 people → killed some 276,003 people"], planted: 0.64, supported: 0.82 },
  "eval/heldout55",
);

/**
 * Two more sets of eight, measured last in their session: a fifty-sixth (the Kozhikode crash of Air India Express
 * 1344, the Kolkata flyover collapse, the Bulgaria on the Volga, Bolivia's 2009 constitutional vote, the Treaty of
 * Amsterdam, the Tbilisi flood, the Yarnell Hill fire, the Valparaiso fire; a 68-entry base) and a fifty-seventh (the
 * Alexandria train collision, the Ikoyi tower collapse, the Rabaul Queen, Taiwan's 2021 referendums, the Treaty of
 * Nice, Cyclone Winston, the Gyeongju quake, the DusitD2 attack; 56 entries): first 0 and 2 contradictions of true
 * claims, 12/16 and 7/16 planted errors contradicted, 88.3 % and 85.2 % supported. Mended after: an inquiry "into" the
 * entry dates an action over it. Left: the ferry "brought to Papua New Guinea in 1998" read as the sinking's year, and
 * two planted errors made equal to the whole they are a part of ("killed six people" made fifteen, the fire's toll;
 * "19 military conscripts were killed" made 41, the crash's).
 */
pinnedBase(
  "verdict benchmark on the fifty-sixth held-out articles",
  "eval/bench/heldout56-base",
  { cleanContradictions: [], plantedSupported: ["564-valparaiso-fire.md: killed six people → killed fifteen people"], planted: 0.73, supported: 0.88 },
  "eval/heldout56",
);
pinnedBase(
  "verdict benchmark on the fifty-seventh held-out articles",
  "eval/bench/heldout57-base",
  { cleanContradictions: ["567-rabaul-queen-ferry-sinking.txt: 1998"], plantedSupported: ["565-alexandria-train-collision.txt: 19 military conscripts were killed → 41 military conscripts were killed"], planted: 0.66, supported: 0.86 },
  "eval/heldout57",
);

/**
 * Four more sets of eight, each measured first: a fifty-eighth (Hurricane Ian, the Kerch bridge blast, the Treaty of
 * Rome sixty years on, Thailand's 2016 charter vote, the US-Bangla crash in Kathmandu, the Columbia shuttle, the end of
 * the Marawi siege, the Sampoong collapse ten years on; a 69-entry base), a fifty-ninth (Cyclone Kenneth, the Schengen
 * Agreement, the Mont Blanc tunnel fire, Ireland's blasphemy vote, the Paris Peace Accords of 1973, the Chiapas quake,
 * the El Paso shooting, the Pylos shipwreck; 65 entries), a sixtieth (the Moore tornado, Oslo II, the Guinsaugon
 * landslide, Denmark's opt-out vote, the Westminster Bridge attack, Flight 1549 on the Hudson, Typhoon Hagibis, Khan
 * Shaykhun; 60 entries) and a sixty-first (Chernobyl thirty years on, the Belavezha Accords, Hurricane Helene, the
 * Tainan quake, Australia's republic vote, the Thousand Oaks shooting, Heysel, Sriwijaya Air 182; 75 entries). First
 * runs: 1, 0, 3 and 2 contradictions of true claims, 15/17, 8/16, 8/16 and 9/16 planted errors contradicted, none
 * supported, 83.1 %, 83.9 %, 85.2 % and 78.4 % supported. Mended after: a count's clause dated years from an entry named
 * in a clause of its own; a toll's "of" after a noun of its own; an active verb's object that is a name; a claim of
 * responsibility is a statement; a dateline's place with its state's abbreviation; a week's date that owns the entry's
 * event; "the next day" after a date of the story; a weekday that owns the entry's event; a size of the entry itself.
 */
pinnedBase(
  "verdict benchmark on the fifty-eighth held-out articles",
  "eval/bench/heldout58-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.77, supported: 0.83 },
  "eval/heldout58",
);
pinnedBase(
  "verdict benchmark on the fifty-ninth held-out articles",
  "eval/bench/heldout59-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.7, supported: 0.87 },
  "eval/heldout59",
);
pinnedBase(
  "verdict benchmark on the sixtieth held-out articles",
  "eval/bench/heldout60-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.74, supported: 0.85 },
  "eval/heldout60",
);
pinnedBase(
  "verdict benchmark on the sixty-first held-out articles",
  "eval/bench/heldout61-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.66, supported: 0.78 },
  "eval/heldout61",
);

/**
 * Two more, measured first after the rules above: a sixty-second (Typhoon Mangkhut, the Sino-British Joint
 * Declaration, the Dallas police shooting, Colombia's anti-corruption referendum, the Oroville spillway, the Chi-Chi
 * quake ten years on, the Reina nightclub attack, the Titan submersible; an 81-entry base) and a sixty-third (Cyclone
 * Yasi, NAFTA's signing, Buncefield, the Highland Park shooting, Sweden's EU vote, the Nairobi embassy bombing a year
 * on, the Elazig quake, the Everest avalanche; 61 entries): 2 and 1 contradictions of true claims, 9/15 and 12/16
 * planted errors contradicted, none supported, 86.5 % and 75.3 % supported. Mended after: the side a figure's
 * predicate beat is not its group ("to defeat … Petro"); a count under a condition; a relative clause on the event
 * before an aftermath's date.
 */
pinnedBase(
  "verdict benchmark on the sixty-second held-out articles",
  "eval/bench/heldout62-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.72, supported: 0.87 },
  "eval/heldout62",
);
pinnedBase(
  "verdict benchmark on the sixty-third held-out articles",
  "eval/bench/heldout63-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.76, supported: 0.75 },
  "eval/heldout63",
);

/**
 * And two more: a sixty-fourth (Cyclone Gita, the NPT's signing, the Herat quakes, Cuba's 2019 referendum, the
 * Islamabad Marriott bombing, Virginia Tech, Ladbroke Grove twenty years on, the Kursk; an 81-entry base) and a
 * sixty-fifth (Hurricane Laura, the Moscow Treaty, the Pangandaran tsunami, Malta's EU vote, San Bernardino, the Erawan
 * Shrine bombing, Spitak thirty years on, the FIU bridge; 68 entries): first 4 and 2 contradictions of true claims,
 * 13/18 and 5/16 planted errors contradicted, none supported, 93.5 % and 76.7 % supported. Mended after: a set of a
 * partitive is not its predicate's subject; a place's people in an opening "With N people," are its population; a
 * group after a copula and a participle of record; those taken to hospital are a part of the injured; "clues to" the
 * entry; a passive after "be" and an adverb; a plural noun before "to" counts a bare number after it; a count's
 * weakness no longer depends on another count of its sentence. Left: "seven previous occasions", which the base's
 * writer refutes on purpose (eight, by the record).
 */
pinnedBase(
  "verdict benchmark on the sixty-fourth held-out articles",
  "eval/bench/heldout64-base",
  { cleanContradictions: ["627-ladbroke-grove-rail-crash.txt: seven previous occasions"], plantedSupported: [], planted: 0.8, supported: 0.93 },
  "eval/heldout64",
);
pinnedBase(
  "verdict benchmark on the sixty-fifth held-out articles",
  "eval/bench/heldout65-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.65, supported: 0.78 },
  "eval/heldout65",
);

/**
 * The session's last two, measured first: a sixty-sixth (Typhoon Hato, the Simla Agreement, the Abra quake,
 * Kazakhstan's 2022 referendum, the Strasbourg market attack, the Toronto van attack, Crandall Canyon, the Herald of
 * Free Enterprise thirty years on; a 64-entry base) and a sixty-seventh (Cyclone Debbie, the Taif Agreement, the Nias
 * quake, Ireland's fiscal treaty vote, Umpqua, the Karrada bombing, West Fertilizer, Swissair 111; 75 entries): 3 and
 * 1 contradictions of true claims, 14/16 and 10/16 planted errors contradicted, none supported, 88.6 % and 84.8 %
 * supported. Mended after: debris "left by" the entry; a date on which something "continued" after an event of a
 * day; people named right after their count are a part; "residents of" a place the entry is named by. Left: a part
 * planted inside a whole's text ("238 people, including 19 members of the security forces, were killed" made 41),
 * which the whole bears out while the part stays unverified.
 */
pinnedBase(
  "verdict benchmark on the sixty-sixth held-out articles",
  "eval/bench/heldout66-base",
  { cleanContradictions: [], plantedSupported: ["640-kazakhstan-referendum.md: 19 members of the security forces → 41 members of the security forces"], planted: 0.72, supported: 0.88 },
  "eval/heldout66",
);
pinnedBase(
  "verdict benchmark on the sixty-seventh held-out articles",
  "eval/bench/heldout67-base",
  { cleanContradictions: [], plantedSupported: [], planted: 0.72, supported: 0.85 },
  "eval/heldout67",
);
