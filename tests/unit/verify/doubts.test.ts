import { describe, expect, it } from "vitest";
import { check } from "../../../src/index.js";
import type { Base } from "../../../src/index.js";
import { baseOf } from "../../helpers/base.js";

const base = baseOf(`
- id: new-start
  kind: treaty
  name: New START
  date: 2010-04-08
  sources: [{ title: t }]
- id: quake
  kind: event
  name: Valley earthquake
  keywords: [Valley, earthquake]
  date: 2023-06-16
  counts: { killed: 312, home: 9000, percent: { value: 58.3, groups: { Yes: 58.3, No: 41.7 } } }
  sources: [{ title: t }]
- id: storm-ana
  kind: event
  name: Tropical Storm Ana
  date: 2022-01-24
  sources: [{ title: t }]
`);

const verdict = (text: string, published = "2023-06-20") =>
  check([{ path: "a.txt", text, published }], base)[0]!.findings.map((f) => [f.claim.text, f.verdict, f.rule]);

/** The verdict and rule of the claim with this text, checked against a base as of a publication date. */
const verdictOf = (b: Base, published: string) => (text: string, claim: string) => {
  const f = check([{ path: "a.txt", text, published }], b)[0]!.findings.find((x) => x.claim.text === claim);
  return f ? [f.verdict, f.rule] : null;
};

describe("doubts: when a disagreement is not a contradiction", () => {
  it("compares an agreement's date only with its signing", () => {
    expect(verdict("New START was extended in January 2021.")).toEqual([["New START", "supported", "treaty.name"], ["January 2021", "unverified", "date.not-signing"]]);
    expect(verdict("New START was signed in Prague in April 2011.")).toContainEqual(["April 2011", "contradicted", "date.granularity"]);
  });
  it("never compares datelines, toll updates, comparisons and plans", () => {
    expect(verdict("VALLEY TOWN, June 18 (Reuters) - The Valley earthquake killed 312.")).toContainEqual(["June 18", "unverified", "date.dateline"]);
    expect(verdict("The toll of the Valley earthquake rose to 312 on Sunday.")).toContainEqual(["Sunday", "unverified", "date.update"]);
    expect(verdict("The Valley earthquake was the deadliest since 1970.")).toContainEqual(["1970", "unverified", "date.comparison"]);
    expect(verdict("Schools hit by the Valley earthquake had been due to reopen on June 1.")).toContainEqual(["June 1", "unverified", "date.plan"]);
  });
  it("takes a year that modifies a noun as the date of that thing, unless the noun names the entry's event", () => {
    const resignation = baseOf(`
- id: resignation
  kind: event
  name: Resignation of the Halvian prime minister
  keywords: [Mattern]
  date: 2016-12-05
  sources: [{ title: t }]
- id: rescue
  kind: event
  name: Selm mine rescue
  keywords: [Selm]
  date: 2010-10-13
  sources: [{ title: t }]
`);
    const of = verdictOf(resignation, "2016-12-06");
    expect(of("Mattern, whose resignation came as a shock, held office under the 2012 constitution.", "2012")).toEqual(["unverified", "date.modifier"]);
    expect(of("Mattern announced his 2015 resignation.", "2015")).toEqual(["contradicted", "date.granularity"]);
    // A word of the same kind of event names it: "operation" for a rescue.
    expect(of("Selm miners recalled the 2011 operation that freed them.", "2011")).toEqual(["contradicted", "date.granularity"]);
  });
  it("does not take the date of something done for an event's victims or survivors for the event's", () => {
    expect(verdict("After the Valley earthquake, the king visited the victims in hospital on 18 June.")).toContainEqual(["18 June", "unverified", "date.aftermath"]);
    expect(verdict("Rescuers dug through rubble on 18 June in search of survivors of the Valley earthquake.")).toContainEqual(["18 June", "unverified", "date.aftermath"]);
    expect(verdict("The Valley earthquake struck on 18 June, killing 312 victims.")).toContainEqual(["18 June", "contradicted", "date.granularity"]);
    // A relative clause on the event before the date is the date's own.
    expect(verdict("Rescuers ended their search for survivors of the earthquake that struck Valley on 19 June.")).toContainEqual(["19 June", "contradicted", "date.granularity"]);
    // Residents of a place the entry is named by are people, and the date is of what they did.
    const west = baseOf(`- { id: blast, kind: event, name: Selby plant explosion, aliases: [Selby], date: "2013-04-17", sources: [{ title: t }] }\n`);
    expect(verdictOf(west, "2013-04-26")("Residents of Selby sifted through the wreckage of their homes on Friday.", "Friday")).toEqual(["unverified", "date.about-person"]);
    // What went on after it, and what was done about what it left, are not the event.
    expect(verdict("Drilling crews on 19 June continued to bore into the Valley earthquake's rubble.")).toContainEqual(["19 June", "unverified", "date.ongoing"]);
    expect(verdict("Soldiers on 19 June cleared debris left by the Valley earthquake.")).toContainEqual(["19 June", "unverified", "date.about-entry"]);
    // A search for clues to the event is an action over it.
    expect(verdict("Investigators on 19 June combed the rubble for clues to the Valley earthquake.")).toContainEqual(["19 June", "unverified", "date.about-entry"]);
    // ...nor of a trip to its scene; a plane that flew into a building is the event.
    expect(verdict("After the Valley earthquake, the minister flew to Valley on 18 June to oversee the search.")).toContainEqual(["18 June", "unverified", "date.aftermath"]);
    expect(verdict("After the Valley earthquake, the king toured the site on 18 June.")).toContainEqual(["18 June", "unverified", "date.aftermath"]);
    // Unless the entry is that act itself: the funerals' day is the funerals' entry's.
    const funerals = baseOf(`
- id: funerals
  kind: event
  name: First funerals of Valley school victims
  aliases: [Valley school funerals]
  keywords: [Valley, funerals]
  date: 2012-12-17
  sources: [{ title: t }]
`);
    const of = verdictOf(funerals, "2012-12-18");
    expect(of("Valley began burying its dead on Sunday, holding the first funerals.", "Sunday")).toEqual(["contradicted", "date.granularity"]);
    expect(of("Valley began burying its dead on Monday, holding the first funerals.", "Monday")).toEqual(["supported", "date.granularity"]);
  });
  it("refutes the dead and the missing together only with a group that names both", () => {
    const toll = baseOf(`
- id: wave
  kind: event
  name: Selm tsunami
  keywords: [Selm, tsunami]
  date: 2011-03-11
  counts: { killed: { value: 15894, groups: { dead or missing: 18430 } } }
  sources: [{ title: t }]
- id: flood
  kind: event
  name: Halvik flood
  keywords: [Halvik, flood]
  date: 2011-03-11
  counts: { killed: 15894 }
  sources: [{ title: t }]
`);
    const of2 = verdictOf(toll, "2016-04-19");
    expect(of2("The Selm tsunami left more than 18,000 people dead or missing.", "more than 18,000 people dead or missing")).toEqual(["supported", "count.more_than"]);
    expect(of2("The Selm tsunami left more than 19,000 people dead or missing.", "more than 19,000 people dead or missing")).toEqual(["contradicted", "count.more_than"]);
    expect(of2("The Halvik flood left more than 18,000 people dead or missing.", "more than 18,000 people dead or missing")).toEqual(["unverified", "count.dead-or-missing"]);
    expect(of2("The Halvik flood left more than 18,000 people dead.", "more than 18,000 people dead")).toEqual(["contradicted", "count.more_than"]);
  });
  it("takes a date counted from another date of the story as support only", () => {
    expect(verdict("The storm hit on 14 June. Two days later, the Valley earthquake struck.", "2023-06-20")).toContainEqual(["Two days later", "supported", "date.granularity"]);
    expect(verdict("The storm hit on 10 June. Two days later, the Valley earthquake struck.", "2023-06-20")).toContainEqual(["Two days later", "unverified", "date.anchored"]);
  });
  it("takes a week counted from the publication as support only", () => {
    expect(verdict("The Valley earthquake struck last week.", "2023-06-20")).toContainEqual(["last week", "supported", "date.granularity"]);
    expect(verdict("Valley earthquake relief talks collapsed last week.", "2023-06-28")).toContainEqual(["last week", "unverified", "date.week"]);
    // Nor is it the entry's date that makes another date of its sentence date something else.
    expect(verdict("The minister, who visited the Valley earthquake zone over the weekend, said on Monday that it struck on June 15.", "2023-06-20")).toContainEqual(["June 15", "contradicted", "date.granularity"]);
  });
  it("compares a date on the side of a period's other bound, not one beyond the bound the sentence gives", () => {
    const truce = baseOf(`
- id: truce
  kind: event
  name: Harbour truce
  date: 2022-04-02/2022-10-02
  sources: [{ title: t }]
`);
    const of = verdictOf(truce, "2023-03-11");
    expect(of("The Harbour truce, agreed last April, expired in October.", "October")).toEqual(["supported", "date.granularity"]);
    expect(of("The Harbour truce, agreed last April, expired in December.", "December")).toEqual(["contradicted", "date.granularity"]);
    expect(of("The Harbour truce began in April 2022, after a pause of March 2022.", "March 2022")).toEqual(["unverified", "date.other-agrees"]);
    expect(of("The Harbour truce, agreed last April, may be renewed after December.", "December")).toEqual(["unverified", "date.other-agrees"]);
    // The story's present is no bound of a period that ended years before the publication.
    const storm = baseOf(`
- id: storm
  kind: event
  name: Selm cyclone
  keywords: [Selm]
  date: 2009-10-25/2009-11-04
  sources: [{ title: t }]
`);
    const now = verdictOf(storm, "2023-03-15");
    expect(now("A cyclone formed on Monday, the first since the storm that struck Selm in October 2009.", "Monday")).toEqual(["unverified", "date.other-agrees"]);
    expect(now("The storm struck Selm in October 2009 and faded in December 2009.", "December 2009")).toEqual(["contradicted", "date.granularity"]);
  });
  it("bears out a stated span against a span only when its bounds are at most one unit off", () => {
    const dams = baseOf(`
- id: dams
  kind: event
  name: Wadi dams construction
  date: 1973/1977
  sources: [{ title: t }]
`);
    const of = verdictOf(dams, "2023-09-17");
    expect(of("The Wadi dams construction ran from 1973 to 1977.", "1973 to 1977")).toEqual(["supported", "date.granularity"]);
    expect(of("The Wadi dams construction ran from 1974 to 1977.", "1974 to 1977")).toEqual(["supported", "date.granularity"]);
    expect(of("The Wadi dams construction ran from 1970 to 1977.", "1970 to 1977")).toEqual(["unverified", "date.span-bounds"]);
    expect(of("The Wadi dams construction ran from 1960 to 1965.", "1960 to 1965")).toEqual(["contradicted", "date.granularity"]);
  });
  it("takes the date's own clause's mention of the entry over a later one in another clause", () => {
    const funeral = baseOf(`
- id: funeral
  kind: event
  name: Ascoli state funeral
  aliases: [state funeral, national day of mourning]
  date: 2016-08-27
  sources: [{ title: t }]
`);
    const of = verdictOf(funeral, "2016-08-26");
    expect(of("A state funeral will be held in Ascoli on Monday, which the government has declared a national day of mourning.", "Monday")).toEqual(["contradicted", "date.granularity"]);
    expect(of("Mourners gathered on Monday, which the government has declared a national day of mourning.", "Monday")).toEqual(["unverified", "date.other-clause"]);
  });
  it("does not carry to an event of a day a running total since something else began", () => {
    const crackdown = baseOf(`
- id: crackdown
  kind: event
  name: Khartoum sit-in massacre
  aliases: [sit-in massacre]
  date: 2019-06-03
  counts: { killed: { min: 61, max: 128 } }
  sources: [{ title: t }]
`);
    const of = verdictOf(crackdown, "2019-08-18");
    const text = (rest: string) => `Doctors say at least 128 people were killed in the sit-in massacre.\n\nProtest leaders rejected those findings. ${rest}`;
    expect(of(text("The doctors' committee says more than 250 people have been killed since the uprising began."), "more than 250 people have been killed")).toEqual(["unverified", "count.since"]);
    // Since the entry's own event, or with no such clause, the paragraph goes on with it.
    expect(of(text("The doctors' committee says more than 250 people have been killed since the massacre began."), "more than 250 people have been killed")).toEqual(["contradicted", "count.more_than"]);
    expect(of(text("The doctors' committee says more than 250 people have been killed."), "more than 250 people have been killed")).toEqual(["contradicted", "count.more_than"]);
  });
  it("does not take for an entry tied by keywords alone a running total since something else began", () => {
    const accord = baseOf(`- { id: army-protocol, kind: treaty, name: Protocol on the integration of the armed forces, keywords: [army, merged], date: 1993-08-03, counts: { soldier: 13000 }, sources: [{ title: t }] }\n`);
    const of = verdictOf(accord, "1993-08-05");
    expect(of("Under the deal the government army will be merged into a force of 13,000 soldiers.", "13,000 soldiers")).toEqual(["supported", "count.exact"]);
    expect(of("Under the deal the government army, which has grown to about 35,000 soldiers since the war began, will be merged.", "about 35,000 soldiers")).toEqual(["unverified", "count.since"]);
  });
  it("does not refute with an entry tied by keywords a date decades from it, nor a thing's making, nor a signing of another", () => {
    const collapse = baseOf(`
- id: collapse
  kind: event
  name: Feijao dam collapse
  aliases: [Feijao dam]
  keywords: [Brumadinho]
  date: 2019-01-25
  sources: [{ title: t }]
- id: vote
  kind: event
  name: French referendum on the constitution
  aliases: [referendum on the constitution]
  date: 2005-05-29
  sources: [{ title: t }]
`);
    const of = verdictOf(collapse, "2019-02-04");
    // Keyed only, decades away: another moment of the place; a few years away, still compared.
    expect(of("Brumadinho had been quiet until a smaller dam collapse in 1976.", "1976")).toEqual(["unverified", "date.far"]);
    expect(of("Brumadinho had been quiet until a smaller dam collapse in 2012.", "2012")).toEqual(["contradicted", "date.granularity"]);
    expect(of("The Feijao dam, built in 1976, used the upstream method.", "1976")).toEqual(["unverified", "date.origin"]);
    expect(of("The Feijao dam failed in 1976.", "1976")).toEqual(["contradicted", "date.granularity"]);
    // A thing's coming into its owner's hands dates the thing too.
    expect(of("The Feijao dam was built in Brazil and bought by Vale in 2001.", "2001")).toEqual(["unverified", "date.origin"]);
    // A facility's opening too; not any other thing opened.
    expect(of("Vale had opened the Feijao dam's new terminal in 1976.", "1976")).toEqual(["unverified", "date.origin"]);
    expect(of("The Feijao dam was opened to inspectors in 1976.", "1976")).toEqual(["contradicted", "date.granularity"]);
    const onVote = verdictOf(collapse, "2005-05-30");
    expect(onVote("In the referendum on the constitution, voters rejected the text signed in Rome on October 29, 2004.", "October 29, 2004")).toEqual(["unverified", "date.signing-of-other"]);
  });
  it("does not date an event by a government's declaration after it, nor by results that came out later", () => {
    const quake = baseOf(`
- id: quake
  kind: event
  name: Durres earthquake
  keywords: [Durres]
  date: 2019-11-26
  sources: [{ title: t }]
- id: vote
  kind: event
  name: cannabis referendum
  aliases: [cannabis referendum]
  date: 2020-10-03/2020-10-17
  sources: [{ title: t }]
`);
    const of = verdictOf(quake, "2019-12-01");
    expect(of("The government declared a 30-day state of emergency in quake-hit Durres and in nearby Tirana on Wednesday.", "Wednesday")).toEqual(["unverified", "date.aftermath"]);
    const results = verdictOf(quake, "2020-10-31");
    expect(results("Voters rejected the cannabis referendum, preliminary results showed on Friday.", "Friday")).toEqual(["unverified", "date.results"]);
    // Within three days of the vote, or before it, the results' day is compared.
    expect(results("Voters rejected the cannabis referendum, preliminary results showed on Oct. 19.", "Oct. 19")).toEqual(["contradicted", "date.granularity"]);
  });
  it("does not take the period a volume is counted over for an event's date", () => {
    const attack = baseOf(`
- id: attack
  kind: event
  name: Ataturk Airport attack
  aliases: [Ataturk Airport]
  date: 2016-06-28
  sources: [{ title: t }]
`);
    const of = verdictOf(attack, "2016-07-01");
    expect(of("Ataturk Airport, which handled 61 million passengers last year, is Europe's third busiest.", "last year")).toEqual(["unverified", "date.of-figure"]);
    expect(of("The Ataturk Airport attack came last year.", "last year")).toEqual(["contradicted", "date.granularity"]);
  });
  it("counts back a day the sentence counts from the event", () => {
    const eruption = baseOf(`
- id: eruption
  kind: event
  name: Tonga volcanic eruption
  keywords: [Tonga]
  date: 2022-01-15
  sources: [{ title: t }]
`);
    const of = verdictOf(eruption, "2022-01-21");
    expect(of("The first aid flights landed in Tonga on Thursday, five days after the volcanic eruption.", "Thursday")).toEqual(["unverified", "date.counted-from"]);
    // Counted back to another day, the date is wrong either way.
    expect(of("The first aid flights landed in Tonga on Thursday, two days after the volcanic eruption.", "Thursday")).toEqual(["contradicted", "date.granularity"]);
  });
  it("does not take the year a quantity is measured in for an event's date", () => {
    const ratified = baseOf(`
- id: ratification
  kind: event
  name: Russia's ratification of the Kyoto Protocol
  aliases: [Russian ratification]
  date: 2004-11-18
  sources: [{ title: t }]
`);
    const of = verdictOf(ratified, "2005-02-16");
    expect(of("The Russian ratification tipped the count past 55 percent of the emissions in 1990.", "1990")).toEqual(["unverified", "date.reference-year"]);
    expect(of("The Russian ratification came with a pledge of cuts below 1990 levels.", "1990")).toEqual(["unverified", "date.reference-year"]);
    expect(of("The Russian ratification came in 1990.", "1990")).toEqual(["contradicted", "date.granularity"]);
  });
  it("does not date an event by what a person known by it did", () => {
    const bombing = baseOf(`
- id: bombing
  kind: event
  name: Harbour Marathon bombing
  aliases: [Harbour Marathon bombings]
  date: 2013-04-15
  sources: [{ title: t }]
`);
    const of = verdictOf(bombing, "2013-04-20");
    expect(of("The surviving suspect in the Harbour Marathon bombings lay in a hospital on Saturday.", "Saturday")).toEqual(["unverified", "date.about-person"]);
    expect(of("On Saturday, families of victims of the Harbour Marathon bombing gathered.", "Saturday")).toEqual(["unverified", "date.about-person"]);
    expect(of("Mourners laid flowers on Saturday at the site of the Harbour Marathon bombing.", "Saturday")).toEqual(["unverified", "date.about-person"]);
    // Named before the person too: "one of the Harbour Marathon bombing suspects".
    expect(of("One of the Harbour Marathon bombing suspects had been flagged by police in 2010.", "2010")).toEqual(["unverified", "date.about-person"]);
    // The date right after the name is the event's.
    expect(of("The suspect in the Harbour Marathon bombings on Saturday was caught.", "Saturday")).toEqual(["contradicted", "date.granularity"]);
    expect(of("The Harbour Marathon bombings on Saturday killed three people.", "Saturday")).toEqual(["contradicted", "date.granularity"]);
  });
  it("does not refute a possibility, nor people in shelters by the number evacuated", () => {
    const quake = baseOf(`
- id: quake
  kind: event
  name: Valley earthquake
  date: 2019-06-03
  counts: { killed: 450, evacuated: 46000 }
  sources: [{ title: t }]
`);
    const of = verdictOf(quake, "2019-06-10");
    expect(of("The president said more than 1,000 people may have died in the Valley earthquake.", "more than 1,000 people may have died")).toEqual(["unverified", "count.hedged"]);
    expect(of("The president said more than 400 people may have died in the Valley earthquake.", "more than 400 people may have died")).toEqual(["supported", "count.more_than"]);
    expect(of("After the Valley earthquake, nearly 19,000 people were still sleeping in shelters.", "nearly 19,000 people were still sleeping in shelters")).toEqual(["unverified", "count.sheltered"]);
    expect(of("After the Valley earthquake, about 46,000 people spent the night in evacuation centres.", "about 46,000 people spent the night in evacuation centres")).toEqual(["supported", "count.about"]);
    expect(of("After the Valley earthquake, about 19,000 people were evacuated.", "about 19,000 people were evacuated")).toEqual(["contradicted", "count.about"]);
  });
  it("does not take a date in another clause for the date of a later mention", () => {
    expect(verdict("The outbreak began in early March last year, weeks after Tropical Storm Ana hit.")).toContainEqual(["early March last year", "unverified", "date.other-clause"]);
    // A mention in an earlier clause, with another subject's clause coordinated after it, is not the date's.
    expect(verdict("Water was cut after the Valley earthquake, and thousands of homes were still dark on 19 June.")).toContainEqual(["19 June", "unverified", "date.other-clause"]);
    expect(verdict("Buildings fell in the Valley earthquake, and was felt far away on 19 June.")).toContainEqual(["19 June", "contradicted", "date.granularity"]);
    expect(verdict("The toll of the Valley earthquake rose to 326, the president said, as soldiers dug through mud on 19 June.")).toContainEqual(["19 June", "unverified", "date.other-clause"]);
    expect(verdict("Buildings fell in the Valley earthquake, as well as bridges, on 19 June.")).toContainEqual(["19 June", "contradicted", "date.granularity"]);
    expect(verdict("The Valley earthquake struck the coast, as the festival began, and was felt far away on 19 June.")).toContainEqual(["19 June", "contradicted", "date.granularity"]);
    // A mention in a clause the sentence opens with; the date in the main clause after it.
    expect(verdict("More than a week after the Valley earthquake buried villages, hundreds of survivors were still waiting on 25 June for news.")).toContainEqual(["25 June", "unverified", "date.other-clause"]);
    expect(verdict("VALLETTA, June 25 (AP) - Days after the Valley earthquake buried villages, survivors were still waiting on 25 June for news.")).toContainEqual(["25 June", "unverified", "date.other-clause"]);
    expect(verdict("After the Valley earthquake struck on 19 June, rescuers dug for days.")).toContainEqual(["19 June", "contradicted", "date.granularity"]);
    expect(verdict("When the Valley earthquake struck, on 19 June, rescuers dug for days.")).toContainEqual(["19 June", "contradicted", "date.granularity"]);
    // A "when" clause right after the date is the date's own.
    expect(verdict("It revived memories of Jan. 27, 2022, when Tropical Storm Ana hit.")).toContainEqual(["Jan. 27, 2022", "contradicted", "date.granularity"]);
    expect(verdict("It revived memories of Jan. 24, 2022, when Tropical Storm Ana hit.")).toContainEqual(["Jan. 24, 2022", "supported", "date.granularity"]);
    expect(verdict("Schools closed on Jan. 27, 2022, when rain fell after Tropical Storm Ana hit.")).toContainEqual(["Jan. 27, 2022", "unverified", "date.other-clause"]);
  });
  it("does not take a date after publication for the date of a past event", () => {
    expect(verdict("After the Valley earthquake, rebuilding will end by 5 February 2026.")).toContainEqual(["5 February 2026", "unverified", "date.future"]);
  });
  it("lets the date that agrees date the entry, and not the other one", () => {
    expect(verdict("The Valley earthquake struck on 16 June, not on 18 June as first said.")).toContainEqual(["18 June", "unverified", "date.other-agrees"]);
    // A year counted from the publication agrees with most of the story: it takes no entry from a day.
    expect(verdict("Elections are due later this year, after the Valley earthquake struck on 18 June.")).toContainEqual(["18 June", "contradicted", "date.granularity"]);
    expect(verdict("Elections are due later this year, after the Valley earthquake struck on 16 June.")).toContainEqual(["16 June", "supported", "date.granularity"]);
  });
  it("reads a rounded percentage with its rounding, and names a group only when it is close", () => {
    expect(verdict("In the Valley earthquake referendum, Yes won 58%.")).toContainEqual(["58%", "supported", "count.exact"]);
    expect(verdict("In the Valley earthquake referendum, the Yes side won 60% of the airtime.")).toContainEqual(["60%", "unverified", "count.group-nearby"]);
    expect(verdict("In the Valley earthquake referendum, Yes won 60% of the airtime.")).toContainEqual(["60%", "unverified", "count.group-nearby"]);
    // A group right before the figure, joined by a verb or preposition of holding, is its subject: the claim's own.
    expect(verdict("In the Valley earthquake referendum, No was on 47% and Yes on 53%.")).toContainEqual(["53%", "contradicted", "count.exact"]);
    expect(verdict("In the Valley earthquake referendum, No was on 47% and Yes on 58%.")).toContainEqual(["58%", "supported", "count.exact"]);
    expect(verdict("In the Valley earthquake referendum, Yes made up 53% of the vote.")).toContainEqual(["53%", "contradicted", "count.exact"]);
    expect(verdict("In the Valley earthquake referendum, Yes took 53% of the 40 districts.")).toContainEqual(["53%", "contradicted", "count.exact"]);
  });
  it("takes a number of a set named after it, or a count of bodies, for a part, and a part equal to the whole for no evidence", () => {
    expect(verdict("Families have buried 200 of those killed in the Valley earthquake.")).toContainEqual(["200 of those killed", "unverified", "count.part-of-whole"]);
    expect(verdict("In the Valley earthquake, rescuers pulled 19 bodies from the rubble.")).toContainEqual(["19 bodies", "unverified", "count.part-of-whole"]);
    expect(verdict("In the Valley earthquake, rescuers pulled 400 bodies from the rubble.")).toContainEqual(["400 bodies", "contradicted", "count.part-exceeds-whole"]);
    expect(verdict("In the Valley earthquake, 312 of the villagers were killed.")).toContainEqual(["312 of the villagers were killed", "unverified", "count.part-of-whole"]);
    expect(verdict("In the Valley earthquake, 400 of the villagers were killed.")).toContainEqual(["400 of the villagers were killed", "contradicted", "count.part-exceeds-whole"]);
    // "all 9,000 of the homes" is the whole set; so is a count of people at large.
    expect(verdict("The Valley earthquake destroyed all 9,000 of the town's homes.")).toContainEqual(["9,000 of the town's homes", "supported", "count.exact"]);
    expect(verdict("The Valley earthquake killed 312 people.")).toContainEqual(["killed 312 people", "supported", "count.exact"]);
  });
  it("takes a count whose people are named right after it for a part", () => {
    const mine = verdictOf(baseOf(`- { id: mine, kind: event, name: Carlow mine collapse, date: "2007-08-06", counts: { miner: 6 }, sources: [{ title: t }] }\n`), "2007-08-18");
    expect(mine("In the Carlow mine collapse, two miners, Dale Black and Brandon Kimber, and an inspector, Gary Jensen, died.", "two miners")).toEqual(["unverified", "count.part-of-whole"]);
    expect(mine("In the Carlow mine collapse, two miners and an inspector died.", "two miners")?.[0]).toBe("contradicted");
  });
  it("takes those taken to hospital for a part of the injured", () => {
    const crash = verdictOf(baseOf(`- { id: crash, kind: event, name: Selby rail crash, date: "1999-10-05", counts: { wounded: 417 }, sources: [{ title: t }] }\n`), "1999-10-06");
    expect(crash("In the Selby rail crash, 227 people were taken to hospital.", "227 people were taken to hospital")).toEqual(["unverified", "count.part-of-whole"]);
    expect(crash("In the Selby rail crash, 527 people were taken to hospital.", "527 people were taken to hospital")?.[0]).toBe("contradicted");
  });
  it("takes a count restricted to a place the entry does not name for a part of it", () => {
    expect(verdict("After the Valley earthquake, up to 200 people had been killed in a sports stadium.")).toContainEqual(["up to 200 people had been killed", "unverified", "count.part-of-whole"]);
  });
});

describe("percentages: what a figure is of", () => {
  const vote = baseOf(`
- id: referendum-2022
  kind: event
  name: Estavia term-limits referendum
  aliases: [2022 referendum]
  keywords: [Estavia, referendum]
  date: 2022-09-25
  counts: { percent: { value: 58.3, groups: { "Yes": 58.3, "No": 41.7, turnout: 64.2 } } }
  sources: [{ title: t }]
- id: referendum-2015
  kind: event
  name: Estavia judicial reform referendum
  aliases: [2015 referendum]
  date: 2015-05-10
  counts: { percent: { value: 71, groups: { turnout: 71 } } }
  sources: [{ title: t }]
`);
  const of = verdictOf(vote, "2022-09-26");

  it("compares a figure whose clause has the group for subject", () => {
    expect(of("In the 2022 referendum, the Yes side had won 62.9% of the vote.", "62.9%")).toEqual(["contradicted", "count.exact"]);
    expect(of("In the 2022 referendum, Yes won 58.3% of votes cast.", "58.3%")).toEqual(["supported", "count.exact"]);
    // A group in lower case counts only as the subject, or as the figure's own noun ("a turnout of …").
    expect(of("In the 2022 referendum, turnout was 70.1 percent.", "70.1 percent")).toEqual(["contradicted", "count.exact"]);
    expect(of("The 2022 referendum had a turnout of 70.1 percent.", "70.1 percent")).toEqual(["contradicted", "count.exact"]);
    expect(of("The 2022 referendum had a turnout of 64.2 percent.", "64.2 percent")).toEqual(["supported", "count.exact"]);
  });
  it("takes a group in lower case for the side voted for whose margin the figure is, not for what was rejected", () => {
    const lower = verdictOf(
      baseOf(`
- id: constitution-vote
  kind: event
  name: Merovia constitution referendum
  date: 2005-05-29
  counts: { percent: { min: 45.3, max: 54.7, groups: { "no": 54.7, "yes": 45.3, independence: 45.3 } } }
  sources: [{ title: t }]
`),
      "2005-06-01",
    );
    expect(lower("In the Merovia constitution referendum, voters said no by about 35 percent.", "about 35 percent")).toEqual(["contradicted", "count.about"]);
    expect(lower("In the Merovia constitution referendum, voters said no by about 55 percent.", "about 55 percent")).toEqual(["supported", "count.about"]);
    expect(lower("In the Merovia constitution referendum, voters rejected independence by 55 percent.", "55 percent")?.[0]).not.toBe("contradicted");
  });
  it("does not compare a figure the group is only near", () => {
    // Another share of the group: "of the airtime" is not what the referendum's percentages are of.
    expect(of("In the 2022 referendum, the Yes side won 80% of the airtime.", "80%")).toEqual(["unverified", "count.group-nearby"]);
    // A clause between, or a narrower subject.
    expect(of("In the 2022 referendum, Yes campaigners said 70% backed them.", "70%")?.[0]).toBe("unverified");
    expect(of("In the 2022 referendum, turnout in the capital was 70.1 percent.", "70.1 percent")?.[0]).toBe("unverified");
    expect(of("A poll put the Yes camp at 50 percent before the 2022 referendum.", "50 percent")?.[0]).toBe("unverified");
  });
  it("does not take an entry named for another figure for this one's", () => {
    expect(of("In Estavia's referendum turnout was 64.2 percent, down from 71 percent in a 2015 referendum.", "64.2 percent")).toEqual(["unverified", "count.named-for-another"]);
    expect(of("In Estavia's referendum turnout was 64.2 percent, down from 71 percent in a 2015 referendum.", "71 percent")).toEqual(["supported", "count.exact"]);
     // A count coordinated with the claim shares the phrase after it.
    expect(verdict("At least 312 people were killed and 90 injured in the Valley earthquake.")).toContainEqual(["At least 312 people were killed", "supported", "count.at_least"]);
  });
  it("contradicts a share of a set above 100 percent, whatever the entry holds", () => {
    expect(of("In the 2022 referendum, ballots from 199% of polling stations were counted.", "199%")).toEqual(["contradicted", "count.share-over-whole"]);
    expect(of("The Estavia referendum campaign reached 143% of adults.", "143%")).toEqual(["contradicted", "count.share-over-whole"]);
    // A set of people named by a pronoun: "of those who …", "of those polled".
    expect(of("In the 2022 referendum, 194.04 percent of those who cast ballots backed the change.", "194.04 percent")).toEqual(["contradicted", "count.share-over-whole"]);
    expect(of("Before the 2022 referendum, 130% of those polled said yes.", "130%")).toEqual(["contradicted", "count.share-over-whole"]);
    // A whole named by a singular noun, the turnout, the voters of a verb of voting.
    expect(of("In the 2022 referendum, the No camp won 118.7 percent of the vote.", "118.7 percent")).toEqual(["contradicted", "count.share-over-whole"]);
    expect(of("In the 2022 referendum, turnout was unexpectedly high at 137.5 percent.", "137.5 percent")).toEqual(["contradicted", "count.share-over-whole"]);
    expect(of("In the 2022 referendum, 142 percent voted against.", "142 percent")).toEqual(["contradicted", "count.share-over-whole"]);
  });
  it("reads a share from the grammar around the figure", () => {
    const over = (text: string, claim: string) => expect(of(text, claim), text).toEqual(["contradicted", "count.share-over-whole"]);
    // A possessive or a number opens the set like a determiner; "those" with a participle of people is a set.
    over("In the 2022 referendum, 127 percent of the country's voters took part.", "127 percent");
    over("Before the 2022 referendum, 139 percent of its 14,200 members joined the strike.", "139 percent");
    over("Before the 2022 referendum, about 131 percent of those infected had died.", "about 131 percent");
    // A verb of voting before "by": the figure is the voters' share.
    over("In the 2022 referendum, Estavia voted to keep term limits by 127 percent to 38 percent.", "127 percent");
    over("Voters also rejected, by 103.7 percent, the 2022 referendum's second question.", "103.7 percent");
    // A side's vote, or support for it, right before the figure; voters after it.
    over("In the 2022 referendum, the highest Yes vote was 157.5 percent.", "157.5 percent");
    over("In the 2022 referendum, support for the change stood at 139 percent.", "139 percent");
    over("In the 2022 referendum, 113 percent voting No carried the day.", "113 percent");
    over("The 2022 referendum passed with 127% in favour.", "127%");
    over("The 2022 referendum failed, with nearly 127 percent against.", "nearly 127 percent");
    // What the figure makes up, and a whole by its state.
    over("In the 2022 referendum, pensioners made up 143 percent of the electorate.", "143 percent");
    over("Before the 2022 referendum, the fire was 113 percent contained.", "113 percent");
    // The figure a share changed from is a share of the same set.
    over("In the 2022 referendum turnout was 64.2 percent, down from 145 percent in 2015.", "145 percent");
  });
  it("leaves a percentage of a magnitude, and a share that may round to the whole, alone", () => {
    for (const [text, claim] of [
      ["Before the 2022 referendum, debt stood at 120% of GDP.", "120%"],
      ["Before the 2022 referendum, exports rose to 150% of pre-war levels.", "150%"],
      ["Before the 2022 referendum, the campaign reached about 105% of its targets.", "about 105%"],
      ["In the 2022 referendum, about 105% of registered voters were on the rolls.", "about 105%"],
      ["Before the 2022 referendum, exports reached 130% of those seen in 2019.", "130%"],
      ["Before the 2022 referendum, the vote count rose 130% in a decade.", "130%"],
      ["Before the 2022 referendum, land prices were 140% of the vote-year level.", "140%"],
      // A change measured by "by", even in a sentence that voted; against another currency; a magnitude's owner.
      ["Parliament voted in 2020 to raise the tax by 150% before the 2022 referendum.", "150%"],
      ["Before the 2022 referendum, the lira rose 130% against the dollar.", "130%"],
      ["Before the 2022 referendum, debt stood at 180 percent of the country's economic output.", "180 percent"],
      ["Before the 2022 referendum, exports reached 130% of those recorded in 2019.", "130%"],
      ["No vote was held before prices rose 150 percent in the 2022 referendum year.", "150 percent"],
      ["Before the 2022 referendum, spending grew to 120 percent, up from 105 percent.", "105 percent"],
    ] as const) {
      expect(of(text, claim)?.[1], text).not.toBe("count.share-over-whole");
    }
  });
});

describe("percentages: groups after the figure, baselines, keyword links", () => {
  const rates = baseOf(`
- id: rate-decision
  kind: event
  name: Valdoria central bank interest rate decision
  keywords: [central, bank]
  date: 2023-05-11
  counts: { percent: 6.25 }
  sources: [{ title: t }]
- id: deposit-rate
  kind: event
  name: Valdoria deposit rate decision
  keywords: [deposit, facility]
  date: 2023-05-11
  counts: { percent: { value: 4.25, groups: { from: 3.75 } } }
  sources: [{ title: t }]
- id: inflation
  kind: event
  name: Valdoria consumer price inflation
  keywords: [Consumer, prices]
  date: 2023-04
  counts: { percent: { value: 9.4, groups: { March: 10.1, target: 3 } } }
  sources: [{ title: t }]
- id: referendum
  kind: event
  name: Estavia referendum
  keywords: [Estavia]
  date: 2022-09-25
  counts: { percent: { value: 58.3, groups: { "Yes": 58.3, "No": 41.7 } } }
  sources: [{ title: t }]
- id: vaccination
  kind: event
  name: Estavia vaccination campaign
  keywords: [Estavia, vaccination]
  date: 2021-08
  counts: { percent: { value: 60, groups: { fully vaccinated: 42 } } }
  sources: [{ title: t }]
`);
  const of = verdictOf(rates, "2023-05-11");

  it("takes a group that follows the figure as what it counts", () => {
    const text = (march: string) => `Consumer prices rose 9.4% in April, down from ${march} in March but above the bank's 3% target.`;
    expect(of(text("10.1%"), "10.1%")).toEqual(["supported", "count.exact"]);
    expect(of(text("12.1%"), "12.1%")).toEqual(["contradicted", "count.exact"]);
    expect(of(text("10.1%"), "3%")).toEqual(["supported", "count.exact"]);
    expect(of("In Estavia, Yes won 58.3 percent of the vote against 44.7 percent for No.", "44.7 percent")).toEqual(["contradicted", "count.exact"]);
    // ...or after a copula: "42 percent are fully vaccinated".
    expect(of("In the Estavia vaccination drive, 42 percent are now fully vaccinated.", "42 percent")).toEqual(["supported", "count.exact"]);
    expect(of("In the Estavia vaccination drive, 48 percent are now fully vaccinated.", "48 percent")).toEqual(["contradicted", "count.exact"]);
  });
  it("does not take a group of function words for the figure's noun", () => {
    // The base calls the old rate "from": "4.25 percent from 3.75 percent" is not the figure of that group...
    const text = (to: string) => `The deposit facility rate was raised on Thursday to ${to} percent from 3.75 percent.`;
    expect(of(text("4.25"), "4.25 percent")).toEqual(["supported", "count.exact"]);
    // ...but the new value of a change, stated with its baseline, is the entry's figure itself...
    expect(of(text("4.5"), "4.5 percent")).toEqual(["contradicted", "count.exact"]);
    // ...while a figure that names no group of a breakdown, and is no such new value, is not compared with the whole.
    expect(of("The deposit facility rate was raised on Thursday, and 4.5 percent of banks objected.", "4.5 percent")).toEqual(["unverified", "count.percent-unnamed"]);
  });
  it("does not count a baseline as a rival percentage, and compares a keyword link whose sentence speaks of the event", () => {
    expect(of("The central bank raised its main interest rate on Thursday, lifting it to 6.25 percent from 5.75 percent.", "6.25 percent")).toEqual(["supported", "count.exact"]);
    expect(of("The central bank raised its main interest rate on Thursday, lifting it to 6.5 percent, and cut its forecast to 2 percent.", "6.5 percent")).toEqual(["unverified", "count.percent-unnamed"]);
    // All the keywords, but no word of the event: the percentage may be of anything.
    expect(of("The central bank said on Thursday that its staff had grown by 12 percent.", "12 percent")).toEqual(["unverified", "count.percent-unnamed"]);
  });
  it("takes a part of a group by its partitive, and a share set off with a number as no group of the whole", () => {
    const siege = verdictOf(
      baseOf(`- { id: siege, kind: event, name: Kabul hotel siege, aliases: [Kabul hotel siege], date: "2018-01-20", counts: { killed: { value: 18, groups: { foreigners: 14 } } }, sources: [{ title: t }] }\n`),
      "2018-01-21",
    );
    expect(siege("In the Kabul hotel siege, at least 18 people, 14 of them foreigners, were killed.", "at least 18 people, 14 of them foreigners, were killed")).toEqual(["supported", "count.at_least"]);
    expect(siege("In the Kabul hotel siege, eleven of the foreigners killed worked for an airline.", "eleven of the foreigners killed")).toEqual(["unverified", "count.part-of-whole"]);
    expect(siege("In the Kabul hotel siege, 16 of the foreigners killed worked for an airline.", "16 of the foreigners killed")?.[0]).toBe("contradicted");
  });
  it("reads what a figure set off with its share counts from the predicate after it", () => {
    const vote = verdictOf(
      baseOf(`- { id: ref, kind: event, name: Estavia devolution referendum, aliases: [Estavia referendum], date: "1997-09-11", counts: { percent: { value: 74.3, groups: { turnout: 60.4, opposed: 25.7, tax: 63.5, tax-varying: 63.5, voted no: 36.5 } } }, sources: [{ title: t }] }\n`),
      "1997-09-12",
    );
    const text = (no: string, tax: string) => `In the Estavia referendum, 614,400, or ${no} percent, who opposed it, lost; 1,512,889 voters, or ${tax} percent, supported tax-varying powers.`;
    expect(vote(text("25.7", "63.5"), "25.7 percent")).toEqual(["supported", "count.exact"]);
    expect(vote(text("25.7", "63.5"), "63.5 percent")).toEqual(["supported", "count.exact"]);
    expect(vote(text("27.5", "65.3"), "27.5 percent")).toEqual(["contradicted", "count.exact"]);
    expect(vote(text("27.5", "65.3"), "65.3 percent")).toEqual(["contradicted", "count.exact"]);
    expect(vote("In the Estavia referendum, 870,263, or 36.5 percent, voted no.", "36.5 percent")).toEqual(["supported", "count.exact"]);
    // The set of a partitive is not the predicate's subject: its part is.
    const bridges = verdictOf(
      baseOf(`- { id: card, kind: event, name: Valdoria bridge survey, aliases: [bridge survey], date: "2017-03-09", counts: { bridge: { value: 614387, groups: { structurally deficient: 56007 } } }, sources: [{ title: t }] }\n`),
      "2018-03-17",
    );
    expect(bridges("The bridge survey found that 56,007 of the country's 614,387 bridges, or 9.1 percent, were structurally deficient.", "614,387 bridges")).toEqual(["supported", "count.exact"]);
    // The side a predicate beat is not the figure's group.
    const runoff = verdictOf(
      baseOf(`- { id: runoff, kind: event, name: Valdorian presidential runoff, aliases: [June 17 runoff], date: "2018-06-17", counts: { vote: { value: 10373080, groups: { Duque: 10373080, Petro: 8034189 } } }, sources: [{ title: t }] }\n`),
      "2018-08-27",
    );
    expect(runoff("In the June 17 runoff he received some 10.4 million votes, or about 54 percent, to defeat Gustavo Petro.", "some 10.4 million votes")).toEqual(["supported", "count.about"]);
  });
  it("takes a figure written to a decimal that is exactly the entry's as no chance", () => {
    const wages = verdictOf(
      baseOf(`
- id: wages
  kind: event
  name: Valdoria annual wage growth, October 2024
  keywords: [wages]
  date: 2024-10
  counts: { percent: 9.3 }
  sources: [{ title: t }]
`),
      "2024-11-14",
    );
    const text = (v: string) => `Wages rose ${v} percent, more than prices, the bank said on Thursday.`;
    // One keyword, no word of the event: a round figure may agree by chance, 9.3 to the tenth hardly...
    expect(wages(text("9.3"), "9.3 percent")).toEqual(["supported", "count.exact"]);
    expect(wages(text("9"), "9 percent")).toEqual(["unverified", "count.percent-unnamed"]);
    // ...and a disagreement is still not compared.
    expect(wages(text("9.4"), "9.4 percent")).toEqual(["unverified", "count.percent-unnamed"]);
    // A whole number written with decimals ("12.00") is as round as "12".
    const whole = verdictOf(baseOf(`
- id: wages
  kind: event
  name: Valdoria annual wage growth, October 2024
  keywords: [wages]
  date: 2024-10
  counts: { percent: 12 }
  sources: [{ title: t }]
`), "2024-11-14");
    expect(whole(text("12.00"), "12.00 percent")).toEqual(["unverified", "count.percent-unnamed"]);
  });
});

describe("a weekday the date does not fall on", () => {
  const found = (text: string, claim: string) => {
    const f = check([{ path: "a.txt", text, published: "2023-06-20" }], base)[0]!.findings.find((x) => x.claim.text.includes(claim));
    return f ? [f.verdict, f.rule, f.reason.split(" [")[0]] : null;
  };
  it("contradicts a linked date that contradicts itself, even when its day agrees with the entry", () => {
    expect(found("The Valley earthquake struck on Thursday, 16 June 2023.", "16 June")).toEqual(["contradicted", "date.weekday", "date.weekday: 2023-06-16 was a Friday, not a Thursday"]);
    expect(found("The Valley earthquake struck on Sunday 17 June.", "17 June")?.slice(0, 2)).toEqual(["contradicted", "date.weekday"]);
  });
  it("says so of an unlinked date or a statement's date, without a contradiction", () => {
    expect(found("Markets closed on Thursday, 16 June 2023.", "16 June")?.slice(0, 2)).toEqual(["unverified", "date.weekday"]);
    expect(found("Officials said on Wednesday, 15 June, that the Valley earthquake killed 312.", "15 June")?.slice(0, 2)).toEqual(["unverified", "date.weekday"]);
  });
  it("leaves a weekday that fits alone", () => {
    expect(found("The Valley earthquake struck on Friday, 16 June 2023.", "16 June")).toEqual(["supported", "date.granularity", expect.any(String)]);
  });
});

describe("a group named before figures of two measures", () => {
  const election = baseOf(`
- id: election
  kind: event
  name: Assembly election
  keywords: [Assembly, election]
  date: 2023-11-02
  counts:
    percent: { value: 31.2, groups: { Alliance: 15.8 } }
    seat: { value: 90, groups: { Alliance: 18, Sinn Fein: 29 } }
  sources: [{ title: t }]
`);
  const of = verdictOf(election, "2023-11-06");
  it("lets a figure of another measure between them share the group", () => {
    expect(of("In the Assembly election, the Alliance Party came third with 15.8% and 18 seats.", "18 seats")).toEqual(["supported", "count.exact"]);
  });
  it("takes a group as the subject of a figure after a rank, a relative clause or a label", () => {
    // Contradicted only when the group is what the figure is of.
    expect(of("In the Assembly election, the Alliance Party came third with 31.6%.", "31.6%")).toEqual(["contradicted", "count.exact"]);
    // A level between the verb and its preposition: "was unexpectedly high at".
    expect(of("In the Assembly election, the Alliance share was unexpectedly high at 15.8%.", "15.8%")).toEqual(["supported", "count.exact"]);
    expect(of("In the Assembly election, the Alliance share was unexpectedly high at 31.6%.", "31.6%")).toEqual(["contradicted", "count.exact"]);
    expect(of("In the Assembly election, support for the Alliance Party, whose share rose to 31.6%, surged.", "31.6%")).toEqual(["contradicted", "count.exact"]);
    expect(of("Assembly election seats by party — Alliance: 36 seats.", "36 seats")).toEqual(["contradicted", "count.exact"]);
    expect(of("In the Assembly election, the Alliance Party won in 36 seats.", "36 seats")).toEqual(["contradicted", "count.exact"]);
    // Not a subject: a clause of its own, a preposition without a verb.
    expect(of("In the Assembly election, the Alliance Party, which Sinn Fein beat, got 31.6%.", "31.6%")?.[0]).not.toBe("contradicted");
    expect(of("In the Assembly election, a poll put the Alliance Party on 31.6%.", "31.6%")?.[0]).not.toBe("contradicted");
  });
  it("still takes a figure of the same measure between them for the group's own", () => {
    expect(of("In the Assembly election, Sinn Fein won 29 seats, while 18 seats went to the DUP.", "18 seats")).toEqual(["unverified", "count.part-of-whole"]);
  });
});

describe("a base that writes a synonym for a canonical measure", () => {
  const synonyms = baseOf(`
- id: flood
  kind: event
  name: Valley flood
  keywords: [Valley, flood]
  date: 2023-06-16
  counts: { deaths: 300, injured: { value: 50 } }
  sources: [{ title: t }]
`);
  const of = (text: string) => check([{ path: "a.txt", text, published: "2023-06-20" }], synonyms)[0]!.findings.filter((f) => f.claim.kind === "count").map((f) => [f.claim.text, f.verdict, f.rule]);
  it("reads `deaths` as killed and `injured` as wounded", () => {
    expect(of("The Valley flood killed about 300 people and injured 50.")).toEqual([["killed about 300 people", "supported", "count.about"], ["injured 50", "supported", "count.exact"]]);
    expect(of("The Valley flood killed 500 people.")).toEqual([["killed 500 people", "contradicted", "count.exact"]]);
  });
});

describe("a count tied by keywords alone, far from the entry's figure", () => {
  const twin = baseOf(`
- id: oslo-bomb
  kind: event
  name: Oslo government quarter bombing
  keywords: [car bomb, Oslo]
  date: 2011-07-22
  counts: { killed: 8 }
  sources: [{ title: t }]
`);
  const of = verdictOf(twin, "2011-07-26");
  it("is another event's of the paragraph when more than ten times it", () => {
    expect(of("The car bomb in Oslo killed eight. The combined toll had earlier been put at 93 dead.", "93 dead")).toEqual(["unverified", "count.far"]);
    // Within ten times, a misstated figure is still refuted.
    expect(of("The car bomb in Oslo killed 19 people.", "killed 19 people")).toEqual(["contradicted", "count.exact"]);
  });
  it("is not tied by keywords named only in a clause set against it", () => {
    expect(of("Police said 68 people were killed at the youth camp, while the car bomb in Oslo killed eight.", "68 people were killed")).toEqual(["unverified", "link.weak"]);
    expect(of("Police said 68 people were killed at the youth camp, while the car bomb in Oslo killed eight.", "killed eight")).toEqual(["supported", "count.exact"]);
    // ...nor is a difference the entry's figure.
    expect(of("The car bomb in Oslo killed eight, one more than previously reported.", "one more")).toEqual(["unverified", "count.difference"]);
  });
  it("does not date the entry by an action taken over it", () => {
    const bombs = baseOf(`
- id: madrid
  kind: event
  name: Madrid train bombings
  aliases: [Madrid train bombings]
  date: 2004-03-11
  sources: [{ title: t }]
`);
    const on = verdictOf(bombs, "2004-03-13");
    expect(on("Police arrested five people on Saturday in connection with the Madrid train bombings.", "Saturday")).toEqual(["unverified", "date.about-entry"]);
    expect(on("The prime minister on Saturday ordered an inquiry into the Madrid train bombings.", "Saturday")).toEqual(["unverified", "date.about-entry"]);
    expect(on("On Saturday, two days after the Madrid train bombings, police arrested five people.", "Saturday")?.[0]).not.toBe("contradicted");
  });
});

describe("what someone asked for or promised", () => {
  const decl = baseOf(`
- id: declaration
  kind: event
  name: Texas disaster declaration
  aliases: [disaster declaration]
  date: 2021-02-20
  counts: { county: 77 }
  sources: [{ title: t }]
`);
  const of = verdictOf(decl, "2021-02-22");
  it("is not the entry's figure", () => {
    expect(of("The disaster declaration covers 77 counties, fewer than the 254 counties Abbott had requested.", "254 counties")).toEqual(["unverified", "count.capacity"]);
    expect(of("The disaster declaration covers 254 counties and officials asked for more.", "254 counties")).toEqual(["contradicted", "count.exact"]);
  });
});

describe("the figure a change started from", () => {
  const idai = baseOf(`
- id: idai
  kind: event
  name: Cyclone Idai
  date: 2019-03-14
  counts: { killed: [{ value: 446, as_of: 2019-03-24 }, { value: 468, as_of: 2019-03-26 }] }
  sources: [{ title: t }]
`);
  const of = verdictOf(idai, "2019-03-27");
  it("refutes itself on the wrong side of the new figure, whatever the base holds", () => {
    expect(of("The toll from Cyclone Idai rose to 468, up from 895 announced on Sunday.", "895")).toEqual(["contradicted", "count.change-direction"]);
    expect(of("The toll from Cyclone Idai fell to 468 from 446.", "446")?.[1]).toBe("count.change-direction");
    expect(of("The toll from Cyclone Idai rose to 468, up from 446 announced on Sunday.", "446")?.[0]).toBe("supported");
  });
});

describe("a place that opens the sentence", () => {
  const storm = baseOf(`
- id: sandy
  kind: event
  name: Hurricane Sandy
  date: 2012-10-29
  counts: { killed: { min: 165, max: 190, groups: { New Jersey: 22, New York state: { min: 40, max: 48 } } } }
  sources: [{ title: t }]
`);
  const of = verdictOf(storm, "2012-11-02");
  it("is the group of what its sentence counts", () => {
    expect(of("Hurricane Sandy hit on Monday. In New Jersey, police said that 47 people had died.", "47 people had died")).toEqual(["contradicted", "count.exact"]);
    expect(of("Hurricane Sandy hit on Monday. In New Jersey, police said that 22 people had died.", "22 people had died")).toEqual(["supported", "count.exact"]);
    // Named only near the count, the group may not be what it counts: a figure another group bears out is a doubt.
    expect(of("Hurricane Sandy hit on Monday. Police in New Jersey said that 47 people had died.", "47 people had died")).toEqual(["unverified", "count.group-nearby"]);
  });
});

describe("a group named further on in the figure's clause", () => {
  const committee = baseOf(`
- id: decision
  kind: event
  name: Valdoria rate decision
  keywords: [committee]
  date: 2023-05-11
  counts:
    member: { value: 7, groups: { increase: 5, smaller rise: 2 } }
    percent: { value: 3.3, groups: { benchmark: 1 } }
  sources: [{ title: t }]
`);
  const of = verdictOf(committee, "2023-05-11");
  it("bears the figure out as weak evidence", () => {
    expect(of("Five members of the committee voted for the increase.", "Five members")).toEqual(["supported", "count.exact"]);
    // A figure it does not bear out is not refuted by it when another figure of the entry is (another group's)...
    expect(of("Two members of the committee voted for the increase.", "Two members")).toEqual(["unverified", "count.group-nearby"]);
    // ...but one no figure of the entry is, neither the group's, another group's nor the whole's, is false however read.
    expect(of("Six members of the committee voted for the increase.", "Six members")).toEqual(["contradicted", "count.exact"]);
  });
  it("does not take the place of a whole that bears the figure out", () => {
    expect(of("The committee's fatality rate of 3.3% is above the benchmark of 1%.", "3.3%")).toEqual(["supported", "count.exact"]);
  });
  it("leaves an elliptic count the whole alone bears out unverified: a part equal to the whole proves nothing", () => {
    expect(of("Five members of the committee voted for the increase and seven favoured a smaller rise.", "seven")).toEqual(["unverified", "count.elliptic"]);
  });
  it("compares an elliptic count with a group its clause names, and leaves it a doubt against the whole", () => {
    const rail = verdictOf(
      baseOf(`
- id: crude-by-rail
  kind: event
  name: US crude-by-rail growth
  keywords: [railroads, crude]
  date: 2008/2012
  counts: { carload: { value: 233000, groups: { "2008": 9500, "2012": 233000 } } }
  sources: [{ title: t }]
`),
      "2013-07-10",
    );
    expect(rail("U.S. railroads moved about 9,500 carloads of crude oil in 2008, but more than 230,000 in 2012.", "more than 230,000")).toEqual(["supported", "count.more_than"]);
    expect(rail("U.S. railroads moved about 9,500 carloads of crude oil in 2008, but more than 460,000 in 2012.", "more than 460,000")).toEqual(["contradicted", "count.more_than"]);
    // Against the whole alone, an elliptic count is still only a doubt.
    expect(rail("U.S. railroads moved about 9,500 carloads of crude oil in 2008, and more than 460,000 since.", "more than 460,000")).toEqual(["unverified", "count.elliptic"]);
  });
});

describe("what a keyword link, a period and a scale say", () => {
  const b = baseOf(`
- id: economy-q1
  kind: event
  name: Valdoria labour market, first quarter of 2023
  keywords: [quarter]
  date: 2023-01-01/2023-03-31
  sources: [{ title: t }]
- id: extension
  kind: event
  name: Five-year extension of New START
  keywords: [extended]
  date: 2021-02-03
  sources: [{ title: t }]
- id: strike
  kind: event
  name: Kostiantynivka rocket strike
  keywords: [Kostiantynivka]
  date: 2023-03-09
  counts: { displaced: 2000, killed: 11 }
  sources: [{ title: t }]
- id: mining-deaths
  kind: event
  name: Coal mining deaths in the region since 2000
  keywords: [coal, mining]
  date: 2000/2022
  sources: [{ title: t }]
- id: war
  kind: event
  name: First World War
  date: 1914-07-28/1918-11-11
  sources: [{ title: t }]
`);
  const of = verdictOf(b, "2023-03-10");
  it("does not take a lone keyword of several words for evidence either", () => {
    const effect = baseOf(`
- id: ceasefire-effect
  kind: event
  name: Brennau ceasefire takes effect
  keywords: [takes effect]
  date: 2022-11-04
  sources: [{ title: t }]
`);
    expect(verdictOf(effect, "2023-02-01")("The new tariff takes effect on 1 January 2023.", "1 January 2023")).toEqual(["unverified", "link.weak"]);
    expect(verdictOf(effect, "2023-02-01")("The Brennau ceasefire takes effect on 1 January 2023.", "1 January 2023")?.[0]).toBe("contradicted");
  });
  it("does not take a lone keyword for evidence that a date's sentence speaks of the entry", () => {
    expect(of("Robbers entered the Jewellery Quarter on 14 March 2022.", "14 March 2022")).toEqual(["unverified", "link.weak"]);
    expect(of("The rollout was extended to 15-year-olds on 14 March 2022.", "14 March 2022")).toEqual(["unverified", "link.weak"]);
    // Two words of the name beyond the keyword, even common ones, do speak of it.
    expect(of("New START was extended for five years in February 2021.", "February 2021")).toEqual(["supported", "date.granularity"]);
    expect(of("New START was extended for five years in April 2021.", "April 2021")).toEqual(["contradicted", "date.granularity"]);
  });
  it("does not compare the start of a period with one event of it, but compares a period with its start", () => {
    expect(of("In Kostiantynivka, shelling has not stopped since early December.", "early December")).toEqual(["unverified", "date.since"]);
    expect(of("In Kostiantynivka, the rocket strike came on 9 March.", "9 March")).toEqual(["supported", "date.granularity"]);
    expect(of("In Kostiantynivka, 1,500 people have fled since the shelling started on 2 March.", "2 March")).toEqual(["unverified", "date.since"]);
    // ...unless the clause's verb is the entry's own event.
    const partition = verdictOf(baseOf(`- { id: partition, kind: event, name: Partition of Ireland, aliases: [Ireland], date: "1921-05-03", sources: [{ title: t }] }\n`), "1985-11-20");
    expect(partition("Dublin has a say for the first time since Ireland was partitioned in 1921.", "1921")).toEqual(["supported", "date.granularity"]);
    expect(partition("Dublin has a say for the first time since Ireland was partitioned in 1918.", "1918")).toEqual(["contradicted", "date.granularity"]);
    expect(partition("Dublin has a say for the first time since Ireland was divided in 1918.", "1918")).toEqual(["unverified", "date.since"]);
    // "since 1987" is a comparison; "on 2 March" dates the strike itself.
    expect(of("In Kostiantynivka, the deadliest strike since 1987 came on 2 March.", "2 March")).toEqual(["contradicted", "date.granularity"]);
    expect(of("Coal mining has claimed 1,100 lives since 1997.", "1997")).toEqual(["contradicted", "date.granularity"]);
  });
  it("does not refute an earlier entry by a time by which something had happened, but refutes a later one", () => {
    expect(of("Of the deaths tallied after the Kostiantynivka rocket strike by 10 March, eight were children.", "10 March")).toEqual(["unverified", "date.by"]);
    expect(of("The Kostiantynivka rocket strike had been investigated by 10 March.", "10 March")).toEqual(["unverified", "date.by"]);
    expect(of("The Kostiantynivka rocket strike had been investigated by 5 March.", "5 March")).toEqual(["contradicted", "date.granularity"]);
    expect(of("The Kostiantynivka rocket strike came on 10 March.", "10 March")).toEqual(["contradicted", "date.granularity"]);
    // A deadline is the date of what is to be done by then.
    expect(of("Officials promised the Kostiantynivka rocket strike inquiry would report by 10 March.", "10 March")).not.toEqual(["unverified", "date.by"]);
    expect(of("Kyiv must also act on the Kostiantynivka rocket strike: hearings by 10 March.", "10 March")).toEqual(["contradicted", "date.granularity"]);
  });
  it("does not compare the end of a state of things with a one-day entry, but compares a period with its end", () => {
    expect(of("Officials denied any role in the Kostiantynivka rocket strike until January.", "January")).toEqual(["unverified", "date.until"]);
    expect(of("The Kostiantynivka rocket strike came on 9 March.", "9 March")).toEqual(["supported", "date.granularity"]);
    expect(of("The Kostiantynivka rocket strike came on 19 March.", "19 March")).toEqual(["contradicted", "date.granularity"]);
    expect(of("The First World War raged until 1919.", "1919")).toEqual(["contradicted", "date.granularity"]);
    // ...but not with what lasted long after it.
    expect(of("The First World War's mass graves were kept secret until 1960.", "1960")).toEqual(["unverified", "date.until"]);
    expect(of("Kyiv blamed the Kostiantynivka rocket strike on saboteurs until 2021.", "2021")).toEqual(["unverified", "date.until"]);
    // "not until": what happened then.
    expect(of("Officials did not admit a role in the Kostiantynivka rocket strike until January.", "January")).toEqual(["contradicted", "date.granularity"]);
  });
  it("does not take a date for that of an entry named in a relative clause after it", () => {
    expect(of("Leaders met on Friday to mark the centenary of the treaty that ended the First World War.", "Friday")).toEqual(["unverified", "date.other-clause"]);
  });
  it("does not compare a count twenty times the entry's figure, or a twentieth of it", () => {
    expect(of("The Kostiantynivka strike displaced nearly 112 million people.", "displaced nearly 112 million people")).toEqual(["unverified", "count.scale"]);
    expect(of("The Kostiantynivka strike displaced 50 people.", "displaced 50 people")).toEqual(["unverified", "count.scale"]);
    expect(of("The Kostiantynivka strike displaced 4,100 people.", "displaced 4,100 people")).toEqual(["contradicted", "count.exact"]);
    expect(of("The Kostiantynivka strike killed 110 people.", "killed 110 people")).toEqual(["contradicted", "count.exact"]);
  });
});

describe("a date tied weakly to a period", () => {
  const flood = baseOf(`
- id: flood
  kind: event
  name: Great Valley Flood
  date: 2020-01-01/2021-06-30
  sources: [{ title: t }]
`);
  const of = verdictOf(flood, "2023-03-10");
  it("is not borne out by falling inside a period of more than a month", () => {
    expect(of("The Great Valley Flood ruined the harvest.\n\nOn 5 March 2021, rescuers reached the farms.", "5 March 2021")).toEqual(["unverified", "link.weak"]);
  });
  it("is borne out by the period's start or end, as precise as the date", () => {
    expect(of("The Great Valley Flood ruined the harvest.\n\nOn 30 June 2021, the waters receded.", "30 June 2021")).toEqual(["supported", "date.granularity"]);
    expect(of("The Great Valley Flood ruined the harvest.\n\nIn 2020, the waters rose.", "2020")).toEqual(["supported", "date.granularity"]);
  });
});

describe("a group after \"of them\"", () => {
  const crash = baseOf(`
- id: crash
  kind: event
  name: Qaha train collision
  date: 2023-08-03
  counts: { wounded: { value: 91, groups: { critically: 14 } } }
  sources: [{ title: t }]
`);
  const of = verdictOf(crash, "2023-08-04");
  it("names what the part counts", () => {
    expect(of("The Qaha train collision injured 91 people, 14 of them critically.", "14")).toEqual(["supported", "count.exact"]);
    expect(of("The Qaha train collision injured 91 people, 31 of them critically.", "31")).toEqual(["contradicted", "count.exact"]);
  });
});

describe("another entry named near a claim that bears it out", () => {
  const donors = baseOf(`
- id: dasoria-donors
  kind: event
  name: Geneva donor meeting on Dasorian refugees
  aliases: [donors meeting in Geneva]
  date: 2023-06-12
  sources: [{ title: t }]
- id: sudan-pledging
  kind: event
  name: Sudan pledging conference
  keywords: [donors, Sudan]
  date: 2023-06-19
  sources: [{ title: t }]
`);
  const of = verdictOf(donors, "2023-06-20");
  it("keeps a day from being contradicted by the entry it was linked to", () => {
    expect(of("Donors meeting in Geneva on Monday pledged $1.5 billion for Sudan.", "Monday")).toEqual(["unverified", "link.other-agrees"]);
  });
  it("keeps a month of a year from being contradicted too, not a year alone", () => {
    const planes = baseOf(`
- id: crash-2015
  kind: event
  name: Sinai airliner crash
  aliases: [Russian airliners]
  date: 2015-10-31
  sources: [{ title: t }]
- id: bombings-2004
  kind: event
  name: Selm airliner bombings
  keywords: [Domodedovo]
  date: 2004-08-24
  sources: [{ title: t }]
`);
    const at = verdictOf(planes, "2015-11-18");
    const text = (when: string) => `The last time Russian airliners were brought down by bombs was in ${when}, when two planes from Domodedovo were blown up.`;
    expect(at(text("August 2004"), "August 2004")).toEqual(["unverified", "link.other-agrees"]);
    expect(at(text("March 2004"), "March 2004")).toEqual(["contradicted", "date.granularity"]);
  });
  it("leaves a day no entry bears out contradicted", () => {
    expect(of("Donors meeting in Geneva on Friday pledged $1.5 billion for Sudan.", "Friday")).toEqual(["contradicted", "date.granularity"]);
  });
});

describe("a part more than the whole its sentence gives it", () => {
  const attack = baseOf(`
- id: attack
  kind: event
  name: Valley attack
  date: 2023-03-09
  counts: { killed: { min: 10, max: 12 }, wounded: 91 }
  sources: [{ title: t }]
`);
  const of = verdictOf(attack, "2023-03-10");
  it("refutes itself, whatever the entry holds", () => {
    expect(of("Eleven soldiers were among 10 people killed in the Valley attack.", "Eleven soldiers")).toEqual(["contradicted", "count.part-over-whole"]);
    expect(of("The Valley attack injured 91 people, 114 of them critically.", "114")).toEqual(["contradicted", "count.part-over-whole"]);
  });
  it("says so, without a contradiction, when nothing is linked", () => {
    expect(of("Eleven soldiers were among 10 people killed.", "Eleven soldiers")).toEqual(["unverified", "count.part-over-whole"]);
  });
  it("leaves a part within its whole, or a whole with no upper bound, to the usual rules", () => {
    expect(of("Four soldiers were among 10 people killed in the Valley attack.", "Four soldiers")?.[1]).not.toBe("count.part-over-whole");
    expect(of("Eleven soldiers were among at least 10 people killed in the Valley attack.", "Eleven soldiers")?.[1]).not.toBe("count.part-over-whole");
  });
  it("refutes a part of a partitive larger than the set it gives", () => {
    const vote = baseOf(`
- id: assembly
  kind: event
  name: Selm assembly election
  date: 2011-05-05
  counts: { seat: { value: 60, groups: { Labour: 30 } } }
  sources: [{ title: t }]
`);
    const at = verdictOf(vote, "2011-05-07");
    expect(at("In the Selm assembly election, Labour won 63 of the 60 seats.", "63")).toEqual(["contradicted", "count.part-over-whole"]);
    expect(at("In the Selm assembly election, Labour won 30 of the 60 seats.", "30")?.[0]).not.toBe("contradicted");
  });
  it("takes the set of a partitive for no part exceeding the entry's figure when that figure is the part's", () => {
    const seats = (n: number) => baseOf(`
- id: election
  kind: event
  name: Selm general election
  date: 2018-05-09
  counts: { seat: { value: ${n}, groups: { Union: 79 } } }
  sources: [{ title: t }]
`);
    const text = (set: string) => `In the Selm general election, the alliance won 113 of the ${set} seats in parliament.`;
    expect(verdictOf(seats(113), "2018-05-17")(text("222"), "222 seats")).toEqual(["unverified", "count.partitive-set"]);
    // A base that keeps the whole set: more than it is false.
    expect(verdictOf(seats(222), "2018-05-17")(text("445"), "445 seats")).toEqual(["contradicted", "count.part-exceeds-whole"]);
  });
  it("does not compare a percentage with an entry named only in the paragraph before", () => {
    const polls = baseOf(`
- id: election-2013
  kind: event
  name: 2013 Selm election
  date: 2013-05-05
  counts: { percent: 47.38 }
  sources: [{ title: t }]
`);
    const at = verdictOf(polls, "2018-05-17");
    expect(at("The coalition won the 2013 Selm election with 47 percent.\n\nTurnout was about 82 percent this time.", "about 82 percent")).toEqual(["unverified", "count.percent-unnamed"]);
    expect(at("The coalition won the 2013 Selm election with 82 percent.", "82 percent")?.[0]).toBe("contradicted");
  });
  it("takes no percentage, and no set of those who did something, for a part of the count before it", () => {
    const votes = baseOf(`
- id: leave-vote
  kind: event
  name: Ostrelian leave vote
  date: 2016-06-23
  counts: { percent: { value: 51.9, groups: { leave: 51.9 } } }
  sources: [{ title: t }]
- id: treaty-vote
  kind: event
  name: Selm treaty referendum
  date: 2016-04-06
  counts: { percent: { value: 61, groups: { against: 61 } } }
  sources: [{ title: t }]
`);
    const at = verdictOf(votes, "2016-10-31");
    const text = "The bloc reels from the Ostrelian leave vote, backed by 52 percent of voters, and from the Selm treaty referendum, in which 61 percent of those who voted were against.";
    expect(at(text, "61 percent")?.[1]).not.toBe("count.part-over-whole");
    expect(of("The Valley attack wounded 91 people; 114 of those were soldiers.", "114")).toEqual(["contradicted", "count.part-over-whole"]);
  });
});

describe("objects of one casualty verb, each placed", () => {
  const crash = baseOf(`
- id: crash
  kind: event
  name: Gonesse Concorde crash
  keywords: [Concorde]
  date: 2000-07-25
  counts: { killed: 113 }
  sources: [{ title: t }]
`);
  const of = verdictOf(crash, "2000-07-27");
  it("are parts of the toll, not the toll", () => {
    const text = (n: string) => `The Concorde crashed on Tuesday, killing all ${n} people on board and four people on the ground.`;
    expect(of(text("109"), "killing all 109 people")).toEqual(["unverified", "count.part-of-whole"]);
    expect(of(text("209"), "killing all 209 people")).toEqual(["contradicted", "count.part-exceeds-whole"]);
    expect(of("The Concorde crashed on Tuesday, killing all 109 people.", "killing all 109 people")).toEqual(["contradicted", "count.exact"]);
    // What adds to a figure told before is a part of the whole too.
    expect(of("The Concorde toll rose on Tuesday after 14 more people died overnight in hospital.", "14 more people died")).toEqual(["unverified", "count.part-of-whole"]);
    expect(of("The Concorde toll rose on Tuesday after 140 more people died overnight in hospital.", "140 more people died")).toEqual(["contradicted", "count.part-exceeds-whole"]);
    expect(of("The Concorde crashed on Tuesday, and 14 people died.", "14 people died")).toEqual(["contradicted", "count.exact"]);
    // ...and so is what one witness saw.
    expect(of("After the Concorde crashed, one man said he had seen around 100 people killed.", "around 100 people killed")).toEqual(["unverified", "count.part-of-whole"]);
  });
});

describe("a toll told as it rises", () => {
  const quake = baseOf(`- { id: athens, kind: event, name: Athens earthquake, date: "1999-09-07", counts: { killed: 143 }, sources: [{ title: t }] }
`);
  it("is the day's toll in the event's first weeks, below an entry's figure that gives no date", () => {
    const early = verdictOf(quake, "1999-09-10");
    expect(early("The Athens earthquake toll rises to 95.", "toll rises to 95")).toEqual(["unverified", "count.running-toll"]);
    expect(early("The Athens earthquake toll rises to 195.", "toll rises to 195")).toEqual(["contradicted", "count.exact"]);
    expect(early("The Athens earthquake killed 95 people.", "killed 95 people")).toEqual(["contradicted", "count.exact"]);
    // Years on, a toll that rose is the final one.
    expect(verdictOf(quake, "2009-09-07")("The Athens earthquake toll rose to 95.", "toll rose to 95")).toEqual(["contradicted", "count.exact"]);
  });
  it("is compared with a history of figures as of its day", () => {
    const history = baseOf(`- { id: athens, kind: event, name: Athens earthquake, date: "1999-09-07", counts: { killed: [{ value: 120, as_of: "1999-09-09" }, { value: 143, as_of: "1999-10-01" }] }, sources: [{ title: t }] }
`);
    expect(verdictOf(history, "1999-09-10")("The Athens earthquake toll rises to 95.", "toll rises to 95")?.[0]).toBe("contradicted");
  });
});

describe("the size of a set someone owns", () => {
  const jets = baseOf(`
- id: programme
  kind: event
  name: Concorde programme
  keywords: [Concorde]
  date: 1969/2003
  counts: { aircraft: 20 }
  sources: [{ title: t }]
`);
  const of = verdictOf(jets, "2000-07-27");
  it("is that owner's part of what the entry counts", () => {
    expect(of("British Airways resumed Concorde flights after checks on its fleet of seven aircraft.", "seven aircraft")).toEqual(["unverified", "count.part-of-whole"]);
    expect(of("British Airways resumed Concorde flights after checks on its fleet of 27 aircraft.", "27 aircraft")?.[0]).toBe("contradicted");
    expect(of("Concorde flights were run with seven aircraft.", "seven aircraft")?.[0]).toBe("contradicted");
  });
});

describe("a share set off inside a count", () => {
  const siege = baseOf(`
- id: siege
  kind: event
  name: Harlow school siege
  date: 2004-09-03
  counts: { killed: { min: 331, max: 334, groups: { children: 186 } } }
  sources: [{ title: t }]
`);
  const of = verdictOf(siege, "2010-04-01");
  it("names no group of the count: the count is the whole", () => {
    expect(of("In the Harlow school siege, more than 330 hostages, about half of them children, died.", "more than 330 hostages, about half of them children, died")).toEqual(["supported", "count.more_than"]);
    expect(of("In the Harlow school siege, more than 330 children died.", "more than 330 children died")).toEqual(["contradicted", "count.more_than"]);
  });
});

describe("a date tied weakly by a keyword that is its own text", () => {
  const election = baseOf(`
- id: election-2012
  kind: event
  name: Estavian presidential election
  keywords: [Ilves, "2012"]
  date: "2012"
  sources: [{ title: t }]
`);
  const of = verdictOf(election, "2022-06-06");
  it("is not borne out by agreeing with itself (a year alone ties nothing)", () => {
    expect(of("The club lost finals in 2014 and 2012.", "2012")).toEqual(["unverified", "link.no-entry"]);
  });
  it("is when its sentence speaks of the entry and holds all its keywords", () => {
    expect(of("Ilves won the presidential election in 2012.", "2012")).toEqual(["supported", "date.granularity"]);
  });
});

describe("a percentage tied by one keyword", () => {
  const inflation = baseOf(`
- id: noravia-inflation
  kind: event
  name: Noravia consumer price inflation, May 2023
  keywords: [inflation]
  date: 2023-05
  counts: { percent: 12 }
  sources: [{ title: t }]
`);
  const of = verdictOf(inflation, "2023-05-11");
  it("is not borne out by a figure it may match by chance", () => {
    expect(of("The bank lifted its rate to 12 percent, as it tries to tame inflation.", "12 percent")).toEqual(["unverified", "count.percent-unnamed"]);
  });
  it("is when its sentence speaks of the entry's event", () => {
    expect(of("Consumer price inflation reached 12 percent in May.", "12 percent")).toEqual(["supported", "count.exact"]);
  });
});

describe("what the held-out articles taught", () => {
  const b = baseOf(`
- id: strike
  kind: event
  name: Vellmar port strike
  aliases: [port strike]
  date: 2024-11-19/2024-11-22
  counts: { port: 11 }
  sources: [{ title: t }]
- id: vote-2025
  kind: event
  name: 2025 Estrevian election
  aliases: [Estrevian election]
  date: 2025-05-11
  counts: { voter: { min: 2850000, max: 2900000, groups: { registered: 4700000 } } }
  sources: [{ title: t }]
- id: final-2019
  kind: event
  name: 2019 cup final
  aliases: [2019 final]
  date: 2019-05-26
  counts: { spectator: 19870 }
  sources: [{ title: t }]
- id: unga-2023
  kind: event
  name: UN General Assembly meeting of 2023
  aliases: [UN General Assembly]
  date: 2023-09
  sources: [{ title: t }]
- id: trial
  kind: event
  name: Porto Salvo bribery trial
  aliases: [bribery trial]
  date: 2022-10-11/2025-02-06
  sources: [{ title: t }]
- id: truce
  kind: event
  name: Lesno fighting
  aliases: [Lesno fighting]
  date: 2024-11-19
  sources: [{ title: t }]
`);
  const of = verdictOf(b, "2025-05-12");
  it("does not take the set a part is counted of for what happened to it", () => {
    const text = "The port strike has halted operations at 11 of the country's 14 commercial ports.";
    expect(of(text, "14 commercial ports")).toEqual(["unverified", "count.partitive-set"]);
    // (the part, equal to the whole the base gives, is no evidence either: see above)
    expect(of(text, "11")).toEqual(["unverified", "count.part-of-whole"]);
  });
  it("matches a group from the part's own words, not the set's", () => {
    const text = (set: string) => `In the Estrevian election, nearly 2.9 million of the country's ${set} registered voters cast a ballot.`;
    expect(of(text("4.7 million"), "nearly 2.9 million")).toEqual(["supported", "count.nearly"]);
    expect(of(text("4.7 million"), "4.7 million registered voters")).toEqual(["supported", "count.exact"]);
    expect(of(text("9.9 million"), "9.9 million registered voters")).toEqual(["contradicted", "count.exact"]);
  });
  it("takes an entry named right after a figure that is no claim for that figure's", () => {
    expect(of("A record 21,406 spectators watched, beating the mark of 19,870 set at the 2019 final.", "21,406 spectators")).toEqual(["unverified", "count.named-for-another"]);
  });
  it("lets a point of comparison that agrees with the entry date it, and not the other date", () => {
    expect(of("Tuesday's meeting was the first since September 2023, when they spoke at the UN General Assembly.", "Tuesday")).toEqual(["unverified", "date.other-agrees"]);
  });
  it("takes no day strictly inside a long period for evidence, but its start and end", () => {
    const of2 = verdictOf(b, "2025-02-06");
    expect(of2("The bribery trial ended on Thursday with 14 convictions.", "Thursday")).toEqual(["supported", "date.granularity"]);
    expect(of2("The bribery trial ended on Saturday with 14 convictions.", "Saturday")).toEqual(["unverified", "date.inside-period"]);
  });
  it("takes a day stated as a bound inside a period of more than a week for no evidence; another day inside a season bears it out", () => {
    const rescue = baseOf(`
- id: rescue
  kind: event
  name: Tham Luang cave rescue
  date: 2018-06-23/2018-07-10
  sources: [{ title: t }]
`);
    const of3 = verdictOf(rescue, "2018-07-11");
    expect(of3("The Tham Luang cave rescue ended on Tuesday.", "Tuesday")).toEqual(["supported", "date.granularity"]);
    expect(of3("The Tham Luang cave rescue ended on Thursday.", "Thursday")).toEqual(["unverified", "date.inside-period"]);
    // As the contract has it, an interval supports a date inside it — one not stated as its start or end, inside a
    // period of up to three months (a month or year inside up to a year).
    expect(of3("Divers in the Tham Luang cave rescue found the boys on July 2.", "July 2")).toEqual(["supported", "date.granularity"]);
    const war = baseOf(`
- id: war
  kind: event
  name: Selm war
  date: 2014-07-28/2018-11-11
  sources: [{ title: t }]
`);
    expect(verdictOf(war, "2019-01-01")("The Selm war saw its worst battle on June 3, 2016.", "June 3, 2016")).toEqual(["unverified", "date.inside-period"]);
  });
  it("takes the day of publication, for an event over before it, for the day's news of it", () => {
    const storm = baseOf(`
- id: tamsin
  kind: event
  name: Hurricane Tamsin
  aliases: [Tamsin]
  date: 2024-09-15
  sources: [{ title: t }]
`);
    const of2 = verdictOf(storm, "2024-09-16");
    expect(of2("Tamsin, downgraded to a tropical storm early on Monday, was moving north.", "Monday")).toEqual(["unverified", "date.news-of-the-day"]);
    expect(of2("Tamsin made landfall on Sunday.", "Sunday")).toEqual(["supported", "date.granularity"]);
    expect(of2("Tamsin made landfall on Saturday.", "Saturday")).toEqual(["contradicted", "date.granularity"]);
  });
  it("compares a count with an agreement's provisions only when its sentence speaks of the agreement", () => {
    const accord = baseOf(`
- id: accord
  kind: treaty
  name: Vienna Missile Accord
  keywords: [Drenia, Valmora]
  date: 2025-05-08
  counts: { launcher: 200 }
  sources: [{ title: t }]
`);
    const of2 = verdictOf(accord, "2025-05-09");
    expect(of2("Drenia and Valmora are believed to deploy about 260 launchers.", "about 260 launchers")).toEqual(["unverified", "link.weak"]);
    expect(of2("The accord between Drenia and Valmora caps them at 260 launchers each.", "260 launchers")?.[0]).toBe("contradicted");
  });
  it("does not compare a share restricted to a place the entry does not name", () => {
    const vote = baseOf(`
- id: vote
  kind: event
  name: Ostvald regional election
  aliases: [Ostvald election]
  date: 2024-10-06
  counts: { percent: { value: 52.8, groups: { turnout: 52.8 } } }
  sources: [{ title: t }]
`);
    const of2 = verdictOf(vote, "2024-10-07");
    expect(of2("In the Ostvald election, turnout was less than 40 percent in the three Limberg city districts.", "less than 40 percent")).toEqual(["unverified", "count.elsewhere"]);
    expect(of2("In the Ostvald election, turnout was 40 percent.", "40 percent")).toEqual(["contradicted", "count.exact"]);
  });
  it("does not take a capacity for what happened", () => {
    const boat = baseOf(`
- id: landing
  kind: event
  name: Marevento migrant landing
  keywords: [Marevento, migrants]
  date: 2024-07-10
  counts: { person: 160 }
  sources: [{ title: t }]
`);
    const of2 = verdictOf(boat, "2024-07-11");
    expect(of2("On Marevento, migrants crowded a reception centre built for 400 people.", "400 people")).toEqual(["unverified", "count.capacity"]);
    expect(of2("On Marevento, 400 people landed with the migrants.", "400 people")?.[0]).toBe("contradicted");
  });
  it("takes a group the figure is for as what it counts (\"designed for 900 inmates\")", () => {
    const prison = baseOf(`
- id: crowding
  kind: event
  name: Overcrowding at Kessing prison
  keywords: [Kessing, prison]
  date: 2025-02-10
  counts: { inmate: { value: 1400, groups: { designed: 900 } } }
  sources: [{ title: t }]
`);
    const of2 = verdictOf(prison, "2025-02-13");
    expect(of2("Kessing prison was designed for 900 inmates.", "900 inmates")).toEqual(["supported", "count.exact"]);
  });
  it("takes the new value of a change whose baseline the entry holds for another state's", () => {
    const census = baseOf(`
- id: census-2014
  kind: event
  name: 2014 Veland census
  keywords: [Veland, census]
  date: 2014-11
  counts: { percent: { value: 52, groups: { born abroad: 3.5 } } }
  sources: [{ title: t }]
`);
    const of2 = verdictOf(census, "2025-06-12");
    expect(of2("Since the Veland census, the share born abroad rose to 6.2 percent from 3.5 percent.", "6.2 percent")).toEqual(["unverified", "count.baseline-entry"]);
  });
  it("takes a one-word alias in lower case for no more evidence than a lone keyword", () => {
    const war = baseOf(`
- id: war
  kind: event
  name: Dobrovan region war
  aliases: [the war]
  date: 2022/2025-03-12
  sources: [{ title: t }]
`);
    expect(verdictOf(war, "2024-05-27")("The cup was suspended during the war and again in 2020.", "2020")).toEqual(["unverified", "link.weak"]);
  });
  it("takes a figure first reported on a date for a report's date, not the event's", () => {
    expect(of("The count, first reported as 1,452 in June, was revised up after the Lesno fighting.", "June")).toEqual(["unverified", "date.update"]);
  });
  it("does not compare a date inside a clause of since with the event", () => {
    const text = "The Lesno fighting was the worst since the neighbours agreed to a ceasefire three years ago.";
    expect(verdictOf(b, "2024-11-21")(text, "three years ago")).toEqual(["unverified", "date.since"]);
  });
});


describe("a total after a change", () => {
  const reserve = baseOf(`
- id: reserve-extension
  kind: event
  name: Varn reserve extension
  keywords: [reserve, extension]
  date: "2024-09-23"
  counts: { hectare: 12000 }
  sources: [{ title: t }]
`);
  const of = verdictOf(reserve, "2024-09-26");
  it("is no evidence against an entry that may hold the change, when it is more", () => {
    expect(of("The reserve extension added 12,000 hectares and brings the reserve to about 86,000 hectares.", "about 86,000 hectares")).toEqual(["unverified", "count.new-total"]);
  });
  it("is compared as usual otherwise", () => {
    expect(of("The reserve extension added 12,000 hectares.", "12,000 hectares")).toEqual(["supported", "count.exact"]);
    expect(of("The reserve extension added 19,000 hectares.", "19,000 hectares")).toEqual(["contradicted", "count.exact"]);
  });
});

describe("figures of another report or another side", () => {
  const clash = baseOf(`
- id: border-clash
  kind: event
  name: Sarak pass clash
  keywords: [Arkesh, Velmora]
  date: "2022-12-06"
  counts:
    killed: { min: 26, max: 31, groups: { Velmoran soldiers: 9 } }
  sources: [{ title: t }]
`);
  const of = verdictOf(clash, "2022-12-08");
  it("takes the figure a toll was revised from for an older report", () => {
    expect(of("Arkesh and Velmora clashed. The toll was revised sharply upwards from the eight dead announced on Wednesday.", "eight dead")).toEqual(["unverified", "count.revised-from"]);
  });
  it("takes what one side says it did to the other for that side's claim", () => {
    expect(of("Arkesh and Velmora clashed. The Arkeshi military said its troops had killed more than 40 Velmoran soldiers.", "killed more than 40 Velmoran soldiers")).toEqual(["unverified", "count.claimed-by-party"]);
    expect(of("Arkesh and Velmora clashed. Velmora's army said it had killed 35 Arkeshi servicemen.", "killed 35 Arkeshi servicemen")).toEqual(["unverified", "count.claimed-by-party"]);
  });
  it("still refutes the toll as the story states it", () => {
    expect(of("Arkesh and Velmora clashed, and 12 Velmoran soldiers were killed.", "12 Velmoran soldiers were killed")).toEqual(["contradicted", "count.exact"]);
  });
});

describe("the size of a body", () => {
  const vote = baseOf(`
- id: no-confidence
  kind: event
  name: Valdmark no-confidence vote
  keywords: [Valdmark, confidence]
  date: "2024-09-25"
  counts: { seat: 79, lawmaker: 79 }
  sources: [{ title: t }]
`);
  const of = verdictOf(vote, "2024-09-25");
  it("bears out an equal figure and refutes none", () => {
    expect(of("In Valdmark, 79 lawmakers in the 151-seat parliament backed the no-confidence motion.", "151-seat parliament")).toEqual(["unverified", "count.size"]);
    expect(of("In Valdmark, 79 lawmakers in the 79-seat parliament backed the no-confidence motion.", "79-seat parliament")).toEqual(["supported", "count.exact"]);
  });
  it("names no event of its own for the count before it", () => {
    expect(of("In Valdmark, 161 lawmakers in the 151-seat parliament voted for a motion of no confidence.", "161 lawmakers")).toEqual(["contradicted", "count.exact"]);
  });
  it("is compared when what it describes is the entry itself", () => {
    const accord = verdictOf(
      baseOf(`
- id: border-accord
  kind: treaty
  name: Velden Border Agreement
  date: "1985-06-14"
  counts: { article: 33 }
  sources: [{ title: t }]
`),
      "1985-06-15",
    );
    expect(accord("The Velden Border Agreement, a 69-article agreement, was signed on Friday.", "69-article agreement")).toEqual(["contradicted", "count.exact"]);
    expect(accord("The Velden Border Agreement, a 33-article agreement, was signed on Friday.", "33-article agreement")).toEqual(["supported", "count.exact"]);
    // A size of something else the sentence names stays the size of that thing.
    expect(accord("The Velden Border Agreement was signed aboard a 69-metre boat on Friday.", "69-metre boat")?.[0]).not.toBe("contradicted");
  });
});

describe("a date in a list of dates", () => {
  const heat = baseOf(`
- id: heat-wave-2024
  kind: event
  name: Castrel heat wave
  aliases: [heat wave]
  date: 2024-07-20/2024-07-25
  sources: [{ title: t }]
`);
  const of = verdictOf(heat, "2024-07-24");
  it("names other times when none of the list is the entry's", () => {
    expect(of("How the heat wave measures up against the deadly summers of 2003, 2019 and 2022.", "2019")).toEqual(["unverified", "date.list"]);
  });
  it("is compared as usual alone, or beside the entry's own date", () => {
    expect(of("The heat wave began in 2022.", "2022")).toEqual(["contradicted", "date.granularity"]);
    expect(of("The heat wave of 2024 recalled 2003, 2019 and 2022.", "2019")?.[1]).not.toBe("date.list");
  });
});

describe("an earlier estimate", () => {
  const storm = baseOf(`
- id: storm-damage
  kind: event
  name: Hurricane Delphine
  keywords: [Delphine]
  date: "2025-09-08"
  counts:
    home:
      - { value: 8000, as_of: "2025-09-10" }
      - { min: 17500, max: 17999, as_of: "2025-09-18" }
    killed: 21
  sources: [{ title: t }]
`);
  const of = verdictOf(storm, "2025-09-18");
  it("is borne out by an earlier figure of the entry", () => {
    expect(of("Delphine struck. An initial assessment published on Sept. 10 had put the number of damaged homes at around 8,000.", "number of damaged homes at around 8,000")).toEqual(["supported", "count.earlier-estimate"]);
  });
  it("is refuted when the entry keeps the figure's history and none of its figures is the estimate", () => {
    expect(of("Delphine struck. An initial assessment published on Sept. 10 had put the number of damaged homes at around 30,000.", "number of damaged homes at around 30,000")).toEqual(["contradicted", "count.earlier-estimate"]);
  });
  it("is neither when the entry has one figure only", () => {
    expect(of("Delphine struck. Earlier in the day the authorities had put the toll at 12.", "toll at 12")).toEqual(["unverified", "count.earlier-estimate"]);
  });
  it("is what a report had put the figure at, even with no word that it was earlier", () => {
    const ministry = (n: string) => `Delphine struck. On Saturday, the ministry had put the number of damaged homes at ${n}.`;
    expect(of(ministry("8,000"), "number of damaged homes at 8,000")).toEqual(["supported", "count.earlier-estimate"]);
    expect(of(ministry("30,000"), "number of damaged homes at 30,000")).toEqual(["contradicted", "count.earlier-estimate"]);
    // Not the clause after "but": "raised it to" is the new figure.
    expect(of("Delphine struck. The agency had put the toll at 12 on Tuesday but raised it to 35 overnight.", "raised it to 35")).toEqual(["contradicted", "count.exact"]);
  });
  it("is what a report put the figure at in the simple past, when the text after it says it was early", () => {
    expect(of("Delphine struck. Officials put the number of dead at 5 in the first days, a figure that later rose.", "number of dead at 5")).toEqual(["unverified", "count.earlier-estimate"]);
    expect(of("Delphine struck. Officials put the number of damaged homes at around 8,000 in the first week after the storm.", "number of damaged homes at around 8,000")).toEqual(["supported", "count.earlier-estimate"]);
    // Without such words, the figure is the entry's.
    expect(of("Delphine struck. Officials put the number of dead at 5.", "number of dead at 5")).toEqual(["contradicted", "count.exact"]);
  });
  it("is what the previous count said, when the clause names it after the figure", () => {
    const compared = (n: string) => `Delphine struck. The new figures compared with ${n} damaged homes and 12 dead in the previous official count.`;
    expect(of(compared("about 8,000"), "about 8,000 damaged homes")).toEqual(["supported", "count.earlier-estimate"]);
    expect(of(compared("about 30,000"), "about 30,000 damaged homes")).toEqual(["contradicted", "count.earlier-estimate"]);
    // Without the earlier count named, it is read against the latest figure, which an earlier one matching it only
    // leaves unverified.
    expect(of("Delphine struck. The new figures showed about 8,000 damaged homes.", "about 8,000 damaged homes")).toEqual(["unverified", "count.earlier-revision"]);
  });
  it("is what officials first said, and so is the figure a later correction refers back to", () => {
    const siege = baseOf(`
- id: siege
  kind: event
  name: Delphine theatre siege
  keywords: [Delphine]
  date: "2025-09-08"
  counts: { killed: { value: 130, groups: { hostage-takers: 41 } } }
  sources: [{ title: t }]
`);
    const at = verdictOf(siege, "2025-09-18");
    const told = (n: string) => `The Delphine siege ended. Officials initially said ${n} hostage-takers were killed in the raid, but later put the figure at 41.`;
    expect(at(told("50"), "50 hostage-takers were killed")).toEqual(["unverified", "count.earlier-estimate"]);
    // The correction counts the hostage-takers too, not the siege's dead: a part it does not name.
    expect(at(told("50"), "put the figure at 41")).toEqual(["unverified", "count.part-of-whole"]);
    expect(at("The Delphine siege ended. Officials said 50 hostage-takers were killed in the raid.", "50 hostage-takers were killed")).toEqual(["contradicted", "count.exact"]);
    expect(of("Delphine struck. Officials first said 30 people were killed.", "30 people were killed")).toEqual(["unverified", "count.earlier-estimate"]);
    // ...or what an earlier statement said, as its content.
    const revising = (n: string) => `The Delphine siege ended. Three gunmen were shot dead, the minister said, revising an earlier government statement that ${n} hostage-takers had been killed.`;
    expect(at(revising("50"), "50 hostage-takers had been killed")).toEqual(["unverified", "count.earlier-estimate"]);
    expect(at("The Delphine siege ended. The minister confirmed in a statement that 50 hostage-takers had been killed.", "50 hostage-takers had been killed")).toEqual(["contradicted", "count.exact"]);
  });
  it("is no estimate without an earlier report's cue or a figure noun", () => {
    expect(of("Delphine struck, and officials had put the toll at 21.", "toll at 21")).toEqual(["supported", "count.exact"]);
    expect(of("Delphine struck. An early report said state television had given the storm's victims 21 minutes.", "21")).not.toEqual(["supported", "count.earlier-estimate"]);
  });
});

describe("the figure before a change", () => {
  const quake = baseOf(`
- id: quake
  kind: event
  name: Nepal earthquake
  keywords: [Nepal, earthquake]
  date: "2015-04-25"
  counts:
    killed:
      - { value: 3726, as_of: "2015-04-27" }
      - { value: 4352, as_of: "2015-04-28" }
    seat: 51
  sources: [{ title: t }]
`);
  const of = verdictOf(quake, "2015-04-28");
  it("is borne out by an earlier figure of the entry", () => {
    expect(of("The toll of the Nepal earthquake rose to 4,352, up from 3,726 a day earlier.", "3,726")).toEqual(["supported", "count.earlier-estimate"]);
  });
  it("is refuted by a figure history that lacks it only when said to be an earlier report of the same figure", () => {
    expect(of("The toll of the Nepal earthquake rose to 4,352, up from 3,100 a day earlier.", "3,100")).toEqual(["contradicted", "count.earlier-estimate"]);
    expect(of("The toll of the Nepal earthquake rose to 4,352, up from 3,100 in the first count.", "3,100")).toEqual(["unverified", "count.earlier-estimate"]);
    // Right after the new figure ("rose to 4,352 from 3,726"), and as a report "announced" earlier.
    expect(of("The toll of the Nepal earthquake rose to 4,352 from 3,726 announced a day earlier.", "3,726")).toEqual(["supported", "count.earlier-estimate"]);
    expect(of("The toll of the Nepal earthquake rose to 4,352 from 3,100 announced a day earlier.", "3,100")).toEqual(["contradicted", "count.earlier-estimate"]);
    // Reported hours before the latest figure, the same day: a base keeps a figure a day, so its history says nothing.
    expect(of("The toll of the Nepal earthquake rose to 4,352 from 3,100 announced a few hours earlier.", "3,100")).toEqual(["unverified", "count.earlier-estimate"]);
  });
});

describe("a bound of a span", () => {
  const study = baseOf(`
- id: study
  kind: event
  name: Maria mortality study
  keywords: [study, deaths]
  date: "2018-08-28"
  sources: [{ title: t }]
`);
  const of = verdictOf(study, "2018-08-29");
  it("is compared only with an entry that is itself a span", () => {
    expect(of("The study estimated deaths from September 2017 through the end of February 2018.", "end of February 2018")).toEqual(["unverified", "date.period-bound"]);
    expect(of("The study estimated deaths from September 2017 through the end of February 2018.", "September 2017")).toEqual(["unverified", "date.period-bound"]);
    // Not "from" anything before a "to": "refugees from earlier waves … is a party to the 1951 convention".
    expect(of("Deaths from earlier storms were added to the July 2018 study.", "July 2018")?.[1]).not.toBe("date.period-bound");
  });
});

describe("a group named near a count of the whole", () => {
  const crash = baseOf(`
- id: crash
  kind: event
  name: Flight 17 crash
  keywords: [Flight, crash]
  date: "2014-07-17"
  counts:
    killed: { value: 298, groups: { Dutch: 196, Indonesia: 12 } }
  sources: [{ title: t }]
`);
  const of = verdictOf(crash, "2014-07-20");
  it('is not what "all" of them counts', () => {
    expect(of("A Dutch court ruled on the Flight 17 crash, killing all 298 people on board.", "killing all 298 people")).toEqual(["supported", "count.exact"]);
    // Those on board are a part of a toll that may count others, on the ground: fewer is no refutation, more is.
    expect(of("A Dutch court ruled on the Flight 17 crash, killing all 290 people on board.", "killing all 290 people")).toEqual(["unverified", "count.part-of-whole"]);
    expect(of("A Dutch court ruled on the Flight 17 crash, killing all 310 people aboard.", "killing all 310 people")).toEqual(["contradicted", "count.part-exceeds-whole"]);
    expect(of("A Dutch court ruled on the Flight 17 crash, killing all 290 people.", "killing all 290 people")).toEqual(["contradicted", "count.exact"]);
  });
  it("is not the place of the dateline", () => {
    expect(of("JAKARTA, Indonesia, July 20 (Reuters) - The Flight 17 crash killed 298 people.", "killed 298 people")).toEqual(["supported", "count.exact"]);
  });
});

describe("a group named between two coordinated counts", () => {
  const attacks = baseOf(`
- id: attacks
  kind: event
  name: Harbour City mosque attacks
  keywords: [Harbour, mosque]
  date: "2019-03-15"
  counts:
    killed: { value: 49, groups: { Al Noor: 41, Linwood: 7 } }
  sources: [{ title: t }]
`);
  const of = verdictOf(attacks, "2019-03-16");
  it("is the first count's: the bare count after it takes the group in its own phrase", () => {
    const text = (n: string) => `In Harbour City, 41 people were killed at the Al Noor mosque, near the centre, and ${n} at a mosque in the suburb of Linwood.`;
    expect(of(text("seven"), "seven")).toEqual(["supported", "count.exact"]);
    expect(of(text("17"), "17")?.[0]).toBe("unverified");
  });
});

describe("a vague count its own verb narrows", () => {
  const crash = baseOf(`
- id: crash
  kind: event
  name: Balasore train crash
  keywords: [Balasore, crash]
  date: "2023-06-02"
  counts: { killed: 275, train: 3 }
  sources: [{ title: t }]
`);
  const of = verdictOf(crash, "2023-06-04");
  it("may count another set of the thing: exceeding the entry's proves nothing", () => {
    expect(of("After the Balasore crash, the railways cancelled or diverted dozens of trains.", "dozens of trains")).toEqual(["unverified", "count.other-set"]);
    expect(of("After the Balasore crash, the railways cancelled or diverted 20 trains.", "20 trains")?.[0]).toBe("contradicted");
    // More than ten times the figure of an entry tied by keywords alone: another figure of the story.
    expect(of("After the Balasore crash, the railways cancelled or diverted 40 trains.", "40 trains")).toEqual(["unverified", "count.far"]);
  });
  it("and so may a vague count of a set someone owns", () => {
    const vote = baseOf(`
- id: assembly-vote
  kind: event
  name: Harlow assembly election
  keywords: [Harlow, assembly]
  date: "2011-10-23"
  counts: { member: { value: 217, groups: { Renewal: 90 } } }
  sources: [{ title: t }]
`);
    const at = verdictOf(vote, "2011-10-28");
    expect(at("Renewal won the Harlow assembly vote. Thousands of its members were jailed in the crackdown that followed.", "Thousands of its members")).toEqual(["unverified", "count.other-set"]);
    expect(at("Renewal won the Harlow assembly vote, in which thousands of members were elected.", "thousands of members")?.[0]).toBe("contradicted");
  });
});

describe("a weekday far from its entry's date", () => {
  const war = baseOf(`
- id: withdrawal
  kind: event
  name: Withdrawal from Kherstal
  aliases: [withdrawal from Kherstal]
  date: 2022-11-09/2022-11-11
  sources: [{ title: t }]
- id: fires
  kind: event
  name: Black Saturday fires
  aliases: [Black Saturday]
  date: "2009-02-07"
  sources: [{ title: t }]
- id: breach
  kind: event
  name: Selm dam breach
  aliases: [dam breach]
  date: "2023-06-06"
  sources: [{ title: t }]
`);
  it("dates another moment of the entry's story: a day of the story's week", () => {
    const at = verdictOf(war, "2023-06-08");
    expect(at("The withdrawal from Kherstal was followed by shelling on Wednesday.", "Wednesday")).toEqual(["unverified", "date.weekday-far"]);
    expect(verdictOf(war, "2010-02-08")("Black Saturday was remembered at services on Saturday.", "Saturday")).toEqual(["unverified", "date.weekday-far"]);
  });
  it("is compared with another entry named near it, of the story's week, instead", () => {
    const un = baseOf(`
- id: mission
  kind: event
  name: UN observer mission
  aliases: [observer mission]
  date: "2012-04-21"
  sources: [{ title: t }]
- id: massacre
  kind: event
  name: Taldou massacre
  date: "2012-05-25"
  sources: [{ title: t }]
`);
    const at = verdictOf(un, "2012-05-30");
    // The observer mission is named nearer the weekday, but began five weeks before.
    const text = (day: string) => `The Taldou massacre drew a visit from the observer mission on ${day}.`;
    expect(at(text("Friday"), "Friday")).toEqual(["supported", "date.granularity"]);
    expect(at(text("Monday"), "Monday")).toEqual(["contradicted", "date.granularity"]);
  });
  it("is compared as usual within two weeks of the entry's date", () => {
    expect(verdictOf(war, "2023-06-08")("The dam breach happened on Monday.", "Monday")).toEqual(["contradicted", "date.granularity"]);
  });
});

describe("a group only an earlier figure breaks down", () => {
  const quake = baseOf(`
- id: quake
  kind: event
  name: Atlas earthquake
  keywords: [Atlas, earthquake]
  date: "2023-09-08"
  counts:
    wounded:
      - { value: 2059, as_of: "2023-09-09", groups: { critically: 1404 } }
      - { value: 2421, as_of: "2023-09-10" }
  sources: [{ title: t }]
`);
  const of = verdictOf(quake, "2023-09-10");
  it("is compared with that figure's group, as of its report", () => {
    expect(of("After the Atlas earthquake, the ministry had put the injured at 2,059, with 1,404 people critically hurt.", "1,404 people critically hurt")).toEqual(["supported", "count.exact"]);
  });
  it("is a part of the latest whole otherwise: refuted only by exceeding it", () => {
    expect(of("After the Atlas earthquake, 1,900 people were critically hurt.", "1,900 people were critically hurt")).toEqual(["unverified", "count.part-of-whole"]);
    expect(of("After the Atlas earthquake, 2,900 people were critically hurt.", "2,900 people were critically hurt")).toEqual(["contradicted", "count.part-exceeds-whole"]);
  });
});

describe("a date the base keys an entry by", () => {
  const mine = baseOf(`
- id: mine-death
  kind: event
  name: Fatal accident at the San Jose mine
  keywords: [reopen, "2008"]
  date: "2007"
  sources: [{ title: t }]
`);
  const of = verdictOf(mine, "2010-10-14");
  it("is of something else the entry tells when the entry is dated otherwise", () => {
    expect(of("The mine was allowed to reopen in 2008 despite being closed after a worker died the previous year.", "2008")).toEqual(["unverified", "date.keyed-by-itself"]);
  });
  it("is compared when the keyword is only a part of it", () => {
    const part = baseOf(`
- id: protest
  kind: event
  name: Lisbon protest
  keywords: [protest, "2011"]
  date: "2011-05"
  sources: [{ title: t }]
`);
    expect(verdictOf(part, "2011-09-01")("The protest was held in July 2011 in Lisbon.", "July 2011")).toEqual(["contradicted", "date.granularity"]);
  });
});

describe("figures as a story tells them", () => {
  const ferry = baseOf(`
- id: sewol
  kind: event
  name: Sewol ferry sinking
  keywords: [Sewol]
  date: "2014-04-16"
  counts:
    killed: { value: 304, groups: { students: 250 } }
    missing: { value: 9, groups: { students: 4 } }
    pupil: 325
  sources: [{ title: t }]
- id: siege
  kind: event
  name: In Amenas hostage crisis
  keywords: [Amenas]
  date: "2013-01-16/2013-01-19"
  counts:
    killed:
      - { value: 23, as_of: "2013-01-19", groups: { militants: 32 } }
      - { value: 38, as_of: "2013-01-21", groups: { militants: 29 } }
  sources: [{ title: t }]
`);
  const of = verdictOf(ferry, "2014-11-11");
  it("reads a round figure in words as said rounded", () => {
    expect(of("At the Sewol verdict a mother cried: three hundred lives were lost.", "three hundred lives were lost")).toEqual(["supported", "count.exact"]);
    expect(of("At the Sewol verdict a mother cried: six hundred lives were lost.", "six hundred lives were lost")).toEqual(["contradicted", "count.exact"]);
  });
  it("takes no group from a part set off inside the count's text", () => {
    expect(of("Of the Sewol victims, nine people, including four students, are still missing.", "nine people, including four students, are still missing")).toEqual(["supported", "count.exact"]);
  });
  it("takes the set's noun as the part's when matching a group", () => {
    expect(of("On the Sewol, 250 of the 325 students died.", "250")).toEqual(["supported", "count.exact"]);
    expect(of("On the Sewol, 510 of the 325 students died.", "510")).not.toEqual(["supported", "count.exact"]);
  });
  it("finds an earlier figure of the claim's group", () => {
    expect(verdictOf(ferry, "2013-01-21")("At In Amenas, the ministry had put the number of hostages killed at 23, and said 32 militants had died.", "32 militants had died")).toEqual(["unverified", "count.earlier-revision"]);
  });
});

describe("figures reported the same day", () => {
  const crush = baseOf(`
- id: crush
  kind: event
  name: Itaewon crowd crush
  keywords: [Itaewon]
  date: "2022-10-29"
  counts:
    killed:
      - { value: 59, as_of: "2022-10-30" }
      - { value: 149, as_of: "2022-10-30" }
      - { value: 153, as_of: "2022-10-30" }
      - { value: 158, as_of: "2022-11-05" }
  sources: [{ title: t }]
`);
  const of = verdictOf(crush, "2022-10-30");
  it("are all the figure as of that day: a live blog may tell an earlier one", () => {
    expect(of("In Itaewon, the toll has risen to 149.", "toll has risen to 149")).toEqual(["supported", "count.exact"]);
    expect(of("In Itaewon, the toll has risen to 153.", "toll has risen to 153")).toEqual(["supported", "count.exact"]);
    expect(of("In Itaewon, the toll has risen to 298.", "toll has risen to 298")).toEqual(["contradicted", "count.exact"]);
  });
  it("but a figure of an earlier day is not the day's", () => {
    expect(verdictOf(crush, "2022-11-06")("In Itaewon, the toll has risen to 149.", "toll has risen to 149")).not.toEqual(["supported", "count.exact"]);
  });
});

describe("what was promised", () => {
  const rebuild = baseOf(`
- id: rebuild
  kind: event
  name: quake reconstruction
  keywords: [quake, homes]
  date: "2024-02"
  counts: { home: 46000 }
  sources: [{ title: t }]
`);
  it("is not what was done: never refuted by it", () => {
    expect(verdictOf(rebuild, "2024-02-06")("After the quake Erdogan had promised 319,000 new homes by February 2024.", "319,000 new homes")).toEqual(["unverified", "count.capacity"]);
  });
  it("nor is what is required, within the entry's figure", () => {
    expect(verdictOf(rebuild, "2024-02-06")("After the quake, rules will require 9,000 new homes to be built to code.", "9,000 new homes")).toEqual(["unverified", "count.capacity"]);
  });
});

describe("a count whose clause is dated years from the entry named after it", () => {
  const treaty = baseOf(`
- id: founding-treaty
  kind: treaty
  name: Treaty of Valmont
  aliases: [the bloc's founding treaty]
  date: 1957-03-25
  counts: { country: 6 }
  sources: [{ title: t }]
`);
  const of = verdictOf(treaty, "2017-03-25");
  it("does not compare it: the entry is named in a clause of its own", () => {
    expect(of("Leaders of 27 countries gathered on Saturday in the hall where the bloc's founding treaty was signed.", "27 countries")).toEqual(["unverified", "count.other-clause"]);
  });
  it("compares it when its clause names the entry, or the date agrees", () => {
    expect(of("Leaders of 27 countries signed the bloc's founding treaty on Saturday.", "27 countries")?.[0]).toBe("contradicted");
    expect(of("Leaders of 27 countries gathered in 1957 in the hall where the bloc's founding treaty was signed.", "27 countries")?.[0]).toBe("contradicted");
  });
});

describe("a week's date that owns the entry's event", () => {
  const quake = baseOf(`
- id: tainan-quake
  kind: event
  name: Meinong earthquake
  keywords: [Tainan]
  date: "2016-02-06"
  counts: { killed: 116 }
  sources: [{ title: t }]
`);
  const of = verdictOf(quake, "2016-02-14");
  it("is the entry's date, so another date of the sentence dates something else", () => {
    expect(of("In Tainan, rescuers ended their search on Saturday, bringing the toll from last week's earthquake to 116.", "Saturday")).toEqual(["unverified", "date.other-agrees"]);
  });
  it("is not, when it owns another kind of thing", () => {
    expect(of("In Tainan, rescuers ended their search on Saturday, after last week's meeting.", "Saturday")?.[1]).not.toBe("date.other-agrees");
  });
});

describe("a count under a condition", () => {
  const bloc = baseOf(`
- id: enlargement
  kind: event
  name: Valdoria bloc enlargement
  keywords: [Valdoria, bloc]
  date: "1995-01-01"
  counts: { member: 15 }
  sources: [{ title: t }]
`);
  const of = verdictOf(bloc, "1994-11-14");
  it("is a possibility, not a finding", () => {
    expect(of("If Norway also votes yes, the Valdoria bloc will grow to 16 members.", "16 members")).toEqual(["unverified", "count.conditional"]);
    expect(of("The Valdoria bloc will grow to 16 members if Norway votes yes.", "16 members")?.[0]).toBe("contradicted");
  });
  it("is compared when stated as what is", () => {
    expect(of("The Valdoria bloc grew to 16 members.", "16 members")).toEqual(["contradicted", "count.exact"]);
    // A relative clause between the modal and the count states a fact.
    expect(of("If confirmed, it would make the crisis comparable to the Valdoria bloc enlargement, which brought in 16 members.", "16 members")?.[1]).not.toBe("count.conditional");
  });
});

describe("a count of a set from another time", () => {
  const influx = baseOf(`
- id: influx
  kind: event
  name: Dasorian refugee influx
  keywords: [Dasorian, refugees]
  date: 2021-10-12
  counts: { refugee: 15000 }
  sources: [{ title: t }]
`);
  const of = verdictOf(influx, "2021-10-13");
  it("is not the entry's figure when its words say so", () => {
    expect(of("Velten already hosts more than 120,000 Dasorian refugees from earlier waves of fighting.", "more than 120,000 Dasorian refugees")).toEqual(["unverified", "count.earlier-set"]);
    expect(of("Velten now hosts more than 120,000 Dasorian refugees.", "more than 120,000 Dasorian refugees")?.[0]).toBe("contradicted");
  });
});
