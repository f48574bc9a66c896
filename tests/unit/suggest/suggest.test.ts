import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { check } from "../../../src/index.js";
import { suggestStubs } from "../../../src/suggest/index.js";
import { summitBase as base } from "../../helpers/report.js";


describe("base suggest", () => {
  const text = "A ferry capsized off Zanzibar on Sunday, and at least 14 passengers are missing.\n\nThe CSTO summit in Yerevan left two documents unsigned.\n\nBoth cited the Treaty of Kars of 1921.";
  const out = suggestStubs(check([{ path: "a.md", text, published: "2023-02-02" }], base));

  it("writes stubs in the base format with the stated values and empty sources", () => {
    const entries = parse(out.replace(/^# .*$/gm, "")) as Array<Record<string, unknown>>;
    expect(entries).toEqual([
      { id: "zanzibar-2023-01-29", kind: "event", name: expect.stringContaining("A ferry capsized"), keywords: ["Zanzibar"], date: "2023-01-29", counts: { missing: 14 }, sources: [] },
      { id: "treaty-of-kars-1921", kind: "treaty", name: "Treaty of Kars", date: "1921", sources: [] },
    ]);
    expect(out).toContain("missing: 14   # stated: at least 14");
  });
  it("notes a fact missing from an existing entry instead of a new entry", () => {
    expect(out).toContain('# add to summit (claims/test.yaml:2), for "two documents" at line 3:33:\n#   counts: { document: 2 }');
  });
});
