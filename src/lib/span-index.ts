/**
 * Spans found by position: a sentence or paragraph crowded with mentions costs
 * each claim a search, not a pass over all of them.
 */
import type { Span } from "../model/location.js";

/** Characters between two spans; 0 when they overlap or touch. */
export function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** Does a span lie within another (a mention within a claim's sentence)? */
export function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** The first index of a sorted list whose key is at least `value`. */
export function lowerBound<T>(list: readonly T[], key: (x: T) => number, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(list[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Placed<T> {
  readonly item: T;
  readonly start: number;
  readonly end: number;
  readonly order: number;
}

/**
 * Items sorted by start and by end, with the longest extent of an item
 * bounding how far back an overlap can start.
 */
export class SpanIndex<T> {
  readonly all: readonly T[];
  private readonly byStart: Placed<T>[];
  private readonly byEnd: Placed<T>[];
  private readonly reach: number;

  constructor(items: readonly T[], spanOf: (x: T) => Span = (x) => x as unknown as Span) {
    this.all = items;
    const placed = items.map((item, order) => ({ item, ...spanOf(item), order }));
    this.byStart = [...placed].sort((a, b) => a.start - b.start || a.order - b.order);
    this.byEnd = [...placed].sort((a, b) => a.end - b.end || a.order - b.order);
    this.reach = placed.reduce((r, p) => Math.max(r, p.end - p.start), 0);
  }

  /** Items overlapping the span, in their original order. */
  overlapping(span: Span): T[] {
    const out: Placed<T>[] = [];
    for (let k = lowerBound(this.byStart, (p) => p.start, span.start - this.reach); k < this.byStart.length && this.byStart[k]!.start < span.end; k++) {
      const p = this.byStart[k]!;
      if (span.start < p.end) out.push(p);
    }
    return out.sort((a, b) => a.order - b.order).map((p) => p.item);
  }

  /** The item nearest the span; of several as near, the first in the original order. */
  nearest(span: Span): T {
    let best: Placed<T> | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    const consider = (p: Placed<T>) => {
      const d = distance(span, p);
      if (d < bestDistance || (d === bestDistance && p.order < best!.order)) {
        best = p;
        bestDistance = d;
      }
    };
    if (this.all.length <= 32) {
      for (const p of this.byStart) consider(p);
      return best!.item;
    }
    // Overlapping items and those just after: from the first that may overlap to the first starting after the span.
    let k = lowerBound(this.byStart, (p) => p.start, span.start - this.reach);
    for (; k < this.byStart.length && this.byStart[k]!.start < span.end; k++) consider(this.byStart[k]!);
    for (let first = k; k < this.byStart.length && this.byStart[k]!.start === this.byStart[first]!.start; k++) consider(this.byStart[k]!);
    // Those ending last before it.
    let e = lowerBound(this.byEnd, (p) => p.end, span.start + 1) - 1;
    for (const last = e; e >= 0 && this.byEnd[e]!.end === this.byEnd[last]!.end; e--) consider(this.byEnd[e]!);
    return best!.item;
  }
}
