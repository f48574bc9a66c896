import { describe, expect, it } from "vitest";
import { check } from "../../../src/index.js";
import { baseOf } from "../../helpers/base.js";
import { trailLines, trailOf } from "../../../src/report/explain.js";

const base = baseOf(`
- id: clashes-2022
  kind: event
  name: September 2022 Armenia–Azerbaijan border clashes
  aliases: [border clashes]
  keywords: [Armenia, Azerbaijan]
  date: 2022-09-12/2022-09-14
  counts:
    killed: { value: 286, groups: { Armenian soldiers: 207 } }
  sources: [{ title: t }]
- id: summit-2022
  kind: event
  name: CSTO summit in Yerevan
  keywords: [CSTO, summit, Yerevan]
  date: 2022-11-23
  counts: { document: 2 }
  sources: [{ title: t }]
- id: quake-2023
  kind: event
  name: Turkey earthquake
  keywords: [Turkey, earthquake]
  date: 2023-02-06
  counts: { killed: 50000 }
  sources: [{ title: t }]
- id: quake-2023-dup
  kind: event
  name: Kahramanmaras earthquake
  keywords: [Turkey, earthquake]
  date: 2023-02-06
  counts: { killed: 50000 }
  sources: [{ title: t }]
`);

function findings(text: string, published: string | null = "2023-02-02") {
  const [file] = check([{ path: "a.txt", text, published }], base);
  return file!.findings.map((f) => ({ text: f.claim.text, verdict: f.verdict, entry: f.entry?.id ?? null, rule: f.rule }));
}

describe("linking (CONTRACT §2)", () => {
  it("links by keywords in the paragraph", () => {
    expect(findings("Armenia and Azerbaijan clashed again. About 300 people died on both sides.")).toEqual([
      { text: "About 300 people died", verdict: "supported", entry: "clashes-2022", rule: "count.about" },
    ]);
  });

  it("prefers an entry whose date agrees with a date in the sentence", () => {
    const got = findings("At the CSTO summit in Yerevan, Armenia refused to condemn Azerbaijan; the summit was held on November 23.");
    expect(got.find((f) => f.text === "November 23")).toMatchObject({ entry: "summit-2022", verdict: "supported" });
  });

  it("takes the entry that holds the measure", () => {
    const got = findings("In Yerevan, Armenia and Azerbaijan were discussed at the CSTO summit, where two documents were left unsigned.");
    expect(got.find((f) => f.text.startsWith("two documents"))).toMatchObject({ entry: "summit-2022", verdict: "supported" });
  });

  it("says ambiguous when two entries fit equally", () => {
    const got = findings("The earthquake in Turkey killed more than 40,000 people.");
    expect(got[0]).toMatchObject({ verdict: "unverified", entry: null, rule: "link.ambiguous" });
  });

  it("links a count to the paragraph before as the story going on, and never further", () => {
    expect(findings("Armenia and Azerbaijan met.\n\nAbout 300 people died.")[0]).toMatchObject({ entry: "clashes-2022", verdict: "supported" });
    expect(findings("Armenia and Azerbaijan met.\n\nAbout 900 people died.")[0]).toMatchObject({ entry: "clashes-2022", verdict: "contradicted", rule: "count.about" });
    expect(findings("Armenia and Azerbaijan met.\n\nThe weather was fine.\n\nAbout 300 people died.")[0]).toMatchObject({ entry: null, rule: "link.no-entry" });
  });

  it("does not go on with an entry the paragraph before names only as a point of comparison", () => {
    const storms = baseOf(`
- id: katrina
  kind: event
  name: Hurricane Katrina
  aliases: [Katrina]
  date: 2005-08-29
  counts: { killed: 1836 }
  sources: [{ title: t }]
`);
    const count = (text: string) => check([{ path: "a.txt", text, published: "2018-08-28" }], storms)[0]!.findings.filter((f) => f.claim.kind === "count").at(-1)!;
    expect(count("The storm was far deadlier than Hurricane Katrina.\n\nThe governor updated the death toll to 2,975.")).toMatchObject({ verdict: "unverified", rule: "link.no-entry" });
    expect(count("The storm struck after Hurricane Katrina.\n\nThe governor updated the death toll to 2,975.")).toMatchObject({ verdict: "contradicted" });
  });

  it("compares a count tied by some keywords of an entry the article states other claims of, only close to its figure", () => {
    const told = "The border clashes killed about 300 people.\n\n";
    expect(findings(`${told}In Armenia, 500 people died.`)[1]).toMatchObject({ entry: "clashes-2022", verdict: "contradicted", rule: "count.exact" });
    expect(findings(`${told}In Armenia, 286 people died.`)[1]).toMatchObject({ entry: "clashes-2022", verdict: "supported" });
    expect(findings(`${told}In Armenia, 5,000 people died.`)[1]).toMatchObject({ entry: "clashes-2022", verdict: "unverified", rule: "count.far" });
    // An entry the article says nothing else of may be another story's that shares a word.
    expect(findings("Talks went on.\n\nIn Armenia, 500 people died.")[0]).toMatchObject({ entry: "clashes-2022", verdict: "unverified", rule: "link.weak" });
  });

  it("compares a count of a sentence dated after the entry, as the event's aftermath, unless an action of the day narrows it", () => {
    // Keywords in the paragraph; the sentence dated after the clashes (by publication): the toll still.
    expect(findings("Armenia and Azerbaijan traded blame. By October 3, about 900 people had died.").find((f) => f.text.includes("900"))).toMatchObject({ verdict: "contradicted", rule: "count.about" });
    // Dated before it: another event's.
    expect(findings("Armenia and Azerbaijan traded blame. In May 2016, about 900 people died.").find((f) => f.text.includes("900"))).toMatchObject({ verdict: "unverified", rule: "link.weak" });
    const summit = "Armenia refused to sign at the CSTO summit in Yerevan.";
    expect(findings(`${summit} There were five documents on the table on November 25.`).find((f) => f.text.includes("five"))).toMatchObject({ entry: "summit-2022", verdict: "contradicted" });
    expect(findings(`${summit} On November 25, aides drafted five documents.`).find((f) => f.text.includes("five"))).toMatchObject({ entry: "summit-2022", verdict: "unverified", rule: "link.weak" });
  });

  it("does not refute through such a link what the article's main entry does not refute", () => {
    const two = baseOf(`
- id: strike
  kind: event
  name: Dobrovan drone strike
  aliases: [Dobrovan strike]
  date: 2025-03-11
  counts: { killed: [{ value: 9, as_of: 2025-03-11 }, { value: 14, as_of: 2025-03-12 }] }
  sources: [{ title: t }]
- id: lisova
  kind: event
  name: Lisova drone attack
  keywords: [Lisova, drone]
  date: 2024-10
  counts: { killed: 4 }
  sources: [{ title: t }]
`);
    const text = (n: string) =>
      `The Dobrovan strike killed 14 people, officials said. The Dobrovan strike was the worst this year.\n\nA Lisova drone attack in October killed 4.\n\nIn Lisova, rescuers said an earlier count had put the death toll at ${n}.\n`;
    const toll = (n: string) => check([{ path: "a.txt", text: text(n), published: "2025-03-12" }], two)[0]!.findings.find((f) => f.claim.text.includes(`toll at ${n}`))!;
    // An earlier count, borne out by the main entry's earlier figure.
    expect([toll("nine").verdict, toll("nine").rule]).toEqual(["supported", "count.earlier-estimate"]);
    expect(toll("thirty").verdict).not.toBe("supported");
  });
  it("links a count of a sentence dated to another time to the paragraph before only weakly", () => {
    const got = findings("Armenia and Azerbaijan met.\n\nIn May 2016, about 900 people died.");
    expect(got.find((f) => f.text.includes("900"))).toMatchObject({ entry: "clashes-2022", verdict: "unverified", rule: "link.weak" });
  });

  it("links a date to the paragraph before only weakly (to bear it out, never to refute it)", () => {
    expect(findings("Armenia and Azerbaijan clashed.\n\nFighting began on September 12.")[0]).toMatchObject({ entry: "clashes-2022", verdict: "supported" });
    expect(findings("Armenia and Azerbaijan clashed.\n\nFighting began on October 12.")[0]).toMatchObject({ entry: "clashes-2022", verdict: "unverified", rule: "link.weak" });
  });

  it("never compares a reporting date", () => {
    const got = findings("Armenia said on Tuesday that Azerbaijan had attacked its border posts.");
    expect(got[0]).toMatchObject({ text: "Tuesday", verdict: "unverified", rule: "date.reporting" });
  });

  it("does not contradict a date tied by keywords only when its sentence speaks of something else", () => {
    const got = findings("Armenia and Azerbaijan agreed in Prague in October to work towards a peace deal.");
    expect(got.find((f) => f.text === "October")).toMatchObject({ verdict: "unverified", rule: "link.weak" });
  });

  it("contradicts a date when the sentence speaks of the entry's event", () => {
    const got = findings("Armenia and Azerbaijan fought heavy border clashes in October last year.");
    expect(got.find((f) => f.text === "October last year")).toMatchObject({ verdict: "contradicted", entry: "clashes-2022" });
  });

  it("compares a part of the toll only with its group, or only when it exceeds the whole", () => {
    const got = findings("In the fighting between Armenia and Azerbaijan, 207 Armenian soldiers and 40 Azerbaijani soldiers were killed.");
    expect(got).toEqual([
      { text: "207 Armenian soldiers", verdict: "supported", entry: "clashes-2022", rule: "count.exact" },
      { text: "40 Azerbaijani soldiers were killed", verdict: "unverified", entry: "clashes-2022", rule: "count.part-of-whole" },
    ]);
  });
});

describe("same-name agreements", () => {
  const treaties = baseOf(`
- id: alma-ata-1978
  kind: treaty
  name: Declaration of Alma-Ata
  aliases: [Alma-Ata Declaration]
  keywords: [primary health care]
  date: 1978-09-12
  place: Alma-Ata
  sources: [{ title: t }]
- id: alma-ata-1991
  kind: treaty
  name: Alma-Ata Protocol
  aliases: [Alma-Ata Declaration, Alma Ata Declaration]
  date: 1991-12-21
  place: Alma-Ata
  parties: [Armenia, Azerbaijan, Russia]
  sources: [{ title: t }]
`);
  const link = (text: string) => check([{ path: "a.txt", text, published: "2023-02-02" }], treaties)[0]!.findings.filter((f) => f.claim.kind === "treaty").map((f) => [f.claim.text, f.entry?.id ?? null, f.verdict]);

  it("tells them apart by the stated year", () => {
    expect(link("They cited the Alma-Ata Declaration of 1978.")).toEqual([["Alma-Ata Declaration of 1978", "alma-ata-1978", "supported"]]);
    expect(link("They cited the Alma-Ata Declaration of 1991.")).toEqual([["Alma-Ata Declaration of 1991", "alma-ata-1991", "supported"]]);
  });
  it("normalises case, dashes, spaces and a leading 'the' in names", () => {
    expect(link("They cited the Alma Ata Declaration of 1991.")[0]?.[1]).toBe("alma-ata-1991");
    expect(link("They cited the Alma–Ata Declaration of 1991.")[0]?.[1]).toBe("alma-ata-1991");
  });
  it("uses the paragraph's parties to pick one when no year is stated, and remembers it", () => {
    expect(link("Armenia and Azerbaijan invoked the Alma-Ata Declaration. Russia agreed.")).toEqual([["Alma-Ata Declaration", "alma-ata-1991", "supported"]]);
    expect(link("They cited the Alma-Ata Declaration of 1991.\n\nLater, the Alma-Ata Declaration was quoted again.")).toEqual([
      ["Alma-Ata Declaration of 1991", "alma-ata-1991", "supported"],
      ["Alma-Ata Declaration", "alma-ata-1991", "supported"],
    ]);
  });
  it("stays ambiguous when nothing tells them apart", () => {
    expect(link("The Alma-Ata Declaration was quoted.")).toEqual([["Alma-Ata Declaration", null, "unverified"]]);
  });
  it("contradicts a wrong year only against the entry the context points to", () => {
    expect(link("Armenia and Azerbaijan invoked the Alma-Ata Declaration of 1992.")).toEqual([["Alma-Ata Declaration of 1992", "alma-ata-1991", "contradicted"]]);
  });
});

describe("keywords many entries share", () => {
  const many = Array.from(
    { length: 60 },
    (_, i) => `
- id: flood-${i}
  kind: event
  name: Flood number ${i}
  keywords: [flood, Town${i}]
  date: 2020-01-01
  counts: { killed: ${10 + i} }
  sources: [{ title: t }]`,
  ).join("");
  const floods = baseOf(many);
  const link = (text: string) => check([{ path: "a.txt", text, published: "2023-02-02" }], floods)[0]!.findings.map((f) => [f.claim.text, f.entry?.id ?? null, f.verdict, f.rule]);

  it("still link an entry whose every keyword is in the paragraph", () => {
    expect(link("The flood in Town7 killed 17 people.")).toEqual([["killed 17 people", "flood-7", "supported", "count.exact"]]);
  });
  it("are no partial candidate by themselves: a word sixty entries share names none of them", () => {
    expect(link("The flood killed 17 people.")).toEqual([["killed 17 people", null, "unverified", "link.no-entry"]]);
  });
  it("leave an entry's rarer keyword a partial candidate", () => {
    const r = link("Town7 counted 17 dead.");
    expect(r[0]?.[1]).toBe("flood-7");
  });
});

describe("a year among an entry's keywords", () => {
  const years = baseOf(`
- id: avalanche-deaths-2023
  kind: event
  name: Avalanche deaths nationwide
  keywords: [avalanches, "2023"]
  date: "2023"
  counts: { killed: 21 }
  sources: [{ title: t }]`);
  const link = (text: string) => check([{ path: "a.txt", text, published: "2023-11-02" }], years)[0]!.findings.map((f) => [f.claim.text, f.entry?.id ?? null, f.verdict]);
  it("is no partial candidate alone: a year is in many stories", () => {
    expect(link("TARNHOLM, 2 November 2023 - Ardent leads with three weeks to go before the November 22 election.")).toEqual([
      ["2 November 2023", null, "unverified"],
      ["November 22", null, "unverified"],
    ]);
  });
  it("still ties a claim with the entry's other keyword", () => {
    expect(link("Avalanches killed 21 people in 2023.").map((r) => r[1])).toContain("avalanche-deaths-2023");
  });
});

describe("keywords written as a country or as its people", () => {
  const nations = baseOf(`
- id: sotk
  kind: event
  name: Sotk border clash
  keywords: [Azerbaijani, Armenia, clash]
  counts: { killed: 5 }
  sources: [{ title: t }]
- id: strike
  kind: event
  name: Turkey strike
  keywords: [Turkey, Kurdish]
  counts: { killed: 12 }
  sources: [{ title: t }]
`);
  /** Claim, verdict, entry and how strongly it is linked ("stated": every keyword found; "weak": some). */
  const linked = (text: string) => check([{ path: "a.txt", text, published: "2023-05-12" }], nations)[0]!.findings.map((f) => [f.claim.text, f.verdict, f.entry?.id ?? null, f.link.link?.strength ?? null]);

  it("match either form: Azerbaijan for Azerbaijani, Armenian for Armenia, Turkish for Turkey", () => {
    expect(linked("Azerbaijan and Armenian officials traded blame as the border clash killed five.")).toEqual([["killed five", "supported", "sotk", "stated"]]);
    expect(linked("Turkish jets struck Kurdish positions, killing 12 people.")).toEqual([["killing 12 people", "supported", "strike", "stated"]]);
  });

  it("match only capitalised words", () => {
    expect(linked("An azerbaijan trader said the armenian clash killed five.")).toEqual([["killed five", "supported", "sotk", "weak"]]);
    expect(linked("Azerbaijan and Armenian officials said the clash killed five.")).toEqual([["killed five", "supported", "sotk", "stated"]]);
  });
});

describe("headlines restate the lede", () => {
  const story = (headline: string, lede = "At least 200 Armenian soldiers were killed in the border clashes on Tuesday, officials said.") =>
    `${headline}\n\nYEREVAN (Reuters) - ${lede} The fighting was the worst in two years, and talks are due to resume on Friday in the capital.\n`;
  const headCount = (text: string) => findings(text, "2022-09-15").find((f) => f.text.includes("soldiers") && text.indexOf(f.text) < text.indexOf("\n"));

  it("links a headline's count as the lede's count of the same noun", () => {
    // ...and with it the lede's group ("Armenian soldiers").
    expect(headCount(story("207 soldiers dead as fighting flares"))).toMatchObject({ verdict: "supported", entry: "clashes-2022" });
    expect(headCount(story("400 soldiers dead as fighting flares"))).toMatchObject({ verdict: "contradicted", entry: "clashes-2022", rule: "count.exact" });
  });
  it("does not link a headline's count to a lede count of another noun, or beyond the lede", () => {
    // Not compared with the lede's group: the article's main entry takes it as a part of its whole toll (286), which 400 exceeds.
    expect(headCount(story("400 soldiers dead as fighting flares", "At least 200 Armenian villages were shelled in the border clashes on Tuesday, officials said."))?.rule).toBe("count.part-exceeds-whole");
    const later = `207 soldiers dead as fighting flares\n\n${"The region has been tense for weeks, residents say. ".repeat(3)}\n\n${"Talks are planned, diplomats say. ".repeat(3)}\n\n${"Markets were calm, traders said. ".repeat(3)}\n\nAt least 200 Armenian soldiers were killed in the border clashes on Tuesday.\n`;
    expect(headCount(later.replace("207 soldiers", "400 soldiers"))?.rule).toBe("count.part-exceeds-whole");
    expect(headCount(later.replace("207 soldiers", "250 soldiers"))?.rule).toBe("count.part-of-whole");
  });
  it("keeps a headline's own stated link", () => {
    expect(headCount(story("Border clashes: 207 Armenian soldiers dead"))).toMatchObject({ verdict: "supported", entry: "clashes-2022", rule: "count.exact" });
  });
});

describe("an entry fully keyed only in the headline", () => {
  const referendum = baseOf(`
- id: estavia-referendum
  kind: event
  name: Estavia treaty referendum
  keywords: [Estavia, referendum]
  date: 2025-02-16
  counts: { ballot: 3600000 }
  sources: [{ title: t }]
`);
  it("is the article's main entry for the counts of its body", () => {
    const text = "# Estavia backs sea border treaty with 54.3 percent in referendum\n\nVoters approved the treaty on Sunday.\n\nSome 3.6 million ballots were cast.\n";
    const f = check([{ path: "a.md", text, published: "2025-02-17" }], referendum)[0]!.findings.find((x) => x.claim.text === "Some 3.6 million ballots")!;
    expect([f.verdict, f.entry?.id]).toEqual(["supported", "estavia-referendum"]);
    const wrong = check([{ path: "a.md", text: text.replace("3.6 million", "4.9 million"), published: "2025-02-17" }], referendum)[0]!.findings.find((x) => x.claim.text === "Some 4.9 million ballots")!;
    expect([wrong.verdict, wrong.entry?.id]).toEqual(["contradicted", "estavia-referendum"]);
  });
});

describe("the article's main entry called by a common word", () => {
  const fire = baseOf(`
- id: tower-fire
  kind: event
  name: Harbour Tower fire
  aliases: [blaze]
  date: 2017-06-14
  counts: { killed: 17, flat: 120 }
  sources: [{ title: t }]
`);
  const verdicts = (last: string) =>
    check([{ path: "a.txt", text: `The Harbour Tower fire killed 17 people on Wednesday.\n\nThe Harbour Tower fire started on a lower floor.\n\n${last}\n`, published: "2017-06-15" }], fire)[0]!.findings.map((f) => [f.claim.text, f.verdict, f.rule]);

  it("states a count of it: the story's event as the story calls it", () => {
    expect(verdicts("The blaze tore through the 120 flats of the block.")).toContainEqual(["120 flats", "supported", "count.exact"]);
    expect(verdicts("The blaze tore through the 300 flats of the block.")).toContainEqual(["300 flats", "contradicted", "count.exact"]);
  });
  it("states a date of that very noun", () => {
    expect(verdicts("Firefighters fought the blaze of 14 June for 60 hours.")).toContainEqual(["14 June", "supported", "date.granularity"]);
    expect(verdicts("Firefighters fought the blaze of 16 June for 60 hours.")).toContainEqual(["16 June", "contradicted", "date.granularity"]);
  });
  it("does not, when the sentence is dated apart: another blaze", () => {
    expect(verdicts("In 1987 a blaze at King's Cross killed 31 people.")).toContainEqual(["killed 31 people", "unverified", "link.weak"]);
  });
});

describe("the article's main entry", () => {
  const REFERENDUM = `
- id: referendum
  kind: event
  name: Estavia term-limits referendum
  aliases: [term-limits referendum]
  date: 2022-09-24
  counts: { vote: 1860000, ballot: 23000 }
  sources: [{ title: t }]
`;
  const vote = baseOf(`${REFERENDUM}- id: other
  kind: event
  name: Estavia judicial reform referendum
  aliases: [judicial reform referendum]
  date: 2015-05-10
  counts: { vote: 2000000 }
  sources: [{ title: t }]
`);
  const story = (facts: string) =>
    `Estavians backed the term-limits referendum on 24 September. Some 23,000 ballots were spoiled in the term-limits referendum.\n\nKey facts:\n\n${facts}\n`;
  const verdicts = (text: string) =>
    check([{ path: "a.md", text, published: "2022-09-26" }], vote)[0]!.findings.map((f) => ({ text: f.claim.text, verdict: f.verdict, entry: f.entry?.id ?? null, rule: f.rule }));

  it("bears out a claim named near no entry when its sentence speaks of the main entry's kind of event", () => {
    const found = verdicts(story("- About 1.86 million votes were cast in Saturday's referendum"));
    expect(found).toContainEqual(expect.objectContaining({ text: "Saturday", verdict: "supported", entry: "referendum" }));
    expect(found).toContainEqual(expect.objectContaining({ text: "About 1.86 million votes", verdict: "supported", entry: "referendum" }));
  });
  it("prefers the entry a date claim agrees with itself to one another date of its sentence agrees with", () => {
    const text = "The term-limits referendum was held in 2022; the judicial reform referendum in 2015.";
    expect(verdicts(text).map((f) => [f.text, f.verdict, f.entry])).toEqual([["2022", "supported", "referendum"], ["2015", "supported", "other"]]);
    expect(check([{ path: "a.md", text, published: "2022-09-26" }], vote)[0]!.inconsistencies).toEqual([]);
  });
  it("bears out a claim tied weakly to another entry by part of its keywords, when the other does not", () => {
    const withRecount = baseOf(`${REFERENDUM}- id: recount
  kind: event
  name: Estavia recount of 2019
  keywords: [votes, recount]
  date: 2019-03-01
  counts: { vote: 5000 }
  sources: [{ title: t }]
`);
    const text = story("- About 1.86 million votes were cast in the referendum");
    const f = check([{ path: "a.md", text, published: "2022-09-26" }], withRecount)[0]!.findings.find((x) => x.claim.text === "About 1.86 million votes")!;
    expect([f.verdict, f.entry?.id]).toEqual(["supported", "referendum"]);
    const wrong = check([{ path: "a.md", text: text.replace("1.86 million", "9,000"), published: "2022-09-26" }], withRecount)[0]!.findings.find((x) => x.claim.text === "About 9,000 votes")!;
    expect([wrong.verdict, wrong.rule]).toEqual(["unverified", "link.weak"]);
  });
  it("takes an aside the story tells less of as a main entry that bears out, never refutes", () => {
    const withTransfer = baseOf(`${REFERENDUM}- id: transfer
  kind: event
  name: Estavia prisoner transfer
  keywords: [Estavia, transfer]
  date: 2022-03-01
  counts: { prisoner: 180 }
  sources: [{ title: t }]
`);
    const text = (n: string) =>
      `Estavians backed the term-limits referendum on 24 September. Some 23,000 ballots were spoiled in the term-limits referendum. About 1.86 million votes were cast in the term-limits referendum.\n\nThe Estavia transfer moved 180 prisoners in 2022, the Estavia transfer's second.\n\nThe term-limits referendum was held on 24 September.\n\nWithin an hour, ${n} prisoners had left their cells.\n`;
    // The last paragraph's count.
    const of = (t: string) => check([{ path: "a.md", text: t, published: "2022-09-26" }], withTransfer)[0]!.findings.filter((x) => x.claim.kind === "count").at(-1)!;
    expect([of(text("more than 300")).verdict, of(text("more than 300")).rule]).toEqual(["unverified", "link.weak"]);
    expect([of(text("180")).verdict, of(text("180")).entry?.id]).toEqual(["supported", "transfer"]);
  });
  it("compares a count named near no entry, of a measure it holds, close to its figure", () => {
    expect(verdicts(story("- Officials counted 46,000 spoiled ballots"))).toContainEqual(expect.objectContaining({ text: "46,000 spoiled ballots", verdict: "contradicted", entry: "referendum" }));
    // Far from its figure, more likely another figure of the story; dated to another time, another event's.
    expect(verdicts(story("- Officials counted 460,000 spoiled ballots"))).toContainEqual(expect.objectContaining({ text: "460,000 spoiled ballots", verdict: "unverified", rule: "count.far" }));
    expect(verdicts(story("- In 2015, officials counted 46,000 spoiled ballots"))).toContainEqual(expect.objectContaining({ text: "46,000 spoiled ballots", verdict: "unverified", rule: "link.weak" }));
    // What its subject holds or won, smaller than the figure, may be a share of it; larger, it cannot be.
    expect(verdicts(story("- The No campaign's monitors had 12,000 spoiled ballots"))).toContainEqual(expect.objectContaining({ text: "12,000 spoiled ballots", verdict: "unverified", rule: "count.held" }));
    expect(verdicts(story("- The No campaign's monitors had 46,000 spoiled ballots"))).toContainEqual(expect.objectContaining({ text: "46,000 spoiled ballots", verdict: "contradicted" }));
  });
  it("takes for main entry the event the head and lede tell, not an older one the story measures it against", () => {
    const votes = baseOf(`- id: vote-2025
  kind: event
  name: 2025 Estrevian election
  keywords: [Estrevia, election]
  date: 2025-05-11
  counts: { percent: { value: 61.4, groups: { turnout: 61.4, Civic Alliance: 34.2 } }, seat: { value: 150, groups: { Civic Alliance: 58 } } }
  sources: [{ title: t }]
- id: vote-2021
  kind: event
  name: 2021 Estrevian election
  aliases: [previous election]
  date: 2021-10
  counts: { percent: { value: 55.9, groups: { turnout: 55.9, Social Democrats: 31.5 } }, seat: { value: 150, groups: { Social Democrats: 55 } } }
  sources: [{ title: t }]
`);
    const text = (turnout: string) =>
      `# Civic Alliance wins Estrevia election\n\nThe Civic Alliance won Sunday's election in Estrevia with 34.2% and 58 seats.\n\nThe Social Democrats fell to 24.8% and 41 seats, down from 31.5% and 55 seats at the previous election in October 2021, their worst since 1991 and below the 2021 mark.\n\n- Turnout: ${turnout}\n`;
    const turnout = (t: string) => check([{ path: "a.md", text: text(t), published: "2025-05-12" }], votes)[0]!.findings.find((f) => f.claim.text === t)!;
    expect([turnout("61.4%").verdict, turnout("61.4%").entry?.id]).toEqual(["supported", "vote-2025"]);
    expect([turnout("71.4%").verdict, turnout("71.4%").entry?.id]).toEqual(["contradicted", "vote-2025"]);
  });
  it("takes for main entry the one event it names dated the day of the lede's news, however few claims name it", () => {
    const fires = baseOf(`- id: collapse-2013
  kind: event
  name: Rana Plaza collapse
  aliases: [Rana Plaza]
  date: "2013-04-24"
  counts: { killed: 123, wounded: { min: 1000, max: 2600 } }
  sources: [{ title: t }]
- id: fire-2012
  kind: event
  name: Tazreen Fashions fire
  aliases: [Tazreen]
  date: "2012-11-24"
  counts: { killed: 112, wounded: { min: 200, max: 300 } }
  sources: [{ title: t }]
`);
    const text = (injured: string) =>
      `Building collapses near Dhaka\n\nSAVAR, April 24 - An eight-storey building collapsed on Wednesday morning, killing at least 123 people.\n\nRescuers worked into the night in the wreckage of the Rana Plaza building.\n\nThe hospital said it had received ${injured} people by the evening.\n\nFive months ago, on Nov. 24, the Tazreen Fashions fire killed 112 workers. After Tazreen, 200 were injured in 2012.\n`;
    const of = (injured: string) => check([{ path: "a.txt", text: text(injured), published: "2013-04-24" }], fires)[0]!.findings.find((f) => f.claim.text === injured + " people")!;
    expect([of("more than 500 injured").verdict, of("more than 500 injured").entry?.id]).toEqual(["supported", "collapse-2013"]);
    expect([of("more than 3,000 injured").verdict, of("more than 3,000 injured").entry?.id]).toEqual(["contradicted", "collapse-2013"]);
  });
  it("takes an agreement the lede's day dates for the story's, and an event of years before it as a background", () => {
    const treaties = baseOf(`- { id: tlatelolco, kind: treaty, name: Treaty of Tlatelolco, date: "1967-02-14", counts: { nation: 14 }, sources: [{ title: t }] }
- { id: antarctic, kind: treaty, name: Antarctic Treaty, date: "1959-12-01", counts: { nation: 12 }, sources: [{ title: t }] }
`);
    const text = (n: string) => `Latin America bans the bomb\n\nMEXICO CITY, Feb. 15 (AP) - ${n} Latin American nations signed a treaty on Tuesday barring nuclear weapons.\n\nDelegates were calling the pact the Treaty of Tlatelolco.\n\nThe only earlier zone was created by the Antarctic Treaty, signed in Washington in 1959 by 12 nations. The Antarctic Treaty covers a continent; the Antarctic Treaty has no people.\n`;
    const of = (n: string) => check([{ path: "a.txt", text: text(n), published: "1967-02-15" }], treaties)[0]!.findings.find((f) => f.claim.text.startsWith(n))!;
    expect([of("Fourteen").verdict, of("Fourteen").entry?.id]).toEqual(["supported", "tlatelolco"]);
    expect([of("Twenty").verdict, of("Twenty").entry?.id]).toEqual(["contradicted", "tlatelolco"]);
  });
  it("does not refute the story's figure by a background event of years before that alone holds its measure", () => {
    const fires = baseOf(`- { id: lakanal, kind: event, name: Lakanal House fire, date: "2009-07-03", counts: { killed: 6 }, sources: [{ title: t }] }
- { id: ronan, kind: event, name: Ronan Point collapse, aliases: [Ronan Point], date: "1968-05-16", counts: { killed: 4, wounded: 17 }, sources: [{ title: t }] }
`);
    const text = `Six die in London tower fire\n\nLONDON, July 6 (Reuters) - The Lakanal House fire killed six people on Friday.\n\nTwelve other people were injured, police said on Saturday.\n\nThe Ronan Point collapse on May 16, 1968 killed four people and injured 17. Ronan Point was rebuilt in 1968.\n`;
    const f = check([{ path: "a.txt", text, published: "2009-07-06" }], fires)[0]!.findings.find((x) => x.claim.text.startsWith("Twelve"))!;
    expect([f.verdict, f.rule]).toEqual(["unverified", "link.weak"]);
  });
  it("does not reach for the story's figure an entry a year or more from every date of the count's paragraph", () => {
    const deal = baseOf(`- { id: deal, kind: treaty, name: Bangsamoro peace deal, aliases: [peace deal], date: "2014-03-27", sources: [{ title: t }] }
- { id: siege, kind: event, name: Zamboanga siege, date: "2013-09-09", counts: { killed: { min: 200, max: 250 } }, sources: [{ title: t }] }
`);
    const text = (lead: string) => `Manila signs peace deal\n\nMANILA, March 28 - The government signed the peace deal on Thursday.\n\nThe Zamboanga siege killed more than 200 people. The Zamboanga siege ended in 2013.\n\nTalks had dragged on for years.\n\n${lead} The fighting that followed killed more than 400 people.\n`;
    const of = (lead: string) => check([{ path: "a.txt", text: text(lead), published: "2014-03-28" }], deal)[0]!.findings.find((x) => x.claim.text === "killed more than 400 people")!;
    expect([of("In August 2008, a court blocked an earlier deal.").verdict, of("In August 2008, a court blocked an earlier deal.").rule]).toEqual(["unverified", "link.weak"]);
    expect(of("In September 2013, rebels stormed the city.").verdict).toBe("contradicted");
  });
  it("compares a day written with its month, carried from the paragraph before, when its sentence speaks of the event", () => {
    const bombing = baseOf(`- id: bombing-2017
  kind: event
  name: Karsova truck bombing
  aliases: [Karsova bombing]
  date: "2017-10-14"
  counts: { killed: 358 }
  sources: [{ title: t }]
`);
    const of = (second: string) =>
      check([{ path: "a.txt", text: `The Karsova bombing killed 358 people, officials said.\n\n${second}\n`, published: "2017-10-21" }], bombing)[0]!.findings.find((f) => f.claim.kind === "date")!;
    expect(of("The truck, packed with explosives, blew up at the K5 intersection on the afternoon of Oct. 14.").verdict).toBe("supported");
    expect([of("The truck, packed with explosives, blew up at the K5 intersection on the afternoon of Oct. 17.").verdict, of("The truck, packed with explosives, blew up at the K5 intersection on the afternoon of Oct. 17.").entry?.id]).toEqual(["contradicted", "bombing-2017"]);
    // A weekday may be the day's news; a sentence of something else says nothing of the event's day.
    expect(of("The truck, packed with explosives, blew up at the K5 intersection on Tuesday.").rule).toBe("link.weak");
    expect(of("The hotel reopened on Oct. 17.").rule).toBe("link.weak");
    expect(of("Police arrested five people on Oct. 17 over the truck bombing.").rule).toBe("link.weak");
  });
  it("takes no keyword from the place a distance is measured from", () => {
    const bombing = baseOf(`- id: bombing-2017
  kind: event
  name: Karsova truck bombing
  keywords: [Karsova]
  date: "2017-10-14"
  counts: { killed: 358 }
  sources: [{ title: t }]
`);
    const of = (text: string) => check([{ path: "a.txt", text: `${text}\n`, published: "2017-10-21" }], bombing)[0]!.findings.find((f) => f.claim.kind === "date")!;
    expect([of("On Friday, a car bomb exploded in a village about 20 km northwest of Karsova, killing the driver.").verdict, of("On Friday, a car bomb exploded in a village about 20 km northwest of Karsova, killing the driver.").rule]).toEqual(["unverified", "link.no-entry"]);
    expect(of("On Friday, a car bomb exploded in a village 12 miles (19 km) from Karsova.").rule).toBe("link.no-entry");
    // Where it happened, the keyword ties it.
    expect(of("On Friday, a car bomb exploded in Karsova, killing the driver.").verdict).toBe("contradicted");
  });
  it("takes keywords that are one word written two ways for one keyword", () => {
    const fire = baseOf(`- id: fire-2017
  kind: event
  name: Vâlcea forest fire
  keywords: [Vâlcea, Valcea]
  date: "2017-06-17"
  counts: { killed: 64 }
  sources: [{ title: t }]
`);
    const of = (n: string) => check([{ path: "a.txt", text: `The fire that swept through Vâlcea killed ${n} people, officials said.\n`, published: "2017-06-22" }], fire)[0]!.findings.find((f) => f.claim.kind === "count")!;
    expect([of("64").verdict, of("64").entry?.id]).toEqual(["supported", "fire-2017"]);
    expect([of("131").verdict, of("131").rule]).toEqual(["contradicted", "count.exact"]);
  });
  it("takes for main entry the one event the head names, though the story states more claims of an older one", () => {
    const crashes = baseOf(`- id: crash-2023
  kind: event
  name: Karsa Air Flight 691 crash
  aliases: [Karsa Air crash]
  keywords: [Karsa, Ostrava]
  date: "2023-01-15"
  counts: { killed: 72, wounded: 30 }
  sources: [{ title: t }]
- id: crash-2018
  kind: event
  name: Velmar Air Flight 211 crash
  aliases: [Velmar Air crash]
  date: "2018-03-12"
  counts: { killed: 51, wounded: 20 }
  sources: [{ title: t }]
`);
    const text = (injured: string) =>
      `Search goes on after Karsa Air crash\n\nOSTRAVA, Jan 17 - Rescuers combed a gorge on Tuesday after a Karsa plane came down near Ostrava, killing at least 71 people.\n\nHospitals treated ${injured} injured people, a police official said.\n\nThe Velmar Air crash killed 51 people and injured 20 in 2018. The Velmar Air crash happened on March 12, 2018.\n`;
    const of = (injured: string) => check([{ path: "a.txt", text: text(injured), published: "2023-01-17" }], crashes)[0]!.findings.find((f) => f.claim.text.startsWith(injured))!;
    expect([of("30").verdict, of("30").entry?.id]).toEqual(["supported", "crash-2023"]);
    // Not borne out by the older crash the story tells more of.
    expect([of("20").verdict, of("20").entry?.id]).toEqual(["contradicted", "crash-2023"]);
    // A head that names two entries does not say which is the story's.
    const both = check([{ path: "a.txt", text: text("20").replace("after Karsa Air crash", "after Karsa Air crash, five years after Velmar Air crash"), published: "2023-01-17" }], crashes)[0]!.findings.find((f) => f.claim.text.startsWith("20"))!;
    expect([both.verdict, both.entry?.id]).toEqual(["supported", "crash-2018"]);
  });
  it("prefers for a date the entry of that very day to a period it lies in", () => {
    const peace = baseOf(`- id: troubles
  kind: event
  name: The Troubles
  keywords: [Troubles]
  date: 1968/1998
  sources: [{ title: t }]
- id: gfa
  kind: treaty
  name: Good Friday Agreement
  keywords: [Good Friday]
  date: "1998-04-10"
  sources: [{ title: t }]
`);
    const text = "Twenty-five years ago, on April 10, 1998, the parties reached a deal. The Good Friday Agreement ended the conflict known as the Troubles.";
    const f = check([{ path: "a.txt", text, published: "2023-04-10" }], peace)[0]!.findings.find((x) => x.claim.text === "April 10, 1998")!;
    expect([f.verdict, f.entry?.id]).toEqual(["supported", "gfa"]);
  });
  it("does not take for a date's entry one another date of its sentence is the date of, when it is near another", () => {
    const tests = baseOf(`- id: soviet
  kind: event
  name: last Soviet nuclear test
  keywords: [Soviet, test]
  date: "1990-10-24"
  sources: [{ title: t }]
- id: us
  kind: event
  name: last US nuclear test
  keywords: [test, Nevada]
  date: "1992-09-23"
  sources: [{ title: t }]
`);
    const text = (day: string) => `The last Soviet test was on ${day}, and the last US test in Nevada on Sept. 23, 1992.`;
    const of = (day: string) => check([{ path: "a.txt", text: text(day), published: "2023-02-22" }], tests)[0]!.findings.find((x) => x.claim.text === day)!;
    expect([of("Oct. 24, 1990").verdict, of("Oct. 24, 1990").entry?.id]).toEqual(["supported", "soviet"]);
    expect([of("Oct. 27, 1990").verdict, of("Oct. 27, 1990").entry?.id]).toEqual(["contradicted", "soviet"]);
  });
  it("takes for a date in a relative clause on a name that name's entry, whatever another date of the sentence agrees with", () => {
    const storms = baseOf(`- { id: labor-day, kind: event, name: Labor Day hurricane, date: "1935-09-02", sources: [{ title: t }] }
- { id: camille, kind: event, name: Hurricane Camille, date: "1969-08-17", sources: [{ title: t }] }
`);
    const text = (year: string) => `Only two storms hit with lower pressure: the 1935 Labor Day hurricane and Hurricane Camille, which battered the coast in ${year} and killed 250 people.`;
    const of = (year: string) => check([{ path: "a.txt", text: text(year), published: "2018-10-12" }], storms)[0]!.findings.find((x) => x.claim.text === year)!;
    expect([of("1969").verdict, of("1969").entry?.id]).toEqual(["supported", "camille"]);
    expect([of("1966").verdict, of("1966").entry?.id]).toEqual(["contradicted", "camille"]);
    // Not past the clause: a date after a comma that ends it is not said of the name.
    const after = check([{ path: "a.txt", text: "The 1935 Labor Day hurricane and Hurricane Camille, which battered the coast, were recalled in 1966.", published: "2018-10-12" }], storms)[0]!.findings.find((x) => x.claim.text === "1966")!;
    expect(after.verdict).toBe("unverified");
  });
  it("does not take a date in an apposition the count is not in for the count's", () => {
    const votes = baseOf(`- { id: amendment, kind: event, name: Eighth Amendment, date: "1983-09-07", counts: { percent: { value: 53.6, groups: { turnout: 53.6 } } }, sources: [{ title: t }] }
- { id: repeal, kind: event, name: repeal of the Eighth Amendment, aliases: [repeal the Eighth Amendment], date: "2018-05-25", counts: { percent: { value: 66.4, groups: { turnout: 64.1 } } }, sources: [{ title: t }] }
`);
    const text = "In May 2018, 66.4% of voters chose to repeal the Eighth Amendment, a near-total ban inserted into the constitution in 1983, on a turnout of 64.1%.";
    const f = check([{ path: "a.txt", text, published: "2024-03-10" }], votes)[0]!.findings.find((x) => x.claim.text.includes("64.1"))!;
    expect([f.verdict, f.entry?.id]).toEqual(["supported", "repeal"]);
  });
  it("takes the day of the lede's first sentence for the day of the event its headline names", () => {
    const slide = baseOf(`- { id: slide, kind: event, name: Hpakant jade mine landslide, aliases: [jade mine landslide], date: "2020-07-02", counts: { killed: 162 }, sources: [{ title: t }] }
`);
    const text = (day: string) => `# Myanmar jade mine landslide kills at least 162\n\nAt least 162 people were killed when a mountain of mining waste collapsed on jade prospectors on ${day}, officials said. Rescuers resumed the search on Tuesday.\n`;
    const of = (day: string, claim = day) => check([{ path: "a.md", text: text(day), published: "2020-07-03" }], slide)[0]!.findings.find((x) => x.claim.text === claim)!;
    expect(of("Thursday").verdict).toBe("supported");
    expect(of("Wednesday").verdict).toBe("contradicted");
    // Not a day of a later sentence, which may tell another day's news.
    expect(of("Thursday", "Tuesday").verdict).toBe("unverified");
  });
  it("does not take a keyword another owner is named for as the entry's", () => {
    const cabinets = baseOf(`- { id: israeli-cabinet, kind: event, name: Israeli Cabinet approval of the accords, keywords: [Cabinet, ministers], date: "1978-09-24", sources: [{ title: t }] }
`);
    const text = (owner: string) => `Begin's Cabinet had endorsed the accords on Sunday, with 11 ministers in favor. The ${owner} Cabinet approved the agreements on Sept. 19.`;
    const of = (owner: string) => check([{ path: "a.txt", text: text(owner), published: "1978-09-28" }], cabinets)[0]!.findings.find((x) => x.claim.text === "Sept. 19")!;
    expect([of("Egyptian").verdict, of("Egyptian").rule]).toEqual(["unverified", "link.weak"]);
    expect(of("Israeli").verdict).toBe("contradicted");
  });
  it("takes for a count's main entry one that holds a figure of its scale", () => {
    const two = baseOf(`- id: global
  kind: event
  name: Global displacement report
  aliases: [Global Trends]
  date: 2023-06-20
  counts: { displaced: 110000000 }
  sources: [{ title: t }]
- id: war
  kind: event
  name: Sudan war
  aliases: [Sudan war]
  date: 2023-04-15
  counts: { displaced: 2100000, killed: 3000 }
  sources: [{ title: t }]
`);
    const text = (n: string) =>
      `Nearly ${n} forced from homes\n\nThe Global Trends report, released on 20 June 2023, counts 36.4 million refugees. The Sudan war, which began on 15 April, has killed 3,000 people and displaced 2.1 million since April 15.\n`;
    const head = (n: string) => check([{ path: "a.md", text: text(n), published: "2023-06-20" }], two)[0]!.findings.find((f) => f.claim.text.startsWith("Nearly"))!;
    expect([head("112 million").verdict, head("112 million").entry?.id]).toEqual(["supported", "global"]);
    expect([head("227 million").verdict, head("227 million").entry?.id]).toEqual(["contradicted", "global"]);
  });
  it("never refutes a date through it", () => {
    expect(verdicts(story("- About 1.86 million votes were counted on Monday, in the referendum"))).toContainEqual(
      expect.objectContaining({ text: "Monday", verdict: "unverified", entry: "referendum", rule: "link.weak" }),
    );
  });
  it("states a date of it that dates a word of its kind itself", () => {
    // "Monday's referendum", "the referendum on Monday": the date is the event's, as the story calls it.
    for (const facts of ["- About 1.86 million votes were cast in Monday's referendum", "- Turnout was high in the referendum on Monday"]) {
      expect(verdicts(story(facts))).toContainEqual(expect.objectContaining({ text: "Monday", verdict: "contradicted", entry: "referendum", rule: "date.granularity" }));
    }
    expect(verdicts(story("- About 1.86 million votes were cast in Saturday's referendum"))).toContainEqual(expect.objectContaining({ text: "Saturday", verdict: "supported" }));
  });
  it("does not refute a count through an entry of another sentence when its own sentence keys another", () => {
    const two = baseOf(`- id: suruc
  kind: event
  name: 2015 Suruc bombing
  aliases: [Suruc attack]
  keywords: [Suruc]
  date: "2015-07-20"
  counts: { killed: 33 }
  sources: [{ title: t }]
- id: pkk
  kind: event
  name: Resumption of the PKK conflict
  keywords: [PKK]
  date: "2015-07"
  sources: [{ title: t }]
`);
    const of = (text: string, claim: string) => check([{ path: "a.txt", text, published: "2015-10-13" }], two)[0]!.findings.find((f) => f.claim.text.includes(claim))!;
    const f = of("The Suruc attack helped to unravel a ceasefire. Since July, more than 100 soldiers have been killed in fighting with the PKK.", "100 soldiers");
    expect([f.verdict, f.rule, f.reason]).toEqual(["unverified", "link.weak", expect.stringContaining("and pkk in its own")]);
    // Named in its own sentence, it is compared.
    expect(of("The Suruc attack helped to unravel a ceasefire. The Suruc attack killed 103 people.", "103 people").verdict).toBe("contradicted");
  });
  it("states a day of the story's month whose clause has the main event's kind for subject", () => {
    const quake = baseOf(`- { id: bohol, kind: event, name: 2013 Bohol earthquake, aliases: [Bohol earthquake], keywords: [Bohol], date: "2013-10-15", counts: { killed: 222 }, sources: [{ title: t }] }\n`);
    const day = (sentence: string, claim: string) => {
      const text = `Bohol earthquake toll rises to 222\n\nThe Bohol earthquake killed 222 people, officials said on Monday.\n\nMany roads are still closed.\n\n${sentence}\n`;
      const f = check([{ path: "a.txt", text, published: "2013-11-04" }], quake)[0]!.findings.find((x) => x.claim.text === claim)!;
      return [f.verdict, f.rule];
    };
    expect(day("Officials said 976 people were injured by the quake, which hit at 8:12 a.m. on Oct. 15, a public holiday.", "Oct. 15")).toEqual(["supported", "date.granularity"]);
    expect(day("Officials said 976 people were injured by the quake, which hit at 8:12 a.m. on Oct. 18, a public holiday.", "Oct. 18")).toEqual(["contradicted", "date.granularity"]);
    // Another event of the kind, or one outside the story's month, is not the story's.
    expect(day("Officials said the damage was worse than from an earlier quake, which hit on Oct. 2.", "Oct. 2")[0]).toBe("unverified");
    expect(day("Officials said the damage was worse than from a quake that struck on July 16, 1990.", "July 16, 1990")[0]).toBe("unverified");
    // A day of another verb after the event's: "survivors of the quake that hit a week ago were still sleeping in tents".
    expect(day("Survivors of the quake that hit a week ago were still sleeping in tents on Oct. 28.", "Oct. 28")[0]).toBe("unverified");
  });
  it("states only a date of what its event is called, not of a word that says where it was", () => {
    const park = baseOf(`- id: bombing
  kind: event
  name: Lahore Easter bombing (Gulshan-e-Iqbal Park)
  aliases: [Lahore park bombing]
  keywords: [Lahore]
  date: "2016-03-27"
  counts: { killed: 72 }
  sources: [{ title: t }]
`);
    const day = (last: string) => {
      const text = `The Lahore park bombing on Sunday killed 72 people.\n\nThe Lahore park bombing wounded more than 300.\n\nOfficials gave no further details.\n\n${last}\n`;
      return check([{ path: "a.txt", text, published: "2016-03-29" }], park)[0]!.findings.find((f) => f.claim.text === "Tuesday")!;
    };
    // "park" of "Lahore park bombing" says where: the day is of what workers did there.
    expect([day("At the park on Tuesday, workers scrubbed bloodstains from the paths.").verdict, day("At the park on Tuesday, workers scrubbed bloodstains from the paths.").rule]).toEqual(["unverified", "link.weak"]);
    // "the bombing on Tuesday" dates the event itself.
    expect(day("Survivors recalled the bombing on Tuesday, a day of fear.").verdict).toBe("contradicted");
  });
  it("bears out a count of a measure it holds without a word of its event", () => {
    expect(verdicts(story("- Officials counted 23,000 spoiled ballots"))).toContainEqual(expect.objectContaining({ text: "23,000 spoiled ballots", verdict: "supported", entry: "referendum" }));
    expect(verdicts(story("- Officials counted 23,000 spoiled ballots")).filter((f) => f.entry === "referendum" && f.verdict === "contradicted")).toEqual([]);
  });
  it("compares a count tied to an entry named beside it that lacks its fact with the main entry, close to its figure", () => {
    const lead = "Estavians backed the term-limits referendum on 24 September, and 1.86 million votes were cast in the term-limits referendum.\n\nKey facts:\n\n";
    const withReform = check([{ path: "a.md", text: `${lead}- Some 23,000 ballots were spoiled, more than in the judicial reform referendum\n`, published: "2022-09-26" }], vote)[0]!;
    expect(withReform.findings.map((f) => [f.claim.text, f.verdict, f.entry?.id])).toContainEqual(["Some 23,000 ballots", "supported", "referendum"]);
    const wrong = check([{ path: "a.md", text: `${lead}- Some 46,000 ballots were spoiled, more than in the judicial reform referendum\n`, published: "2022-09-26" }], vote)[0]!;
    // Narrowed by its own verb ("were spoiled"), it may be a part of another whole: exceeding the main entry's proves nothing.
    expect(wrong.findings.filter((f) => f.claim.text === "Some 46,000 ballots").map((f) => [f.verdict, f.rule])).toEqual([["unverified", "count.part-of-whole"]]);
    const bare = check([{ path: "a.md", text: `${lead}- Some 46,000 ballots, more than in the judicial reform referendum
`, published: "2022-09-26" }], vote)[0]!;
    const f = bare.findings.find((x) => x.claim.text === "Some 46,000 ballots")!;
    expect([f.verdict, f.rule, f.entry?.id, f.link.link?.instead]).toEqual(["contradicted", "count.about", "referendum", "other"]);
    expect(trailLines(trailOf(f.claim, f)).join("\n")).toMatch(/instead of other, named near it but without a figure of its measure/);
  });
  it("needs a word of the entry's kind of event in a date's sentence, and a single main entry", () => {
    expect(verdicts(story("- Markets opened on Saturday")).find((f) => f.text === "Saturday" && f.entry === null)).toBeDefined();
    const tied = "The term-limits referendum was held in 2022 and drew 1.86 million votes. The judicial reform referendum was held in 2015 and drew 2 million votes.\n\nKey facts:\n\n- About 1.86 million votes were cast in Saturday's referendum\n";
    expect(verdicts(tied).find((f) => f.text === "Saturday")).toMatchObject({ entry: null });
  });
  it("does not refute a day that is the main event's through another entry named near it", () => {
    const attacks = baseOf(`- id: bridge-2024
  kind: event
  name: Harlow bridge attack
  date: "2024-06-01"
  counts: { killed: 8 }
  sources: [{ title: t }]
- id: arena-2024
  kind: event
  name: Dunmore arena bombing
  date: "2024-05-22"
  counts: { killed: 22 }
  sources: [{ title: t }]
`);
    const text = (day: string) =>
      `# Harlow bridge attack: city mourns\n\nEight people were killed in the Harlow bridge attack on Saturday night, police said. The Harlow bridge attack was the second this spring.\n\nThe Dunmore arena bombing killed 22 people on May 22.\n\nThe threat level, raised after the Dunmore arena bombing, was left unchanged after ${day}'s attack.\n`;
    const of = (day: string) => check([{ path: "a.md", text: text(day), published: "2024-06-04" }], attacks)[0]!.findings.filter((f) => f.claim.text === day).at(-1)!;
    // Saturday is the main event's day: it may be its, so it is not refuted, nor borne out (nothing names the main entry near it).
    expect([of("Saturday").verdict, of("Saturday").rule]).toEqual(["unverified", "link.other-agrees"]);
    expect(of("Saturday").reason).toContain("bridge-2024, the article's main entry, has this day (2024-06-01)");
    // Any other day is still the other entry's, and wrong.
    expect([of("Friday").verdict, of("Friday").entry?.id]).toEqual(["contradicted", "arena-2024"]);
  });
  it("takes a part of a toll for the main event's, whatever its scale", () => {
    const crashes = baseOf(`- id: crash-2016
  kind: event
  name: Serra flight 2933 crash
  aliases: [Serra crash]
  date: "2016-11-28"
  counts: { killed: 710 }
  sources: [{ title: t }]
- id: crash-1993
  kind: event
  name: Talon air disaster
  aliases: [Talon disaster]
  date: "1993-04-27"
  counts: { killed: { value: 30, groups: { players: 18 } } }
  sources: [{ title: t }]
`);
    const text = (n: string) =>
      `# Serra crash: no fuel left\n\nThe Serra crash on Monday killed 710 people, officials said. The Serra crash is under investigation.\n\nThe Talon disaster in 1993 killed 30 people, among them 18 players. Fans recalled the Talon disaster.\n\nInvestigators reached the site by road.\n\n${n} of the club's players were killed.\n`;
    const of = (n: string) => check([{ path: "a.md", text: text(n), published: "2016-12-01" }], crashes)[0]!.findings.filter((f) => f.claim.kind === "count").at(-1)!;
    // Nineteen is less than a twentieth of 710, yet a part of the crash's toll, not the older crash's whole.
    expect([of("Nineteen").verdict, of("Nineteen").rule, of("Nineteen").entry?.id]).toEqual(["unverified", "count.part-of-whole", "crash-2016"]);
    expect([of("800").verdict, of("800").entry?.id]).toEqual(["contradicted", "crash-2016"]);
  });
});

describe("a date goes with the event its verb names", () => {
  const treaties = baseOf(`
- id: new-start
  kind: treaty
  name: New START
  date: 2010-04-08
  sources: [{ title: t }]
- id: new-start-extension
  kind: event
  name: Five-year extension of New START
  keywords: [START, extended]
  date: 2021-02-03
  sources: [{ title: t }]
`);
  const dates = (text: string) =>
    check([{ path: "a.txt", text, published: "2023-02-22" }], treaties)[0]!.findings.filter((f) => f.claim.kind === "date").map((f) => [f.claim.text, f.verdict, f.entry?.id ?? null, f.rule]);

  it("links a date hung on one of an event's own words to that event, not the agreement named with it", () => {
    expect(dates("New START was extended in February 2021 for five years.")).toEqual([["February 2021", "supported", "new-start-extension", "date.granularity"]]);
    expect(dates("New START was extended in March 2021 for five years.")).toEqual([["March 2021", "contradicted", "new-start-extension", "date.granularity"]]);
  });
  it("takes a verb of the same stem as an event word for it (\"extended\" for an \"extension\")", () => {
    const npt = baseOf(`
- id: npt
  kind: treaty
  name: Treaty on the Non-Proliferation of Nuclear Weapons
  aliases: [NPT]
  date: 1968-07-01
  sources: [{ title: t }]
- id: npt-extension
  kind: event
  name: Indefinite extension of the NPT
  keywords: [NPT, indefinitely]
  date: 1995-05-11
  sources: [{ title: t }]
`);
    const found = check([{ path: "a.txt", text: "The NPT was extended indefinitely in 1995.", published: "2023-02-22" }], npt)[0]!.findings.find((f) => f.claim.text === "1995")!;
    expect([found.verdict, found.entry?.id]).toEqual(["supported", "npt-extension"]);
  });
  it("keeps a signing date with the agreement", () => {
    expect(dates("New START, signed in April 2010, was extended for five years.")).toContainEqual(["April 2010", "supported", "new-start", "date.granularity"]);
  });
  it("takes no verb of agreeing for an agreement's own word", () => {
    const deals = baseOf(`
- id: iran-deal
  kind: treaty
  name: Iran nuclear agreement
  keywords: [Iran, deal]
  date: 2015-07-14
  sources: [{ title: t }]
- id: jet-orders
  kind: event
  name: Iran Air jet orders
  keywords: [Boeing, aircraft]
  date: 2016-12-11
  sources: [{ title: t }]
`);
    const [f] = check([{ path: "a.txt", text: "Iran Air agreed in 2016 to buy 80 Boeing aircraft, deals seen as a sign of Iran's reopening.", published: "2018-05-08" }], deals);
    expect(f!.findings.filter((x) => x.claim.kind === "date").map((x) => [x.claim.text, x.verdict, x.entry?.id ?? null])).toEqual([["2016", "supported", "jet-orders"]]);
  });
  it("gives a date not stated as a signing to the event beside the agreement whose date it is", () => {
    const ban = baseOf(`
- id: ban-treaty
  kind: treaty
  name: Treaty on the Prohibition of Nuclear Weapons
  date: 2017-09-20
  sources: [{ title: t }]
- id: ban-in-force
  kind: event
  name: Entry into force of the nuclear ban treaty
  keywords: [treaty, force]
  date: 2021-01-22
  sources: [{ title: t }]
`);
    const dates = (text: string) => check([{ path: "a.txt", text, published: "2021-01-23" }], ban)[0]!.findings.filter((x) => x.claim.kind === "date").map((x) => [x.claim.text, x.verdict, x.entry?.id ?? null, x.rule]);
    expect(dates("The Treaty on the Prohibition of Nuclear Weapons entered into force on Friday.")).toEqual([["Friday", "supported", "ban-in-force", "date.granularity"]]);
    // Not a date the event's is not: which of them it is of, the sentence does not say.
    expect(dates("The Treaty on the Prohibition of Nuclear Weapons entered into force on Thursday.")).toEqual([["Thursday", "unverified", "ban-treaty", "date.not-signing"]]);
  });
  it("takes a verb of agreeing for the agreement's when the parties that agreed are named", () => {
    const truce = baseOf(`
- id: ceasefire-agreement
  kind: treaty
  name: Marrenia ceasefire agreement
  keywords: [Marrenia, ceasefire]
  parties: [Marrenia, Highland Liberation Front]
  date: 2024-05-23
  sources: [{ title: t }]
- id: ceasefire-start
  kind: event
  name: Marrenia nationwide ceasefire
  aliases: [nationwide ceasefire]
  date: 2024-06-01
  sources: [{ title: t }]
`);
    const text = "Marrenia's government and the Highland Liberation Front agreed on Thursday to a nationwide ceasefire starting on June 1.";
    const [f] = check([{ path: "a.txt", text, published: "2024-05-24" }], truce);
    expect(f!.findings.filter((x) => x.claim.kind === "date").map((x) => [x.claim.text, x.verdict, x.entry?.id ?? null])).toEqual([
      ["Thursday", "supported", "ceasefire-agreement"],
      ["June 1", "supported", "ceasefire-start"],
    ]);
  });
  it("states an agreement tied by some of its keywords when the sentence names all its parties agreeing, and only one such", () => {
    const deals = (extra: string) =>
      baseOf(`
- id: beijing-deal
  kind: treaty
  name: Beijing agreement
  keywords: [Saudi, Iran, Beijing]
  date: 2023-03-10
  parties: [Saudi Arabia, Iran, China]
  sources: [{ title: t }]
${extra}`);
    const dates = (text: string, b = deals("")) => check([{ path: "a.txt", text, published: "2023-03-11" }], b)[0]!.findings.filter((x) => x.claim.kind === "date").map((x) => [x.claim.text, x.verdict, x.entry?.id ?? null, x.rule]);
    expect(dates("Saudi Arabia and Iran agreed on Friday to restore ties, in a deal brokered by China.")).toEqual([["Friday", "supported", "beijing-deal", "date.granularity"]]);
    expect(dates("Saudi Arabia and Iran agreed on Thursday to restore ties, in a deal brokered by China.")).toEqual([["Thursday", "contradicted", "beijing-deal", "date.granularity"]]);
    // Not every party named: weak, as before.
    expect(dates("Saudi Arabia and Iran agreed on Thursday to restore ties.")).toEqual([["Thursday", "unverified", "beijing-deal", "link.weak"]]);
    // Another agreement of as many parties, tied too: which deal, the sentence does not say.
    const both = deals(`- id: riyadh-deal
  kind: treaty
  name: Riyadh agreement
  keywords: [Saudi, Iran, Riyadh]
  date: 2024-01-10
  parties: [Saudi Arabia, Iran, China]
  sources: [{ title: t }]
`);
    expect(dates("Saudi Arabia and Iran agreed on Thursday to restore ties, in a deal brokered by China.", both)[0]![1]).toBe("unverified");
  });
});

describe("the main entry for a fact", () => {
  const health = baseOf(`
- id: pandemic
  kind: event
  name: Kalvaria Covid-19 pandemic
  aliases: [pandemic]
  date: 2020-03/2021-08-19
  counts: { killed: 11000, province: 3 }
  sources: [{ title: t }]
- id: campaign
  kind: event
  name: Kalvaria vaccination campaign
  aliases: [vaccination campaign]
  date: 2021-02/2021-08-19
  counts: { dose: 5600000, centre: 300 }
  sources: [{ title: t }]
`);
  const text =
    "The vaccination campaign has run 300 centres and gave 5.6 million doses. The pandemic has killed 11,000 people in three provinces since it began in March 2020.\n\n" +
    "Markets were calm on Thursday, traders said.\n\n" +
    "Officials say about 2.9 million doses went to the capital and a further 1.5 million doses arrived last week.\n";
  it("takes the entry most claims are stated of among those that hold the claim's measure", () => {
    const found = check([{ path: "a.txt", text, published: "2021-08-19" }], health)[0]!.findings.filter((f) => f.claim.start > text.indexOf("Officials"));
    expect(found.map((f) => [f.claim.text, f.entry?.id ?? null, f.link.link?.via ?? null])).toEqual([
      ["about 2.9 million doses", "campaign", "article"],
      ["1.5 million doses", "campaign", "article"],
      // A week is no day of the campaign's (a period): nothing to say which entry it dates.
      ["last week", null, null],
    ]);
  });
});

describe("the main entry and a period", () => {
  const fighting = baseOf(`
- id: fighting
  kind: event
  name: Velmar-Karsun border fighting
  aliases: [border fighting]
  date: 2022-10-24/2022-11-02
  counts: { killed: 10, wounded: 23 }
  sources: [{ title: t }]
`);
  it("does not bear out a date through an entry whose date is a period: everything in it would agree", () => {
    const text = "The border fighting killed 10 people and wounded 23.\n\nMarkets were calm.\n\nThe ceasefire in the fighting was signed on Friday.\n";
    const f = check([{ path: "a.txt", text, published: "2022-11-03" }], fighting)[0]!.findings.find((x) => x.claim.text === "Friday")!;
    expect([f.verdict, f.entry?.id ?? null]).toEqual(["unverified", null]);
  });
});

describe("the day's news", () => {
  const mine = baseOf(`
- id: collapse
  kind: event
  name: Karvash coal mine collapse
  keywords: [Karvash]
  date: 2022-04-25
  counts: { worker: 31 }
  sources: [{ title: t }]
`);
  const dateOf = (text: string) => {
    const f = check([{ path: "a.txt", text, published: "2022-04-27" }], mine)[0]!.findings.find((x) => x.claim.kind === "date")!;
    return [f.claim.text, f.verdict, f.rule];
  };
  it("does not refute an event's date with the day of publication when the event is tied by keywords only", () => {
    expect(dateOf("In Karvash, rescuers pulled nine miners alive from the collapsed coal mine on Wednesday.")).toEqual(["Wednesday", "unverified", "link.weak"]);
  });
  it("still refutes another day, and the day of publication when the entry is named", () => {
    expect(dateOf("In Karvash, the coal mine collapsed on Tuesday.")).toEqual(["Tuesday", "contradicted", "date.granularity"]);
    expect(dateOf("The Karvash coal mine collapse happened on Wednesday.")).toEqual(["Wednesday", "contradicted", "date.granularity"]);
    // A weekday that owns the entry's kind of event dates that event, not the day's news.
    expect(dateOf("In Karvash, Wednesday's collapse trapped 31 workers.")).toEqual(["Wednesday", "contradicted", "date.granularity"]);
  });
});

describe("a keyword written in another form of its word", () => {
  const vote = baseOf(`
- id: blasphemy-vote
  kind: event
  name: Ardenne constitutional referendum
  keywords: [blasphemy, referendum]
  date: 2018-10-26
  sources: [{ title: t }]
`);
  const dateOf = (text: string) => {
    const f = check([{ path: "a.txt", text, published: "2018-10-28" }], vote)[0]!.findings.find((x) => x.claim.kind === "date")!;
    return [f.claim.text, f.verdict, f.rule];
  };
  it("keys the entry by it: 'blasphemous' for 'blasphemy'", () => {
    expect(dateOf("Voters in Friday's referendum backed deleting the word blasphemous from the charter.")).toEqual(["Friday", "supported", "date.granularity"]);
    expect(dateOf("Voters in Thursday's referendum backed deleting the word blasphemous from the charter.")).toEqual(["Thursday", "contradicted", "date.granularity"]);
  });
  it("not by a word that shares fewer letters with it", () => {
    expect(dateOf("Voters in Thursday's referendum backed deleting the word blasted from the charter.")?.[1]).toBe("unverified");
  });
});

describe("an entry named as what a point of comparison is of", () => {
  const b = baseOf(`
- id: reform-2015
  kind: event
  name: Judicial reform referendum
  keywords: ["2015", referendum]
  date: 2015-05-10
  counts: { percent: { value: 71, groups: { turnout: 71 } } }
  sources: [{ title: t }]
`);
  /** How the claim is tied to the 2015 referendum: by its keywords, as the article's main entry (weakly), or not at all. */
  const viaOf = (text: string, claim: string) => {
    const f = check([{ path: "a.txt", text, published: "2022-09-26" }], b)[0]!.findings.find((x) => x.claim.text === claim)!;
    return f.entry === null ? null : f.link.link!.via;
  };
  it("is that baseline's, not the other counts' of the paragraph", () => {
    const text = "In the referendum, Yes won 58.3 percent of the vote. Turnout was 64.2 percent, down from 71 percent in a 2015 referendum on judicial reform.";
    expect(viaOf(text, "58.3 percent")).toBe("article");
    expect(viaOf(text, "64.2 percent")).toBe("article");
    expect(viaOf(text, "71 percent")).toBe("keywords");
  });
  it("still links the paragraph's counts when the keywords are named elsewhere too", () => {
    const text = "The 2015 referendum drew 71 percent of voters, up from 60 percent in a 2011 vote, and this referendum has 64.2 percent.";
    expect(viaOf(text, "71 percent")).toBe("keywords");
  });
});

describe("a date in a phrase attached to a point of comparison", () => {
  const b = baseOf(`
- id: election-2023
  kind: event
  name: Assembly election of 2023
  keywords: [Assembly]
  date: 2023-11-02
  counts: { seat: { value: 90, groups: { Sinn Fein: 29 } } }
  sources: [{ title: t }]
- id: election-2022
  kind: event
  name: Assembly election of May 2022
  keywords: [May 2022]
  date: 2022-05-05
  counts: { seat: { value: 90, groups: { Sinn Fein: 27 } } }
  sources: [{ title: t }]
`);
  const found = (text: string, claim: string) => {
    const f = check([{ path: "a.txt", text, published: "2023-11-06" }], b)[0]!.findings.find((x) => x.claim.text === claim)!;
    return [f.verdict, f.entry?.id ?? null];
  };
  it("dates that baseline, not the sentence's other counts", () => {
    expect(found("In the Assembly vote, Sinn Fein won 29 seats, up from 27 at the last election in May 2022.", "29 seats")).toEqual(["supported", "election-2023"]);
    // Dated May 2022 itself, the count goes with the 2022 election (which the 2023 one, also named, keeps from refuting it).
    expect(found("In the Assembly vote, Sinn Fein won 29 seats in May 2022.", "29 seats")).toEqual(["unverified", "election-2022"]);
  });
});

describe("a superlative counted from another event's date", () => {
  const b = baseOf(`
- id: attacks-2015
  kind: event
  name: January 2015 attacks
  keywords: [attacks]
  date: 2015-01-07/2015-01-09
  counts: { killed: 17 }
  sources: [{ title: t }]
- id: train-1961
  kind: event
  name: Vitry train bombing
  aliases: [Strasbourg-Paris train]
  date: 1961-06-18
  counts: { killed: 28 }
  sources: [{ title: t }]
`);
  const found = (text: string, claim: string) => {
    const f = check([{ path: "a.txt", text, published: "2015-01-14" }], b)[0]!.findings.find((x) => x.claim.text === claim)!;
    return [f.verdict, f.entry?.id ?? null];
  };
  it("leaves the count before it to the story's entry; the count after it is the other event's", () => {
    const text = "The attacks, in which 17 people were killed in all, were the deadliest in France since 1961, when a bomb derailed a Strasbourg-Paris train, killing 28 people.";
    expect(found(text, "17 people were killed")).toEqual(["supported", "attacks-2015"]);
    expect(found(text, "killing 28 people")).toEqual(["supported", "train-1961"]);
  });
});

describe("an entry's only keyword in another sentence", () => {
  const b = baseOf(`
- id: prague-meeting
  kind: event
  name: Pashinyan–Aliyev meeting in Prague
  keywords: [Prague]
  date: 2022-10-06
  sources: [{ title: t }]
`);
  const found = (text: string, claim: string) => {
    const f = check([{ path: "a.txt", text, published: "2023-02-22" }], b)[0]!.findings.find((x) => x.claim.text === claim)!;
    return [f.verdict, f.rule];
  };
  it("is too little to compare a date with", () => {
    expect(found("Putin announced the move on Tuesday, refusing to let inspectors visit. The treaty was signed in Prague.", "Tuesday")).toEqual(["unverified", "link.weak"]);
  });
  it("is enough in the date's own sentence", () => {
    expect(found("The leaders held a meeting in Prague on 9 October 2022.", "9 October 2022")).toEqual(["contradicted", "date.granularity"]);
  });
});

describe("an entry another date of the sentence is the date of", () => {
  const two = baseOf(`
- id: us-vote
  kind: event
  name: Halvian presidential election
  keywords: [Trask]
  date: 2016-11-08
  sources: [{ title: t }]
- id: selm-vote
  kind: event
  name: Selmish presidential election
  keywords: [Hofer, Selm]
  date: 2016-12-04
  sources: [{ title: t }]
`);
  const of = (text: string, claim: string) => {
    const f = check([{ path: "a.txt", text, published: "2016-12-05" }], two)[0]!.findings.find((x) => x.claim.text === claim)!;
    return [f.verdict, f.entry?.id ?? null];
  };
  it("gives way to one the date is near only when that one is named or keyed in the date's own sentence", () => {
    expect(of("It followed a vote in Britain in June and the election of Trask as president last month. In Selm on Sunday, Hofer lost the presidential election.", "June")).not.toContain("contradicted");
    expect(of("It followed a vote in Britain in June and the election of Trask as president last month, while Hofer lost in Selm.", "June")).toEqual(["contradicted", "selm-vote"]);
  });
});

describe("a day that owns the entry's kind of event, in the paragraph after the one that names it", () => {
  const tornado = baseOf(`
- id: tornado
  kind: event
  name: Larkin tornado
  keywords: [Larkin]
  date: 2013-05-20
  sources: [{ title: t }]
`);
  const dateOf = (second: string) => {
    const text = `A mile-wide tornado killed 24 people in Larkin.\n\nOfficials lowered the toll, saying some victims were counted twice after ${second}.\n`;
    const f = check([{ path: "a.txt", text, published: "2013-05-22" }], tornado)[0]!.findings.filter((x) => x.claim.kind === "date").at(-1)!;
    return [f.claim.text, f.verdict, f.rule];
  };
  it("is compared, as a day of the story's event: 'Monday afternoon's storm'", () => {
    expect(dateOf("Monday afternoon's storm")).toEqual(["Monday", "supported", "date.granularity"]);
    expect(dateOf("Wednesday afternoon's storm")).toEqual(["Wednesday", "contradicted", "date.granularity"]);
  });
  it("is not, when it owns something else", () => {
    expect(dateOf("Wednesday afternoon's meeting")?.[1]).toBe("unverified");
  });
});

describe("a year in a treaty's name", () => {
  const vote = baseOf(`
- id: ratification
  kind: event
  name: Ratification of the Velmor accords
  keywords: [Supreme Council]
  date: 1991-12-12
  counts: { vote: 188 }
  sources: [{ title: t }]
`);
  const countOf = (n: string) => {
    const text = `The Supreme Council approved the accord by ${n} votes in favor and voted to denounce the 1922 Treaty on the Creation of the Union.\n`;
    const f = check([{ path: "a.txt", text, published: "1991-12-13" }], vote)[0]!.findings.find((x) => x.claim.kind === "count")!;
    return [f.verdict, f.rule];
  };
  it("dates the treaty, not the sentence: the count is compared", () => {
    expect(countOf("188")).toEqual(["supported", "count.exact"]);
    expect(countOf("379")).toEqual(["contradicted", "count.exact"]);
  });
});

describe("two counts of one sentence dated after the entry", () => {
  const tsunami = baseOf(`
- id: tsunami
  kind: event
  name: Selmar tsunami
  keywords: [Selmar]
  date: 2006-07-17
  counts: { killed: 550 }
  sources: [{ title: t }]
`);
  const tollOf = (n: string) => {
    const text = `In Selmar, an aftershock sent hundreds of people scrambling for high ground on Wednesday as the death toll from the tsunami that struck on Monday climbed to ${n}.\n`;
    const f = check([{ path: "a.txt", text, published: "2006-07-19" }], tsunami)[0]!.findings.find((x) => x.claim.kind === "count" && x.claim.value.measure === "killed")!;
    return [f.verdict, f.rule];
  };
  it("compares the toll, a standing figure, whatever the count before it in the sentence", () => {
    expect(tollOf("550")).toEqual(["supported", "count.exact"]);
    expect(tollOf("1,103")).toEqual(["contradicted", "count.exact"]);
  });
});

describe("a name of one capitalised word", () => {
  const blast = baseOf(`
- id: blast
  kind: event
  name: Selby fertilizer plant explosion
  aliases: [West]
  date: 2013-04-17
  counts: { killed: 15 }
  sources: [{ title: t }]
`);
  const countOf = (text: string) => {
    const f = check([{ path: "a.txt", text, published: "2013-04-20" }], blast)[0]!.findings.find((x) => x.claim.kind === "count")!;
    return [f.verdict, f.entry?.id ?? null];
  };
  it("names the entry written as a name, not as a word in lower case", () => {
    expect(countOf("The blast in West killed 14 people.")).toEqual(["contradicted", "blast"]);
    expect(countOf("A quake off the west coast killed 14 people.")).toEqual(["unverified", null]);
  });
});
