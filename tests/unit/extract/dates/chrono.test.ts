import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chronoDates } from "../../../../src/extract/dates/chrono.js";

const REF = { year: 2023, month: 2, day: 2 };

/** Sentences that exercise every parser chrono runs, and the words that gate them. */
const SENTENCES = [
  "The summit was held in Yerevan on November 23, two days after the vote.",
  "The protocol was signed on 21 December 1991 in Alma-Ata.",
  "On the 3rd of May troops withdrew; on 4th-6th June they returned.",
  "Fighting raged on 12–14 September 2022 and again in Sept. 2023.",
  "Gunmen killed 12 people on Monday, and on Tue. the army answered.",
  "The ministers met yesterday and will meet tomorrow or tonight.",
  "Prices rose sharply last month; next week and this year look worse.",
  "Three weeks ago the ferry sank; five days earlier a storm hit, and 2 years before that a fire.",
  "The plant shut at the end of the month, and reopened on 2023-01-15 and 12/03/2020.",
  "Talks resumed on Christmas Day 1991 and on New Year's Eve.",
  "In 2019 there were 400 attacks; in March of last year there were 30.",
  "He left in 3/2021 and came back the weekend after, on 2021.03.04.",
  "Nothing here has a date: 400 people, 12 villages and 3 rounds of talks.",
];

describe("chrono gating", () => {
  it("gives the same dates as running every parser", () => {
    for (const s of SENTENCES) expect(chronoDates(s, REF), s).toEqual(chronoDates(s, REF, { everyParser: true }));
  });

  it("gives the same dates on every sentence of the development articles", () => {
    const dir = join(__dirname, "../../../../eval/dev/articles");
    let sentences = 0;
    for (const name of readdirSync(dir)) {
      for (const s of readFileSync(join(dir, name), "utf8").split(/(?<=[.!?])\s+/)) {
        sentences++;
        expect(chronoDates(s, REF), s).toEqual(chronoDates(s, REF, { everyParser: true }));
      }
    }
    expect(sentences).toBeGreaterThan(400);
  });
});
