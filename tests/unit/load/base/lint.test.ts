import { describe, expect, it } from "vitest";
import { buildBase } from "../../../../src/load/base/index.js";
import { BaseError } from "../../../../src/model/errors.js";

const enc = (s: string) => new TextEncoder().encode(s);
function lint(yaml: string): { warnings: string[]; errors: string[] } {
  try {
    const { warnings } = buildBase([{ path: "b.yaml", bytes: enc(yaml) }], ["b.yaml"]);
    return { warnings: warnings.map((w) => w.message), errors: [] };
  } catch (e) {
    return { warnings: [], errors: [...(e as BaseError).problems.map((p) => p.message)] };
  }
}

describe("base lint", () => {
  it("warns about a name shared by two entries", () => {
    const r = lint("- {id: a, kind: treaty, name: Alma-Ata Declaration, sources: [{title: t, url: u}]}\n- {id: b, kind: treaty, name: Alma Ata Protocol, aliases: [the Alma–Ata Declaration], sources: [{title: t, url: u}]}\n");
    expect(r.warnings).toEqual([expect.stringMatching(/^"the Alma–Ata Declaration" also names a \(b.yaml:1\)/)]);
  });
  it("warns about a source without url, a typo, a synonym and a plural measure", () => {
    const r = lint("- id: a\n  kind: event\n  name: A\n  counts: {kiled: 3, dead: 4, districts: 7, polling stations: 2, killed: 5}\n  sources: [{title: t}]\n");
    expect(r.warnings).toEqual([
      'entry "a": source "t" has no url',
      'measure "kiled" looks like a typo of "killed"',
      'measure "dead": claims are measured as "killed"',
      'measure "districts" should be singular ("district")',
      'measure "polling stations" should be singular ("polling station")',
    ]);
  });
  it("takes two letters swapped for a typo, and another word for none", () => {
    const r = lint("- id: a\n  kind: event\n  name: A\n  counts: {wonuded: 3, missile: 4, killed: 5}\n  sources: [{title: t, url: u}]\n");
    expect(r.warnings).toEqual(['measure "wonuded" looks like a typo of "wounded"']);
  });
  it("refuses revisions out of order", () => {
    const r = lint("- id: a\n  kind: event\n  name: A\n  counts:\n    killed:\n      - {value: 9, as_of: 2022-09-20}\n      - {value: 5, as_of: 2022-09-14}\n  sources: [{title: t, url: u}]\n");
    expect(r.errors).toEqual(["counts.killed: revisions must be oldest first (2022-09-14 comes after 2022-09-20)"]);
  });
  it("warns about an entry dated after its own source", () => {
    const r = lint("- {id: a, kind: event, name: A, date: 2023-05-01, sources: [{title: 'Statement, 2022-09-15', url: u}]}\n");
    expect(r.warnings).toEqual(['entry "a" is dated 2023-05-01, after its source of 2022-09-15']);
  });
});
