import { describe, expect, it } from "vitest";
import { check } from "../../../src/index.js";
import { trailLines, trailOf } from "../../../src/report/explain.js";
import { baseOf } from "../../helpers/base.js";

const base = baseOf(`
- id: clashes-2022
  kind: event
  name: September 2022 Armenia–Azerbaijan border clashes
  aliases: [border clashes]
  keywords: [Armenia, Azerbaijan]
  date: 2022-09-12/2022-09-14
  counts: { killed: 286 }
  sources: [{ title: t }]
`);

/** The --explain lines of the claim whose text starts so. */
function trail(text: string, claim: string): string[] {
  const [file] = check([{ path: "a.txt", text, published: "2023-02-02" }], base);
  const f = file!.findings.find((x) => x.claim.text.startsWith(claim))!;
  return trailLines(trailOf(f.claim, f));
}

describe("--explain trails", () => {
  it("says a count was linked through the paragraph before", () => {
    expect(trail("The border clashes were the worst in years.\n\nAbout 900 people died.", "About 900").join("\n")).toMatch(/by its name or an alias in the paragraph before \(its own names no entry\)/);
  });
  it("says which keywords tied a count to an entry the article states other claims of, and how close it must be", () => {
    const lines = trail("The border clashes killed about 300 people.\n\nIn Armenia, 500 people died.", "500");
    expect(lines.join("\n")).toMatch(/only Armenia of them, but the article states other claims of it\), \d+ characters away; compared only within 3 times its figure/);
    expect(lines.at(-1)).toBe("rule count.exact → contradicted");
  });
});
