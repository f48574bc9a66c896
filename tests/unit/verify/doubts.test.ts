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
