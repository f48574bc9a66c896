import { describe, expect, it } from "vitest";
import { check } from "../../../src/index.js";
import { baseOf } from "../../helpers/base.js";

const base = baseOf(`
- id: fire
  kind: event
  name: Canal Street fire
  date: 2019-10-23
  counts: { killed: 4, rescued: 11, person: 30, trapped: 31 }
  sources: [{ title: t }]
- id: quake
  kind: event
  name: Valley earthquake
  date: 2023-06-16
  counts: { killed: 312, body: 27 }
  sources: [{ title: t }]
`);

const of = (text: string, claim: string) => {
  const f = check([{ path: "a.txt", text, published: "2023-06-20" }], base)[0]!.findings.find((x) => x.claim.text.includes(claim));
  return f ? [f.verdict, f.rule, f.reason.split(" [")[0]] : null;
};

/** The verdict of the first claim whose text holds `claim`, in `text` checked against a base. */
const verdictIn = (b: ReturnType<typeof baseOf>, published: string) => (text: string, claim: string) =>
  check([{ path: "a.txt", text, published }], b)[0]!.findings.find((x) => x.claim.text.includes(claim))?.verdict;

describe("which figure of an entry a count speaks of", () => {
  it("takes a figure the base keys by the count's verb, before one of its noun", () => {
    expect(of("In the Canal Street fire, firefighters rescued 11 people.", "11 people")).toEqual(["supported", "count.exact", "count.exact: reference 11 rescued equals 11"]);
    expect(of("In the Canal Street fire, firefighters rescued 23 people.", "23 people")?.slice(0, 2)).toEqual(["contradicted", "count.exact"]);
    expect(of("In the Canal Street fire, 31 workers were trapped.", "31 workers")?.slice(0, 2)).toEqual(["supported", "count.exact"]);
    // "rescuers" is not "rescued": a noun of the same stem is not the verb.
    expect(of("In the Canal Street fire, 30 people were inside.", "30 people")?.slice(0, 2)).toEqual(["supported", "count.exact"]);
  });
  it("takes a figure keyed by the counted noun itself before the measure read from it", () => {
    expect(of("In the Valley earthquake, rescuers recovered 27 bodies.", "27 bodies")?.slice(0, 2)).toEqual(["supported", "count.exact"]);
    expect(of("In the Valley earthquake, rescuers recovered 54 bodies.", "54 bodies")?.slice(0, 2)).toEqual(["contradicted", "count.exact"]);
  });
  it("leaves a count of bodies a part of the dead when the entry keys no bodies", () => {
    expect(of("In the Canal Street fire, firefighters recovered two bodies.", "two bodies")?.slice(0, 2)).toEqual(["unverified", "count.part-of-whole"]);
  });
});

describe("a quantity in tonnes", () => {
  const port = baseOf(`
- id: blast
  kind: event
  name: Beirut port explosion
  date: 2020-08-04
  counts: { tonne: 2750, killed: 218 }
  sources: [{ title: t }]
`);
  const at = verdictIn(port, "2020-08-10");
  it("is a count compared with the entry's figure, however the unit is spelt", () => {
    expect(at("The Beirut port explosion was caused by 2,750 tonnes of ammonium nitrate.", "2,750 tonnes")).toBe("supported");
    expect(at("The Beirut port explosion was caused by 2,750 tons of ammonium nitrate.", "2,750 tons")).toBe("supported");
    expect(at("The Beirut port explosion was caused by 5,500 metric tons of ammonium nitrate.", "5,500 metric tons")).toBe("contradicted");
  });
});

describe("a measure a base writes in other words", () => {
  const quake = baseOf(`
- id: quake
  kind: event
  name: Valley earthquake
  date: 2023-06-16
  counts: { people killed: 312, missing persons: 40, internally displaced: 12000 }
  sources: [{ title: t }]
`);
  const at = verdictIn(quake, "2023-06-20");
  it("is read as the canonical measure it stands for", () => {
    expect(at("The Valley earthquake killed 312 people.", "312 people")).toBe("supported");
    expect(at("The Valley earthquake killed 612 people.", "612 people")).toBe("contradicted");
    expect(at("After the Valley earthquake, 40 people are missing.", "40 people are missing")).toBe("supported");
    expect(at("The Valley earthquake displaced 12,000 people.", "12,000 people")).toBe("supported");
  });
});
