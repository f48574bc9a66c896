import { describe, expect, it } from "vitest";
import { emptyTally, metrics, score } from "../../../src/eval/score.js";
import type { Mention } from "../../../src/eval/score.js";

const m = (start: number, end: number, value: number): Mention<number> => ({ doc: "d", start, end, text: "", value });

describe("TempEval-3 scoring", () => {
  it("matches overlapping spans one to one, counts strict matches and value accuracy", () => {
    const t = emptyTally();
    score(t, [m(0, 5, 1), m(10, 15, 2), m(20, 25, 9)], [m(0, 5, 1), m(12, 14, 3), m(30, 35, 4)], (a, b) => a === b, String);
    expect([t.system, t.gold, t.relaxed, t.strict, t.valueCorrect]).toEqual([3, 3, 2, 1, 1]);
    const r = metrics(t);
    expect(r.precision).toBeCloseTo(2 / 3);
    expect(r.recall).toBeCloseTo(2 / 3);
    expect(r.valueAccuracy).toBeCloseTo(0.5);
    expect(r.valueF1).toBeCloseTo(0.5 * (2 / 3));
  });
  it("never matches one gold span twice", () => {
    const t = emptyTally();
    score(t, [m(0, 5, 1), m(1, 4, 1)], [m(0, 5, 1)], (a, b) => a === b, String);
    expect(t.relaxed).toBe(1);
    expect(t.misses.filter((x) => x.kind === "fp")).toHaveLength(1);
  });
});
