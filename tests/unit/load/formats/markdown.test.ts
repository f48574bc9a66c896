import { describe, expect, it } from "vitest";
import { codeSpans, markdownProse } from "../../../../src/load/formats/markdown.js";

describe("codeSpans", () => {
  it("finds spans closed by a run of the same length", () => {
    expect(codeSpans("a `b` c")).toEqual([[2, 5]]);
    expect(codeSpans("``a ` b`` c `d`")).toEqual([[0, 9], [12, 15]]);
  });

  it("leaves runs never closed as text, and looks past them", () => {
    expect(codeSpans("a `` b ` c `")).toEqual([[7, 12]]);
    expect(codeSpans("no code ``` here")).toEqual([]);
    expect(codeSpans("")).toEqual([]);
  });

  it("takes linear time on a line of backticks of growing runs", () => {
    // Runs of 1, 2, 3 … backticks, none closed: a backtracking pattern tries every pair.
    const line = Array.from({ length: 2000 }, (_, i) => "`".repeat(i + 1)).join(" ");
    expect(line.length).toBeGreaterThan(2_000_000);
    expect(codeSpans(line)).toEqual([]);
  });
});

describe("markdownProse", () => {
  const view = (text: string) => markdownProse(text).view;

  it("blanks code spans, table rules and reference definitions, keeping offsets", () => {
    const text = "On `May 5` it rose.\n\n| a | b |\n|:--|--:|\n\n[ref]: https://example.org/x\n";
    const v = view(text);
    expect(v.length).toBe(text.length);
    expect(v).toContain("it rose.");
    expect(v).not.toContain("May 5");
    expect(v).not.toContain(":--");
    expect(v).not.toContain("example.org");
  });

  it("keeps a line of dashes and words as prose, not a table rule", () => {
    expect(view("Talks - 12 May - ended.\n")).toContain("12 May");
  });
});
