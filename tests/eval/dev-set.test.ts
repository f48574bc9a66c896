/**
 * Quality gate: extraction scored against the project's own dev set (24
 * news-style articles with hand-written gold). The build fails when a kind
 * drops below these floors; raise them as extraction improves.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/eval/run.js";

const FLOORS = { f1: 0.95, valueAccuracy: 0.94 };

describe("extraction quality on eval/dev", () => {
  const result = evaluate(join(import.meta.dirname, "../../eval/dev"));
  it.each(["count", "date", "treaty"])("%s: F1 and value accuracy above the floors", (kind) => {
    const row = result.rows.find((r) => r.name === kind)!;
    expect(row.metrics.f1).toBeGreaterThanOrEqual(FLOORS.f1);
    expect(row.metrics.valueAccuracy).toBeGreaterThanOrEqual(FLOORS.valueAccuracy);
  });
  it("finds the publication date of every article", () => {
    expect(result.notes[0]).toMatch(/publication date found for 24\/24 articles/);
  });
});
