import { describe, expect, it } from "vitest";
import { check } from "../../../src/index.js";
import { baseOf } from "../../helpers/base.js";

const base = baseOf(`
- id: alma-ata-1991
  kind: treaty
  name: Alma-Ata Protocol
  aliases: [Alma-Ata Declaration]
  date: 1991-12-21
  place: Alma-Ata, Kazakhstan
  sources: [{ title: t }]
`);

function verdicts(text: string) {
  const [file] = check([{ path: "a.txt", text, published: "2023-02-02" }], base);
  return file!.findings.filter((f) => f.claim.kind === "treaty").map((f) => [f.claim.text, f.verdict, f.rule]);
}

describe("treaty verdicts", () => {
  it("supports a matching year and contradicts another", () => {
    expect(verdicts("They cited the Alma-Ata Declaration of 1991.")).toEqual([["Alma-Ata Declaration of 1991", "supported", "treaty.year"]]);
    expect(verdicts("They cited the Alma-Ata Declaration of 1992.")).toEqual([["Alma-Ata Declaration of 1992", "contradicted", "treaty.year"]]);
  });
  it("compares a stated place", () => {
    expect(verdicts("The Alma-Ata Protocol, signed in Minsk in 1991, is cited.")).toEqual([["Alma-Ata Protocol", "contradicted", "treaty.place"]]);
    expect(verdicts("The Alma-Ata Protocol, signed in Alma-Ata on 21 December 1991, is cited.")).toEqual([["Alma-Ata Protocol", "supported", "treaty.date"]]);
  });
  it("leaves an unknown agreement unverified", () => {
    expect(verdicts("They cited the Budapest Memorandum of 1994.")).toEqual([["Budapest Memorandum of 1994", "unverified", "link.no-entry"]]);
  });
});
