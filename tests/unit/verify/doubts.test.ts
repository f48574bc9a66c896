import { describe, expect, it } from "vitest";
import { check } from "../../../src/index.js";
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
  it("does not take a date in another clause for the date of a later mention", () => {
    expect(verdict("The outbreak began in early March last year, weeks after Tropical Storm Ana hit.")).toContainEqual(["early March last year", "unverified", "date.other-clause"]);
  });
  it("does not take a date after publication for the date of a past event", () => {
    expect(verdict("After the Valley earthquake, rebuilding will end by 5 February 2026.")).toContainEqual(["5 February 2026", "unverified", "date.future"]);
  });
  it("lets the date that agrees date the entry, and not the other one", () => {
    expect(verdict("The Valley earthquake struck on 16 June, not on 18 June as first said.")).toContainEqual(["18 June", "unverified", "date.other-agrees"]);
  });
  it("reads a rounded percentage with its rounding, and names a group only when it is close", () => {
    expect(verdict("In the Valley earthquake referendum, Yes won 58%.")).toContainEqual(["58%", "supported", "count.exact"]);
    expect(verdict("In the Valley earthquake referendum, the Yes side won 60% of the airtime.")).toContainEqual(["60%", "unverified", "count.group-nearby"]);
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
  const findings = (text: string) => check([{ path: "a.txt", text, published: "2022-09-26" }], vote)[0]!.findings;
  const of = (text: string, claim: string) => {
    const f = findings(text).find((x) => x.claim.text === claim);
    return f ? [f.verdict, f.rule] : null;
  };

  it("compares a figure whose clause has the group for subject", () => {
    expect(of("In the 2022 referendum, the Yes side had won 62.9% of the vote.", "62.9%")).toEqual(["contradicted", "count.exact"]);
    expect(of("In the 2022 referendum, Yes won 58.3% of votes cast.", "58.3%")).toEqual(["supported", "count.exact"]);
    // A group in lower case counts only as the subject.
    expect(of("In the 2022 referendum, turnout was 70.1 percent.", "70.1 percent")).toEqual(["contradicted", "count.exact"]);
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
  });
  it("contradicts a share of a set above 100 percent, whatever the entry holds", () => {
    expect(of("In the 2022 referendum, ballots from 199% of polling stations were counted.", "199%")).toEqual(["contradicted", "count.share-over-whole"]);
    expect(of("The Estavia referendum campaign reached 143% of adults.", "143%")).toEqual(["contradicted", "count.share-over-whole"]);
  });
  it("leaves a percentage of a magnitude, and a share that may round to the whole, alone", () => {
    for (const [text, claim] of [
      ["Before the 2022 referendum, debt stood at 120% of GDP.", "120%"],
      ["Before the 2022 referendum, exports rose to 150% of pre-war levels.", "150%"],
      ["Before the 2022 referendum, the campaign reached about 105% of its targets.", "about 105%"],
      ["In the 2022 referendum, about 105% of registered voters were on the rolls.", "about 105%"],
    ] as const) {
      expect(of(text, claim)?.[1], text).not.toBe("count.share-over-whole");
    }
  });
});
