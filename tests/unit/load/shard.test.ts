import { describe, expect, it } from "vitest";
import { inShard, parseShard, shardOf } from "../../../src/load/shard.js";

describe("shards", () => {
  it("put every path in exactly one shard, the same on every run and version", () => {
    const paths = Array.from({ length: 400 }, (_, i) => `news/2023/${i}.md`);
    const shards = [1, 2, 3, 4].map((index) => paths.filter((p) => inShard(p, { index, count: 4 })));
    expect(shards.flat().sort()).toEqual([...paths].sort());
    for (const s of shards) expect(s.length).toBeGreaterThan(60);
    // pinned: a file must not move between shards from one version to the next
    expect([shardOf("a.md", 4), shardOf("news/2023/7.md", 4), shardOf("é.md", 3)]).toEqual([4, 4, 1]);
    expect(shardOf("a.md", 1)).toBe(1);
  });
  it("read i/n", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(() => parseShard("0/4")).toThrow("--shard 0/4");
    expect(() => parseShard("5/4")).toThrow();
    expect(() => parseShard("a/b")).toThrow();
  });
});
