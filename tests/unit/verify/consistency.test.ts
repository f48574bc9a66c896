import { describe, expect, it } from "vitest";
import { check } from "../../../src/index.js";
import { baseOf } from "../../helpers/base.js";

const base = baseOf(`
- id: quake
  kind: event
  name: Hatay earthquake
  keywords: [Hatay, earthquake]
  date: 2023-02-06
  sources: [{ title: t }]
`);

function inconsistencies(text: string) {
  const [f] = check([{ path: "a.txt", text, published: "2023-02-10" }], base);
  return f!.inconsistencies.map((x) => [x.about, x.findings[0].claim.text, x.findings[1].claim.text]);
}

describe("consistency inside one article", () => {
  it("reports two counts of the same event that cannot both hold, even without a figure in the base", () => {
    expect(inconsistencies("The Hatay earthquake killed 300 people. In Hatay, the earthquake left 500 dead.")).toEqual([["killed", "killed 300 people", "500 dead"]]);
  });
  it("accepts counts that can both hold", () => {
    expect(inconsistencies("The Hatay earthquake killed at least 300 people. In Hatay, the earthquake left 500 dead.")).toEqual([]);
  });
  it("does not take a rising toll for an inconsistency", () => {
    expect(inconsistencies("The Hatay earthquake killed 300 people. The toll of the Hatay earthquake later rose to 500 dead.")).toEqual([]);
    // ...nor the figure of a previous count.
    expect(inconsistencies("The Hatay earthquake killed 500 people. In Hatay, the earthquake toll compares with 300 dead in the previous official count.")).toEqual([]);
  });
  it("does not take a part for the whole: bodies recovered, a number of a set", () => {
    expect(inconsistencies("The Hatay earthquake killed 300 people. In Hatay, rescuers recovered 40 bodies from the earthquake rubble.")).toEqual([]);
    expect(inconsistencies("The Hatay earthquake killed 300 people. In Hatay, the earthquake killed 40 of the town's 900 teachers.")).toEqual([]);
  });
  it("does not take shares of different things, or a count its words narrow, for rival figures", () => {
    expect(inconsistencies("The Hatay earthquake vote went 55 percent to the government. In Hatay, turnout after the earthquake was 84.6 percent.")).toEqual([]);
    expect(inconsistencies("The Hatay earthquake hit 32 districts. In Hatay, four districts hit by the earthquake voted to rebuild.")).toEqual([]);
  });
  it("reports two dates of the same event that disagree", () => {
    expect(inconsistencies("The Hatay earthquake struck on 6 February. The earthquake in Hatay struck on 7 February.")).toEqual([["date", "6 February", "7 February"]]);
  });
  it("does not set two dates the base bears out both against each other: days of a storm", () => {
    const storm = baseOf(`- { id: storm, kind: event, name: Storm Daria, keywords: [Daria, storm], date: 2023-02-01/2023-02-09, sources: [{ title: t }] }\n`);
    const [f] = check([{ path: "a.txt", text: "Storm Daria made landfall on 1 February. Storm Daria flooded the capital on 4 February.", published: "2023-02-10" }], storm);
    expect(f!.findings.map((x) => x.verdict)).toEqual(["supported", "supported"]);
    expect(f!.inconsistencies).toEqual([]);
  });
  it("leaves out a claim the verifier did not compare with the entry: a plan, a date decades away", () => {
    // "until next year" is a plan (date.future), "in 1939" decades from the quake (date.far): neither dates it.
    expect(inconsistencies("Rescuers in Hatay called off until next year the search after the earthquake struck on 6 February.")).toEqual([]);
    expect(inconsistencies("The Hatay earthquake struck on 6 February. Hatay had been destroyed by an earthquake in 1939.")).toEqual([]);
  });
});

describe("consistency in long articles", () => {
  it("reports each claim once, with the earliest claim before it that it cannot hold with, in the order of the first claim", () => {
    const text = "The Hatay earthquake killed 300 people. The Hatay earthquake killed 500 people. The Hatay earthquake killed 300 people. The Hatay earthquake killed 400 people.";
    expect(inconsistencies(text)).toEqual([
      ["killed", "killed 300 people", "killed 500 people"],
      ["killed", "killed 300 people", "killed 400 people"],
      ["killed", "killed 500 people", "killed 300 people"],
    ]);
  });

  it("keeps the report in proportion to the article when one figure is repeated against another", () => {
    const text = Array.from({ length: 400 }, (_, i) => `The Hatay earthquake killed ${i % 2 ? 500 : 300} people.`).join(" ");
    // Every pair of a 300 and a 500 conflicts (40,000 pairs); each later claim is reported once.
    expect(inconsistencies(text)).toHaveLength(399);
  });

  it("reports a date once against the first different date before it", () => {
    const text = "The Hatay earthquake struck on 6 February. The Hatay earthquake struck on 7 February. The Hatay earthquake struck on 8 February.";
    expect(inconsistencies(text)).toEqual([
      ["date", "6 February", "7 February"],
      ["date", "6 February", "8 February"],
    ]);
  });
});
