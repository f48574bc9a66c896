import { describe, expect, it } from "vitest";
import { treatiesOf } from "../../helpers/extract.js";

/** [sentence, expected [text, name, year?, date?, place?][]] */
const FOUND: Array<[string, Array<{ text: string; name: string; year?: number; date?: string; place?: string }>]> = [
  ["Talks follow the Alma-Ata Declaration of 1991.", [{ text: "Alma-Ata Declaration of 1991", name: "Alma-Ata Declaration", year: 1991 }]],
  ["Kyiv cites the 1994 Budapest Memorandum.", [{ text: "1994 Budapest Memorandum", name: "Budapest Memorandum", year: 1994 }]],
  ["The Treaty of Versailles (1919) ended the war.", [{ text: "Treaty of Versailles (1919)", name: "Treaty of Versailles", year: 1919 }]],
  ["Russia suspended New START last year.", [{ text: "New START", name: "New START" }]],
  ["The INF Treaty collapsed.", [{ text: "INF Treaty", name: "INF Treaty" }]],
  ["Both sides invoked the 2020 trilateral statement.", [{ text: "2020 trilateral statement", name: "trilateral statement", year: 2020 }]],
  ["They discussed the Treaty on the Non-Proliferation of Nuclear Weapons.", [{ text: "Treaty on the Non-Proliferation of Nuclear Weapons", name: "Treaty on the Non-Proliferation of Nuclear Weapons" }]],
  ["The Minsk agreements, signed in Minsk on 12 February 2015, failed.", [{ text: "Minsk agreements", name: "Minsk agreements", year: 2015, date: "2015-02-12", place: "Minsk" }]],
  ["The Declaration of Alma-Ata of 21 December 1991 is cited.", [{ text: "Declaration of Alma-Ata of 21 December 1991", name: "Declaration of Alma-Ata", year: 1991, date: "1991-12-21" }]],
];

const IGNORED: string[] = [
  "The Collective Security Treaty Organisation met in Yerevan.",
  "The North Atlantic Treaty Organization expanded.",
  "Both sides want to conclude a peace treaty.",
  "The agreement was reached after long talks.",
  "Treaty talks stalled.",
  "A Russian-brokered deal ended the fighting.",
  "Russia's agreement is needed.",
];

describe("treaty extractor", () => {
  it.each(FOUND)("finds the agreements of %j", (sentence, expected) => {
    const got = treatiesOf(sentence).map((t) => {
      const out: Record<string, unknown> = { text: t.text, name: t.value.name };
      if (t.value.year != null) out["year"] = t.value.year;
      if (t.value.date) out["date"] = t.value.date;
      if (t.value.place) out["place"] = t.value.place;
      return out;
    });
    expect(got).toEqual(expected);
  });

  it.each(IGNORED)("finds no agreement in %j", (sentence) => {
    expect(treatiesOf(sentence).map((t) => t.text)).toEqual([]);
  });

  it("remembers an acronym defined after a name", () => {
    const got = treatiesOf("The Comprehensive Nuclear-Test-Ban Treaty (CTBT) was signed in 1996. Russia left the CTBT.").map((t) => t.text);
    expect(got).toContain("CTBT");
  });
});

describe("treaty names around dates", () => {
  it("reads a year before a generic agreement as its year, and a date inside a name as part of the name", () => {
    expect(treatiesOf("Moscow was accused of violating the 1987 pact.").map((t) => [t.text, t.value.year])).toEqual([["1987 pact", 1987]]);
    expect(treatiesOf("The Helsinki Final Act of 1975 set out the principles.").map((t) => t.value.name)).toEqual(["Helsinki Final Act"]);
    expect(treatiesOf("The Charter of Paris for a New Europe (1990) followed.").map((t) => t.value.name)).toEqual(["Charter of Paris for a New Europe"]);
  });
});
