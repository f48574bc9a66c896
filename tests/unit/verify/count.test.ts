import { describe, expect, it } from "vitest";
import { qualifierHolds, pickRevision, matchGroup } from "../../../src/verify/count.js";
import type { Figure } from "../../../src/index.js";
import { check } from "../../../src/index.js";
import { baseOf } from "../../helpers/base.js";

const fig = (min: number, max = min, asOf: string | null = null, groups: Record<string, number> = {}): Figure => ({
  min,
  max,
  asOf,
  line: 1,
  groups: new Map(Object.entries(groups).map(([k, v]) => [k, fig(v)])),
});

describe("qualifier rules (CONTRACT §3)", () => {
  // [qualifier, n, reference lo, hi, holds]
  const CASES: Array<[Parameters<typeof qualifierHolds>[0], number, number, number, boolean]> = [
    ["exact", 286, 286, 286, true],
    ["exact", 300, 286, 286, false],
    ["exact", 290, 286, 300, true],
    ["about", 300, 286, 286, true], // [270, 330] overlaps 286
    ["about", 300, 260, 260, false],
    ["about", 300, 250, 275, true],
    ["at_least", 200, 286, 286, true],
    ["at_least", 300, 286, 286, false],
    ["more_than", 286, 286, 286, false],
    ["more_than", 285, 286, 286, true],
    ["at_most", 300, 286, 286, true],
    ["at_most", 200, 286, 286, false],
    ["fewer_than", 286, 286, 286, false],
    ["fewer_than", 287, 286, 286, true],
    ["nearly", 300, 286, 286, true], // [270, 300]
    ["nearly", 300, 301, 310, false],
    ["nearly", 300, 250, 260, false],
  ];
  it.each(CASES)("%s %d against [%d, %d] → %s", (q, n, lo, hi, holds) => {
    expect(qualifierHolds(q, n, 0, 0, lo, hi, 0.1, 0)).toBe(holds);
  });

  it("compares ranges by overlap", () => {
    expect(qualifierHolds("range", 0, 20, 30, 25, 25, 0.1, 0)).toBe(true);
    expect(qualifierHolds("range", 0, 20, 30, 31, 40, 0.1, 0)).toBe(false);
  });

  it("takes the tolerance as configured", () => {
    expect(qualifierHolds("about", 300, 0, 0, 255, 255, 0.1, 0)).toBe(false);
    expect(qualifierHolds("about", 300, 0, 0, 255, 255, 0.2, 0)).toBe(true);
  });

  it("reads a rounded number with its written precision", () => {
    expect(qualifierHolds("exact", 1_200_000, 0, 0, 1_180_000, 1_180_000, 0.1, 50_000)).toBe(true);
    expect(qualifierHolds("exact", 1_200_000, 0, 0, 1_100_000, 1_100_000, 0.1, 50_000)).toBe(false);
  });

  it("takes a bound as written, not widened by its precision (CONTRACT: fewer_than is lo < n)", () => {
    expect(qualifierHolds("fewer_than", 1, 0, 0, 1, 2.9, 0.1, 0.5)).toBe(false);
    expect(qualifierHolds("more_than", 1_200_000, 0, 0, 1_180_000, 1_180_000, 0.1, 50_000)).toBe(false);
    expect(qualifierHolds("at_least", 3, 0, 0, 2.6, 2.6, 0.1, 0.5)).toBe(false);
    expect(qualifierHolds("at_most", 3, 0, 0, 3.4, 3.4, 0.1, 0.5)).toBe(false);
  });
});

describe("revisions and groups", () => {
  const list = [fig(40, 40, "2022-09-13"), fig(105, 105, "2022-09-14"), fig(207, 207, "2022-09-20")];
  it("takes the latest figure reported on or before publication and names a later revision", () => {
    const { figure, later } = pickRevision(list, "2022-09-15");
    expect(figure.min).toBe(105);
    expect(later?.min).toBe(207);
  });
  it("takes the latest of all without a publication date", () => {
    expect(pickRevision(list, null).figure.min).toBe(207);
  });
  it("matches a group when every word of its phrase is in the claim, singular or plural", () => {
    const f = fig(286, 286, null, { "Armenian soldiers": 207, "Azerbaijani soldiers": 79 });
    expect(matchGroup(f, "207 Armenian soldiers were killed")).toMatchObject({ phrase: "Armenian soldiers" });
    expect(matchGroup(f, "one Armenian soldier was killed")).toMatchObject({ phrase: "Armenian soldiers" });
    expect(matchGroup(f, "300 people died")).toBeNull();
  });
  it("takes two spellings of one figure for one group, and two figures as specific for ambiguous", () => {
    expect(matchGroup(fig(227, 227, null, { Malaysian: 38, Malaysians: 38 }), "38 were Malaysians")).toMatchObject({ phrase: "Malaysian" });
    expect(matchGroup(fig(227, 227, null, { Malaysian: 38, Malaysians: 40 }), "38 were Malaysians")).toBe("ambiguous");
  });
});

describe("a toll reported only after the article", () => {
  const base = baseOf(`
- id: port-blasts
  kind: event
  name: Harbour blasts
  date: 2015-08-12
  counts:
    missing: [{ value: 8, as_of: 2016-02-05 }]
    container: [{ value: 7533, as_of: 2016-02-05 }]
    killed: [{ value: 114, as_of: 2015-08-17 }, { value: 173, as_of: 2016-02-05 }]
  sources: [{ title: t }]
`);
  const verdicts = (text: string, published: string) => check([{ path: "a.txt", text, published }], base)[0]!.findings.filter((f) => f.claim.kind === "count").map((f) => [f.claim.text, f.verdict, f.rule]);
  it("is borne out by a later figure, not refuted by it", () => {
    expect(verdicts("After the Harbour blasts, dozens of people are still missing.", "2015-08-19")).toEqual([["dozens of people are still missing", "unverified", "count.reported-later"]]);
    expect(verdicts("After the Harbour blasts, 8 people are still missing.", "2015-08-19")).toEqual([["8 people are still missing", "supported", "count.exact"]]);
  });
  it("is compared when the article comes after the figure, or one figure came before it", () => {
    expect(verdicts("After the Harbour blasts, dozens of people are still missing.", "2016-03-01")).toEqual([["dozens of people are still missing", "contradicted", "count.at_least"]]);
    expect(verdicts("The Harbour blasts killed 60 people.", "2015-08-19")).toEqual([["killed 60 people", "contradicted", "count.exact"]]);
  });
  it("is a count of people: a later count of things is still the fact", () => {
    expect(verdicts("The Harbour blasts destroyed 9,000 containers.", "2015-08-19")).toEqual([["9,000 containers", "contradicted", "count.exact"]]);
  });
});

describe("a counted name the entry keys as a group", () => {
  const base = baseOf(`
- id: flight
  kind: event
  name: Flight 370 disappearance
  aliases: [Flight 370]
  date: 2014-03-08
  counts:
    passenger: { value: 227, groups: { Chinese: 153, Malaysian: 38, Indonesian: 7 } }
    killed: { value: 239, groups: { men: 150 } }
  sources: [{ title: t }]
`);
  const verdicts = (text: string) => check([{ path: "a.txt", text, published: "2014-03-15" }], base)[0]!.findings.filter((f) => f.claim.kind === "count").map((f) => [f.claim.text, f.verdict, f.rule]);
  it("is compared with that group of the one measure that has it", () => {
    expect(verdicts("Flight 370 carried seven Indonesians.")).toEqual([["seven Indonesians", "supported", "count.exact"]]);
    expect(verdicts("Flight 370 carried twelve Indonesians.")).toEqual([["twelve Indonesians", "contradicted", "count.exact"]]);
  });
  it("is a name: a common noun the breakdown also uses names no group", () => {
    expect(verdicts("After Flight 370, a jury of five men heard the case.")[0]![2]).toBe("fact.missing");
  });
});
