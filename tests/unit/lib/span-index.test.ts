import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SpanIndex, distance } from "../../../src/lib/span-index.js";

const spanArb = fc.tuple(fc.nat(2000), fc.integer({ min: 1, max: 40 })).map(([start, len]) => ({ start, end: start + len }));

/** What the index must answer, by a pass over every item. */
function nearestByPass<T extends { start: number; end: number }>(items: readonly T[], span: { start: number; end: number }): T {
  let best = items[0]!;
  for (const x of items) if (distance(span, x) < distance(span, best)) best = x;
  return best;
}

describe("SpanIndex", () => {
  it("finds the nearest item, the first in order of several as near, as a pass over all would", () => {
    fc.assert(
      fc.property(fc.array(spanArb, { minLength: 1, maxLength: 120 }), spanArb, (items, span) => {
        expect(new SpanIndex(items).nearest(span)).toBe(nearestByPass(items, span));
      }),
      { numRuns: 500 },
    );
  });

  it("finds the items overlapping a span, in their original order", () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 120 }), spanArb, (items, span) => {
        expect(new SpanIndex(items).overlapping(span)).toEqual(items.filter((x) => x.start < span.end && span.start < x.end));
      }),
      { numRuns: 500 },
    );
  });

  it("places items by the span it is given for them", () => {
    const items = [{ name: "a", from: 10, to: 20 }, { name: "b", from: 30, to: 35 }];
    const index = new SpanIndex(items, (x) => ({ start: x.from, end: x.to }));
    expect(index.overlapping({ start: 15, end: 31 }).map((x) => x.name)).toEqual(["a", "b"]);
    expect(index.nearest({ start: 26, end: 27 }).name).toBe("b");
  });
});
