import { describe, expect, it } from "vitest";
import { MAX_SENTENCE, sentencesOf } from "../../../../src/extract/text/segment.js";

const texts = (view: string) => sentencesOf(view, { start: 0, end: view.length }).map((s) => view.slice(s.start, s.end));

describe("sentencesOf", () => {
  it("ends sentences at stops before a capital, not after abbreviations or initials", () => {
    expect(texts("Mr. Smith left on Jan. 5. He came back. J. Doe stayed.")).toEqual(["Mr. Smith left on Jan. 5.", "He came back.", "J. Doe stayed."]);
  });

  it("takes 'no.' for an abbreviation only before a number, and a month's or weekday's only with its capital", () => {
    expect(texts("He lives at No. 10 Downing Street. It is old.")).toEqual(["He lives at No. 10 Downing Street.", "It is old."]);
    expect(texts("In all, 870,263 voted no. Turnout was 60.4 percent.")).toEqual(["In all, 870,263 voted no.", "Turnout was 60.4 percent."]);
    expect(texts("They worked under the sun. The heat was fierce.")).toEqual(["They worked under the sun.", "The heat was fierce."]);
    expect(texts("The match is on Sat. Jan. 5 in Leeds.")).toEqual(["The match is on Sat. Jan. 5 in Leeds."]);
  });

  it("cuts a run longer than a sentence can be at its last clause mark, never inside a number", () => {
    const clause = "officials said that 1,000 people and 2,500 others had left the area, ";
    const view = clause.repeat(60).trim();
    const parts = texts(view);
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(p.startsWith("officials said")).toBe(true);
      expect(p.endsWith(",") || p === parts.at(-1)).toBe(true);
    }
    expect(parts.join(" ")).toBe(view);
  });

  it("cuts a run without clause marks at a blank", () => {
    const view = "word ".repeat(1000).trim();
    const parts = texts(view);
    expect(parts.every((p) => p.length <= MAX_SENTENCE && !p.startsWith(" ") && !p.endsWith(" "))).toBe(true);
    expect(parts.join(" ")).toBe(view);
  });

  it("keeps sentences of ordinary length whole", () => {
    const long = `${"The talks, which began in the spring and went on through the summer, ".repeat(8)}ended.`;
    expect(long.length).toBeLessThan(MAX_SENTENCE);
    expect(texts(long)).toEqual([long]);
  });
});
