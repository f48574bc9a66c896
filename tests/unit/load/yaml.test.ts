import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isMap, isPair, isScalar, isSeq, stringify, visit } from "yaml";
import type { Document } from "yaml";
import { parseYaml, parseYamlFast } from "../../../src/load/yaml.js";
import { rng } from "../../helpers/rng.js";

/** A node's data as the validator reads it: maps as lists of pairs, scalars as their values. */
function plain(n: unknown): unknown {
  if (isMap(n)) return ["map", n.items.map((p) => (isPair(p) ? [plain(p.key), plain(p.value)] : "?"))];
  if (isSeq(n)) return ["seq", n.items.map(plain)];
  if (isScalar(n)) return n.value;
  return n === null || n === undefined ? null : "?";
}

/** Each node's value and start line: what the base reader takes from a parse. */
function shape(doc: Document | null, position: (o: number) => { line: number }) {
  const lines: number[] = [];
  if (doc) visit(doc, { Node: (_k, n) => void lines.push(position(n.range?.[0] ?? 0).line) });
  return { value: plain(doc?.contents ?? null), lines };
}

const BASE_DIR = join(__dirname, "../../../eval/bench/base");
const BASE_TEXTS = readdirSync(BASE_DIR).map((f) => readFileSync(join(BASE_DIR, f), "utf8"));

describe("parseYamlFast", () => {
  it("reads a base file exactly as the yaml library does", () => {
    for (const text of BASE_TEXTS) {
      const fast = parseYamlFast(text);
      expect(fast).not.toBeNull();
      const slow = parseYaml(text);
      expect(shape(fast!.doc, fast!.position)).toEqual(shape(slow.doc, slow.position));
    }
  });

  it("leaves anchors, aliases, tags, several documents and duplicate keys to the yaml library", () => {
    for (const text of ["a: &x 1\nb: *x\n", "a: !!str 1\n", "a: 1\n---\nb: 2\n", "a: 1\na: 2\n", "a: [1\n", ": x\n", "- {a: 1, a: 2}\n"]) {
      expect(parseYamlFast(text), text).toBeNull();
    }
  });

  it("agrees with the yaml library on values and lines of generated documents", () => {
    const r = rng(1);
    const words = ["a", "yes", "no", "null", "~", "true", "False", "1_000", "0x1F", "0o17", "017", "1e3", ".5", "+1", "-0", ".inf", ".NaN", "2020-01-02", "12:30", "foo: bar", "a #b", "'q'", '"d"', "- x", "multi\nline", "  lead", "trail  ", "ü", "1.0", "3.", "0b101", "@x", "%x", "!x", "&x", "*x", "|x", ">x", "?x", "[x", "{x", ",x", "", "tab\tx", "#c"];
    const value = (depth: number): unknown => {
      const t = r();
      if (depth > 3 || t < 0.5) {
        const u = r();
        if (u < 0.2) return Math.floor(r() * 1e6) * (r() < 0.5 ? 1 : -1);
        if (u < 0.3) return r() * 100;
        if (u < 0.35) return r() < 0.5;
        if (u < 0.38) return null;
        return words[Math.floor(r() * words.length)]! + (r() < 0.3 ? String(Math.floor(r() * 100)) : "");
      }
      if (t < 0.75) return Array.from({ length: Math.floor(r() * 4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(r() * 4) }, (_, i) => [words[Math.floor(r() * words.length)]! + i, value(depth + 1)]));
    };
    for (let i = 0; i < 1500; i++) {
      const v = value(0);
      for (const text of [stringify(v), stringify(v, { defaultStringType: "QUOTE_DOUBLE" }), stringify(v, { collectionStyle: "flow" })]) {
        const fast = parseYamlFast(text);
        expect(fast, text).not.toBeNull();
        const slow = parseYaml(text);
        expect(slow.problems).toEqual([]);
        expect(shape(fast!.doc, fast!.position), text).toEqual(shape(slow.doc, slow.position));
      }
    }
  });

  it("never reads a damaged file the yaml library rejects, nor reads one differently", () => {
    const r = rng(2);
    const pieces = [" ", "\n", "-", "- ", ":", ": ", '"', "'", "#", "[", "]", "{", "}", ",", "\t", "|", ">", "?", "&a", "*a", "!", "%", "---", "...", "\r\n", "x", "1"];
    let read = 0;
    for (let i = 0; i < 3000; i++) {
      let t = BASE_TEXTS[Math.floor(r() * BASE_TEXTS.length)]!;
      for (let k = 1 + Math.floor(r() * 3); k > 0; k--) {
        const p = Math.floor(r() * t.length);
        t = r() < 0.4 ? t.slice(0, p) + t.slice(p + 1 + Math.floor(r() * 3)) : t.slice(0, p) + pieces[Math.floor(r() * pieces.length)]! + t.slice(p);
      }
      const fast = parseYamlFast(t);
      if (!fast) continue;
      read++;
      const slow = parseYaml(t);
      expect(slow.problems, t).toEqual([]);
      expect(shape(fast.doc, fast.position), t).toEqual(shape(slow.doc, slow.position));
    }
    expect(read).toBeGreaterThan(1000);
  });
});
