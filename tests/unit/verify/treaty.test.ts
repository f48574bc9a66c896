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
  it("takes a place written in its people's form (\"Domiri\" for Domir) for the place", () => {
    const halvik = baseOf(`
- id: halvik
  kind: treaty
  name: Halvik Ceasefire Agreement
  date: 2021-03-14
  place: Halvik, Domir
  sources: [{ title: t }]
`);
    const of = (text: string) => check([{ path: "a.txt", text, published: "2024-11-21" }], halvik)[0]!.findings.filter((f) => f.claim.kind === "treaty").map((f) => [f.verdict, f.rule]);
    expect(of("The Halvik Ceasefire Agreement, signed in the Domiri town of Halvik on 14 March 2021, held.")).toEqual([["supported", "treaty.date"]]);
    expect(of("The Halvik Ceasefire Agreement, signed in Domiri territory in 2021, held.")).toEqual([["supported", "treaty.place"]]);
    expect(of("The Halvik Ceasefire Agreement, signed in Geneva in 2021, held.")).toEqual([["contradicted", "treaty.place"]]);
  });
  it("compares both a year in the name and a signing date written after it", () => {
    expect(verdicts("Under the 1991 Alma-Ata Protocol, signed on 21 December 1991, they met.")).toEqual([["1991 Alma-Ata Protocol", "supported", "treaty.date"]]);
    expect(verdicts("Under the 1993 Alma-Ata Protocol, signed on 21 December 1991, they met.")).toEqual([["1993 Alma-Ata Protocol", "contradicted", "treaty.year"]]);
    expect(verdicts("Under the 1991 Alma-Ata Protocol, signed on 21 December 1993, they met.")).toEqual([["1991 Alma-Ata Protocol", "contradicted", "treaty.date"]]);
  });
  it("leaves an unknown agreement unverified", () => {
    expect(verdicts("They cited the Budapest Memorandum of 1994.")).toEqual([["Budapest Memorandum of 1994", "unverified", "link.no-entry"]]);
  });
});

describe("treaty parties", () => {
  const withParties = baseOf(`
- id: kars-1921
  kind: treaty
  name: Treaty of Kars
  date: 1921-10-13
  parties: [Turkey, Armenia, Azerbaijan, Georgia]
  sources: [{ title: t }]
`);
  const verdict = (text: string) => check([{ path: "a.txt", text, published: "2023-02-02" }], withParties)[0]!.findings.filter((f) => f.claim.kind === "treaty").map((f) => [f.verdict, f.rule]);
  it("supports parties the entry lists and never contradicts on a party alone", () => {
    expect(verdict("They cited the Treaty of Kars between Turkey and Armenia.")).toEqual([["supported", "treaty.parties"]]);
    expect(verdict("They cited the Treaty of Kars between Turkey and Iran.")).toEqual([["unverified", "treaty.parties"]]);
    expect(verdict("The Treaty of Kars, signed by Kazim Karabekir in Kars on 13 October 1921, held.")).toEqual([["supported", "treaty.date"]]);
  });
});
