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
  });
  it("reports two dates of the same event that disagree", () => {
    expect(inconsistencies("The Hatay earthquake struck on 6 February. The earthquake in Hatay struck on 7 February.")).toEqual([["date", "6 February", "7 February"]]);
  });
});
