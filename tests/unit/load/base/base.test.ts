import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { buildBase, loadBase } from "../../../../src/load/base/index.js";
import { BaseError } from "../../../../src/model/errors.js";

const root = join(import.meta.dirname, "../../../..");
const enc = (s: string) => new TextEncoder().encode(s);

function problemsOf(files: Record<string, string>): string[] {
  try {
    buildBase(Object.entries(files).map(([path, text]) => ({ path, bytes: enc(text) })), ["base"]);
    return [];
  } catch (e) {
    if (e instanceof BaseError) return [...e.lines];
    throw e;
  }
}

describe("reference base loader", () => {
  it("reads __proto__, constructor and prototype as data, never as the object machinery", () => {
    const text = [
      "- id: a", "  kind: event", "  name: constructor", "  aliases: [__proto__, prototype, toString]", "  keywords: [hasOwnProperty]",
      "  sources: [{ title: t, __proto__: x }]", "  __proto__: { polluted: 1 }", "  constructor: 1",
      "  counts: { killed: { value: 4, groups: { __proto__: 1, valueOf: 2 } } }", "",
    ].join("\n");
    const { base, warnings } = buildBase([{ path: "p.yaml", bytes: enc(text) }], ["base"]);
    const e = base.entries[0]!;
    expect(e.name).toBe("constructor");
    expect(e.aliases).toEqual(["__proto__", "prototype", "toString"]);
    expect([...e.counts.get("killed")![0]!.groups.keys()]).toEqual(["__proto__", "valueOf"]);
    expect(e.counts.get("constructor")).toBeUndefined();
    expect(e.counts.get("toString")).toBeUndefined();
    expect(warnings.map((w) => w.message)).toEqual(expect.arrayContaining([expect.stringMatching(/^unknown key "__proto__"/), expect.stringMatching(/^unknown key "constructor"/)]));
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getPrototypeOf(e)).toBe(Object.prototype);
  });

  it("reads entries, figures, groups and revisions", () => {
    const { base } = loadBase(["tests/fixtures/bases/valid"], root);
    expect(base.entries.map((e) => e.id)).toEqual(["clashes-2022", "protocol-1991"]);
    const clashes = base.entries[0]!;
    expect(clashes.file).toBe("tests/fixtures/bases/valid/entries.yaml");
    expect(clashes.line).toBe(1);
    expect(clashes.counts.get("killed")?.[0]).toMatchObject({ min: 286, max: 286 });
    expect(clashes.counts.get("killed")?.[0]?.groups.get("Armenian soldiers")).toMatchObject({ min: 207, max: 207 });
    expect(clashes.counts.get("wounded")?.[0]).toMatchObject({ min: 489, max: 500 });
    expect(clashes.counts.get("displaced")?.map((f) => f.asOf)).toEqual(["2022-09-14", "2022-09-20"]);
    expect(base.entries[1]?.date).toBe("1991-12-21");
  });

  it("lists every problem of every file as file:line:column, then exits", () => {
    let lines: readonly string[] = [];
    try {
      loadBase(["tests/fixtures/bases/invalid"], root);
    } catch (e) {
      lines = (e as BaseError).lines;
    }
    expect(lines).toEqual([
      expect.stringMatching(/^tests\/fixtures\/bases\/invalid\/broken\.yaml:\d+:\d+: /),
      'tests/fixtures/bases/invalid/events.yaml:10:3: missing required key "sources" in entry "summit-2022"',
      'tests/fixtures/bases/invalid/more.yaml:1:7: duplicate id "clashes-2022" (first defined at tests/fixtures/bases/invalid/events.yaml:1:7)',
    ]);
  });

  it.each([
    ["a number where a mapping is due", "- 42\n", "base.yaml:1:3: an entry must be a mapping with id, kind, name and sources"],
    ["a bad kind", "- {id: a, kind: evnt, name: A, sources: [{title: t}]}\n", 'base.yaml:1:17: kind must be event or treaty, not "evnt"'],
    ["a bad id", "- {id: A_1, kind: event, name: A, sources: [{title: t}]}\n", 'base.yaml:1:8: id "A_1" must match [a-z0-9][a-z0-9-]*'],
    ["a bad date", "- {id: a, kind: event, name: A, date: 2022-13-01, sources: [{title: t}]}\n", 'base.yaml:1:39: date must be YYYY, YYYY-MM, YYYY-MM-DD or an A/B interval of those, not "2022-13-01"'],
    ["min above max", "- {id: a, kind: event, name: A, counts: {killed: {min: 9, max: 3}}, sources: [{title: t}]}\n", "base.yaml:1:50: counts.killed: min 9 is greater than max 3"],
    ["no sources", "- {id: a, kind: event, name: A, sources: []}\n", "base.yaml:1:42: sources must be a list of at least one source (title and url)"],
    ["an empty file", "", "base.yaml:1:1: empty file: expected an entry or a list of entries"],
    ["two documents", "- {id: a, kind: event, name: A, sources: [{title: t}]}\n---\n- {id: b, kind: event, name: B, sources: [{title: t}]}\n", "base.yaml:2:1: more than one YAML document in the file (use a list of entries instead)"],
    ["a duplicate key", "- id: a\n  id: b\n  kind: event\n  name: A\n  sources: [{title: t}]\n", 'base.yaml:2:3: Map keys must be unique: "id" is also at line 1, column 3'],
  ])("reports %s", (_what, text, expected) => {
    expect(problemsOf({ "base.yaml": text })).toContain(expected);
  });

  it("keeps years written as numbers as strings", () => {
    const { base } = buildBase([{ path: "b.yaml", bytes: enc("- {id: a, kind: treaty, name: A, date: 1991, sources: [{title: t}]}\n") }], ["b.yaml"]);
    expect(base.entries[0]?.date).toBe("1991");
  });

  it("refuses invalid UTF-8 with its position", () => {
    const bytes = new Uint8Array([...enc("- id: a\n  name: "), 0xff, 0xfe, 0x41]);
    expect(() => buildBase([{ path: "bad.yaml", bytes }], ["bad.yaml"])).toThrow(/bad\.yaml:2:9: invalid UTF-8/);
  });
});
