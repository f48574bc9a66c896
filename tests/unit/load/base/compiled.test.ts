import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { buildBase } from "../../../../src/load/base/index.js";
import { baseKey, readCompiled, writeCompiled } from "../../../../src/load/base/compiled.js";
import { compileBase, keywordMentionsIn, nameMentionsIn } from "../../../../src/link/alias-index.js";

const DIR = join(__dirname, "../../../../eval/bench/base");
const files = readdirSync(DIR).map((f) => ({ path: `eval/bench/base/${f}`, bytes: readFileSync(join(DIR, f)) }));
const base = buildBase(files, ["eval/bench/base"]).base;
const key = baseKey(files, ["eval/bench/base"], "test");
const compiled = compileBase(base);
const bytes = writeCompiled(compiled, key);

describe("the compiled base file", () => {
  it("reads back every entry and table as compiled", () => {
    const back = readCompiled(bytes, key)!;
    expect(back).not.toBeNull();
    expect(back.size).toBe(base.entries.length);
    expect(back.paths).toEqual(["eval/bench/base"]);
    for (let i = 0; i < back.size; i++) expect(back.entry(i)).toEqual(base.entries[i]);
    expect(back.entry(3)).toBe(back.entry(3));
    expect(back.names).toEqual(compiled.names);
    expect(back.keywords).toEqual(compiled.keywords);
    expect(back.rarest).toEqual(compiled.rarest);
    const text = "The Qaha train collision killed 23 people as the train left the station.";
    const ids = (ms: ReadonlyArray<{ entry: { id: string }; phrase: string; start: number }>) => ms.map((m) => [m.entry.id, m.phrase, m.start]);
    expect(ids(nameMentionsIn(back, text, 0))).toEqual(ids(nameMentionsIn(compiled, text, 0)));
    expect(ids(keywordMentionsIn(back, text, 0))).toEqual(ids(keywordMentionsIn(compiled, text, 0)));
    expect(nameMentionsIn(back, text, 0).length).toBeGreaterThan(0);
  });

  it("is not used when damaged, truncated, of another key or another format", () => {
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 5]! ^= 1;
    expect(readCompiled(flipped, key)).toBeNull();
    expect(readCompiled(bytes.subarray(0, bytes.length - 1), key)).toBeNull();
    expect(readCompiled(bytes.subarray(0, 20), key)).toBeNull();
    expect(readCompiled(Buffer.alloc(0), key)).toBeNull();
    expect(readCompiled(bytes, "another key")).toBeNull();
    const other = Buffer.from(bytes);
    other[7] = 0x39;
    expect(readCompiled(other, key)).toBeNull();
  });

  it("has a key that changes with any byte, path, asked path or version", () => {
    const changed = files.map((f, i) => (i === 2 ? { ...f, bytes: Buffer.concat([f.bytes, Buffer.from(" ")]) } : f));
    const moved = files.map((f, i) => (i === 2 ? { ...f, path: `${f.path}x` } : f));
    const keys = [key, baseKey(changed, ["eval/bench/base"], "test"), baseKey(moved, ["eval/bench/base"], "test"), baseKey(files, ["eval/bench/base/"], "test"), baseKey(files, ["eval/bench/base"], "test2")];
    expect(new Set(keys).size).toBe(keys.length);
    expect(baseKey(files, ["eval/bench/base"], "test")).toBe(key);
  });
});
