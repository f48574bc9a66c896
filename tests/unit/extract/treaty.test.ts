import { describe, expect, it } from "vitest";
import { treatiesOf } from "../../helpers/extract.js";

/** [sentence, expected [text, name, year?, date?, place?][]] */
const FOUND: Array<[string, Array<{ text: string; name: string; year?: number; date?: string; place?: string }>]> = [
  ["Talks follow the Alma-Ata Declaration of 1991.", [{ text: "Alma-Ata Declaration of 1991", name: "Alma-Ata Declaration", year: 1991 }]],
  ["Kyiv cites the 1994 Budapest Memorandum.", [{ text: "1994 Budapest Memorandum", name: "Budapest Memorandum", year: 1994 }]],
  ["The Treaty of Versailles (1919) ended the war.", [{ text: "Treaty of Versailles (1919)", name: "Treaty of Versailles", year: 1919 }]],
  ["Russia suspended New START last year.", [{ text: "New START", name: "New START" }]],
  ["The INF Treaty collapsed.", [{ text: "INF Treaty", name: "INF Treaty" }]],
  // The dots of an initialism belong to the name; "and the" starts another noun phrase.
  [
    "It builds on the 1992 U.N. Framework Convention on Climate Change and the U.N. Charter.",
    [
      { text: "1992 U.N. Framework Convention on Climate Change", name: "U.N. Framework Convention on Climate Change", year: 1992 },
      { text: "U.N. Charter", name: "U.N. Charter" },
    ],
  ],
  // The medium a convention governs is part of its name; a place after "at" is not.
  ["It breached the 1974 International Convention for the Safety of Life at Sea.", [{ text: "1974 International Convention for the Safety of Life at Sea", name: "International Convention for the Safety of Life at Sea", year: 1974 }]],
  ["Both sides invoked the 2020 trilateral statement.", [{ text: "2020 trilateral statement", name: "trilateral statement", year: 2020 }]],
  ["They discussed the Treaty on the Non-Proliferation of Nuclear Weapons.", [{ text: "Treaty on the Non-Proliferation of Nuclear Weapons", name: "Treaty on the Non-Proliferation of Nuclear Weapons" }]],
  ["The Minsk agreements, signed in Minsk on 12 February 2015, failed.", [{ text: "Minsk agreements", name: "Minsk agreements", year: 2015, date: "2015-02-12", place: "Minsk" }]],
  // "in the Domiri town of Halvik": the place is the name after the kind of place.
  ["The Halvik Agreement, signed in the Domiri town of Halvik on 14 March 2021, held.", [{ text: "Halvik Agreement", name: "Halvik Agreement", year: 2021, date: "2021-03-14", place: "Halvik" }]],
  ["He was charged under the United Nations Convention against Corruption.", [{ text: "United Nations Convention against Corruption", name: "United Nations Convention against Corruption" }]],
  ["Both sides cite the Halvik Ceasefire Agreement.", [{ text: "Halvik Ceasefire Agreement", name: "Halvik Ceasefire Agreement" }]],
  // "to" inside a name; an apposition before the signing clause.
  ["Unions cite the 1949 Right to Organise and Collective Bargaining Convention.", [{ text: "1949 Right to Organise and Collective Bargaining Convention", name: "Right to Organise and Collective Bargaining Convention", year: 1949 }]],
  ["Supplies rest on the Selm Accord, a gas transit deal signed in Selm in 2019.", [{ text: "Selm Accord", name: "Selm Accord", year: 2019, place: "Selm" }]],
  // A clause dated in another year than the name's own is of another act; in the same year, it is the signing.
  ["The extension of the 1968 Non-Proliferation Treaty agreed in New York in May 1995 holds.", [{ text: "1968 Non-Proliferation Treaty", name: "Non-Proliferation Treaty", year: 1968 }]],
  ["The 1994 Budapest Memorandum signed in Budapest in December 1994 holds.", [{ text: "1994 Budapest Memorandum", name: "Budapest Memorandum", year: 1994, date: "1994-12", place: "Budapest" }]],
  // A venue gives way to the town it is in, whose name may hold small words.
  ["It came under the Halvik Convention, agreed at the Earth Summit in Rio de Janeiro in 1992.", [{ text: "Halvik Convention", name: "Halvik Convention", year: 1992, place: "Rio de Janeiro" }]],
  ["The Declaration of Alma-Ata of 21 December 1991 is cited.", [{ text: "Declaration of Alma-Ata of 21 December 1991", name: "Declaration of Alma-Ata", year: 1991, date: "1991-12-21" }]],
  // Heads that name an agreement only as the capitalised head of a proper name.
  ["Halvia quit the 2017 Joint Comprehensive Plan of Action for the lakes.", [{ text: "2017 Joint Comprehensive Plan of Action", name: "Joint Comprehensive Plan of Action", year: 2017 }]],
  ["Exports resumed under the Selm River Grain Initiative.", [{ text: "Selm River Grain Initiative", name: "Selm River Grain Initiative" }]],
  ["States must report under the Halvik Health Regulations (2011).", [{ text: "Halvik Health Regulations (2011)", name: "Halvik Health Regulations", year: 2011 }]],
  // A capitalised partnership names a trade agreement; an official title may go on with a participle.
  ["Selm withdrew from the Trans-Ostrelian Partnership in 2017.", [{ text: "Trans-Ostrelian Partnership", name: "Trans-Ostrelian Partnership" }]],
  ["The Treaty establishing a Constitution for Europe was signed in Rome.", [{ text: "Treaty establishing a Constitution for Europe", name: "Treaty establishing a Constitution for Europe", place: "Rome" }]],
  ["It breached the Convention relating to the Status of Refugees.", [{ text: "Convention relating to the Status of Refugees", name: "Convention relating to the Status of Refugees" }]],
];

const IGNORED: string[] = [
  "The plan was approved by the council.",
  "A new initiative was launched on Monday.",
  "The Plan failed.",
  "Regulations tightened last year.",
  "SALT HARBOUR, Ostrelia, September 26 - Rangers counted 1,480 cranes.",
  "The Collective Security Treaty Organisation met in Yerevan.",
  "The North Atlantic Treaty Organization expanded.",
  "They signed it at a ceremony at the Birendra International Convention Centre in Kathmandu.",
  "Both sides want to conclude a peace treaty.",
  "The agreement was reached after long talks.",
  "Treaty talks stalled.",
  "A Russian-brokered deal ended the fighting.",
  "Russia's agreement is needed.",
  "The two firms formed a partnership in 2019.",
  "The treaty establishing the court was signed.",
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

describe("treaty names and signing clauses in wire copy", () => {
  it.each([
    ["Moscow has not ratified the Safety and Health in Mines Convention of 1995.", "Safety and Health in Mines Convention", 1995, null],
    ["The Intermediate-Range Nuclear Forces Treaty, signed by Ronald Reagan and Mikhail Gorbachev in Washington on 8 December 1987, banned the missiles.", "Intermediate-Range Nuclear Forces Treaty", 1987, "Washington"],
    ["The Treaty of Versailles, signed in the Hall of Mirrors on 28 June 1919, was harsh.", "Treaty of Versailles", 1919, "Hall of Mirrors"],
    ["The Treaty on the Non-Proliferation of Nuclear Weapons was opened for signature on 1 July 1968.", "Treaty on the Non-Proliferation of Nuclear Weapons", 1968, null],
    ["The United States withdrew from the INF Treaty on Aug. 2, 2019.", "INF Treaty", null, null],
  ])("%j", (sentence, name, year, place) => {
    expect(treatiesOf(sentence).map((t) => [t.value.name, t.value.year ?? null, t.value.place ?? null])).toEqual([[name, year, place]]);
  });
  it("does not take an acronym defined in brackets for a second mention", () => {
    expect(treatiesOf("It could damage the Treaty on the Non-Proliferation of Nuclear Weapons (NPT), which entered into force in 1970.").map((t) => t.text)).toEqual(["Treaty on the Non-Proliferation of Nuclear Weapons"]);
  });
  it("takes 'a/an' descriptions for generic mentions", () => {
    expect(treatiesOf("Russia has not ratified an International Labour Organization treaty.")).toEqual([]);
  });
});
