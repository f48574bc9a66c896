import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entriesOfFile } from "../../../../src/load/base/validate.js";
import { parseYaml, parseYamlFast } from "../../../../src/load/yaml.js";
import { rng } from "../../../helpers/rng.js";

const BASE_DIR = join(__dirname, "../../../../eval/bench/base");
const BASE_TEXTS = readdirSync(BASE_DIR).map((f) => readFileSync(join(BASE_DIR, f), "utf8"));

/** Entries and problems from both readers; the validator must not care which parsed the file. */
function both(text: string) {
  const fast = parseYamlFast(text);
  const slow = entriesOfFile("b.yaml", parseYaml(text));
  const strip = (r: ReturnType<typeof entriesOfFile>) => ({ entries: r.entries, problems: r.problems, ids: [...r.idPositions.values()] });
  return { fast: fast && strip(entriesOfFile("b.yaml", fast)), slow: strip(slow) };
}

describe("entriesOfFile", () => {
  it("reports a source without a title from the fast reader's nodes (found by npm run fuzz)", () => {
    const text = "- id: a\n  kind: event\n  name: A\n  sources:\n    - url: https://example.org/a\n";
    const { fast, slow } = both(text);
    expect(fast).not.toBeNull();
    expect(fast!.problems).toEqual([{ file: "b.yaml", line: 5, column: 7, message: 'a source needs a "title"', severity: "error" }]);
    expect(fast).toEqual(slow);
  });

  it("gives the same entries, problems and positions whichever reader parsed the file", () => {
    const r = rng(3);
    let compared = 0;
    let withProblems = 0;
    for (let i = 0; i < 1500; i++) {
      // Whole lines dropped, repeated or moved: keys go missing, repeat or land in the wrong mapping.
      const lines = BASE_TEXTS[Math.floor(r() * BASE_TEXTS.length)]!.split("\n");
      for (let k = 1 + Math.floor(r() * 3); k > 0; k--) {
        const at = Math.floor(r() * lines.length);
        const op = r();
        if (op < 0.4) lines.splice(at, 1);
        else if (op < 0.7) lines.splice(at, 0, lines[Math.floor(r() * lines.length)]!);
        else lines[at] = lines[at]!.replace(/: .*/, r() < 0.5 ? ": " : ": [1, 2]");
      }
      const { fast, slow } = both(lines.join("\n"));
      if (!fast) continue;
      compared++;
      if (slow.problems.length > 0) withProblems++;
      expect(fast, lines.join("\n")).toEqual(slow);
    }
    expect(compared).toBeGreaterThan(500);
    expect(withProblems).toBeGreaterThan(100);
  });
});
