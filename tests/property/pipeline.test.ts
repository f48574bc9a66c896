/**
 * Properties of the whole pipeline on any text (fast-check): it never throws,
 * every claim is the slice of the text it says, its line:column agrees with its
 * offset, the JSON report is a document, and fixing twice changes nothing more
 * than fixing once.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, extract, toJsonReport } from "../../src/index.js";
import { applyEdits } from "../../src/fix/corrections.js";
import { fileEdits } from "../../src/report/formatters/diff.js";
import { reportFile } from "../../src/report/index.js";
import { baseOf } from "../helpers/base.js";

const base = baseOf(`
- id: clashes
  kind: event
  name: September 2022 Armenia–Azerbaijan border clashes
  aliases: [border clashes]
  keywords: [Armenia, Azerbaijan]
  date: 2022-09-12/2022-09-14
  counts: { killed: 286, wounded: { min: 489, max: 500 } }
  sources: [{ title: t }]
- id: alma-ata
  kind: treaty
  name: Alma-Ata Declaration
  date: 1991-12-21
  place: Alma-Ata
  sources: [{ title: t }]
`);

/** Pieces of news text, markup, odd characters and line breaks, so the generator reaches every extractor. */
const piece = fc.oneof(
  fc.constantFrom(
    "About 300 people were killed", "at least 1,200 soldiers", "nearly 1.2 million", "four soldiers and six militants died", "12–14 September 2022",
    "on November 23", "September last year", "on Monday", "in 1991", "the Alma-Ata Declaration of 1991", "the border clashes", "Armenia and Azerbaijan",
    "-", "–", " ", ". ", ", ", "\n", "\r\n", "\r", "\n\n", "# ", "* ", "> ", "`", "```\n", "---\n", "<p>", "</p>", "&amp;", "<!-- ", " -->", "\t",
    "\u2028", "\u202e", "\u0000", "\u001b[31m", "é", "ß", "日本", "😀", "\ud800", "%", "$", "(", ")", "\"", "'", "’", "1", "2023", "100,000",
  ),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: 0, max: 100000 }).map(String),
);
const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(""));
const format = fc.constantFrom<"text" | "markdown" | "html">("text", "markdown", "html");
const published = fc.constantFrom<string | null>("2023-02-02", null);

function lineColumn(s: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = s[i];
    if (c === "\n" || (c === "\r" && s[i + 1] !== "\n")) {
      line++;
      start = i + 1;
    } else if (c === "\r") {
      line++;
      i++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

describe("on any text", () => {
  it("never throws; every claim is its slice, at its line:column; the JSON report parses", () => {
    fc.assert(
      fc.property(text, format, published, (t, f, p) => {
        const files = check([{ path: "a", text: t, published: p, format: f }], base);
        const doc = files[0]!.doc;
        for (const finding of files[0]!.findings) {
          const c = finding.claim;
          expect(c.text).toBe(doc.text.slice(c.start, c.end));
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(doc.text.length);
        }
        const report = JSON.parse(toJsonReport(files, base, "0")) as { files: Array<{ claims: Array<{ start: number; line: number; column: number }> }> };
        for (const c of report.files[0]!.claims) expect({ line: c.line, column: c.column }).toEqual(lineColumn(doc.text, c.start));
        expect(extract([{ path: "a", text: t, published: p, format: f }])[0]!.claims.length).toBe(files[0]!.findings.length);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("fixing twice changes nothing more than fixing once", () => {
    fc.assert(
      fc.property(text, (t) => {
        const fix = (s: string) => {
          const [f] = check([{ path: "a.md", text: s, published: "2023-02-02", format: "markdown" }], base);
          return applyEdits(f!.doc.text, fileEdits(reportFile(f!.doc, f!.findings.map((x) => x.claim), f!.findings)));
        };
        const once = fix(t);
        expect(fix(once)).toBe(once);
      }),
      { numRuns: 150, seed: 11 },
    );
  });
});
