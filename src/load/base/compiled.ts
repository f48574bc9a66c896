/**
 * The compiled base as bytes, for the cache: written after a base is read and
 * validated, read back by later runs in place of parsing YAML. The file is
 * keyed by the content of the base (see `baseKey`) and checked on reading
 * (magic, format, byte order, SHA-256 of everything after the checksum): a
 * file that fails any check is not used, so a damaged cache costs a rebuild,
 * never a wrong answer. Entries stay JSON until a claim links to them.
 */
import { createHash } from "node:crypto";
import type { Entry, Figure } from "../../model/base.js";
import type { CompiledBase } from "../../link/alias-index.js";
import type { PhraseTable } from "../../link/phrase-table.js";

/** Bumped whenever the layout or the meaning of any field changes. */
const FORMAT = 2;
const MAGIC = Buffer.from(`CCBASE${String(FORMAT).padStart(2, "0")}`, "latin1");
const CHECKSUM = MAGIC.length;
const BODY = CHECKSUM + 32;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The cache key of a base: its files (path as reported and bytes), the paths
 * it was asked for, and the version of claimcheck that compiles it. Any change
 * to any of them is another key.
 */
export function baseKey(files: ReadonlyArray<{ path: string; bytes: Uint8Array }>, reportedPaths: readonly string[], version: string): string {
  const h = createHash("sha256");
  const field = (s: string | Uint8Array) => {
    const b = typeof s === "string" ? Buffer.from(s, "utf8") : s;
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(b.length));
    h.update(len);
    h.update(b);
  };
  field(`claimcheck ${version} base format ${FORMAT}`);
  field(JSON.stringify(reportedPaths));
  for (const f of files) {
    field(f.path);
    field(f.bytes);
  }
  return h.digest("hex");
}

// An entry as JSON: its two kinds of maps (counts, and the groups of a figure) as lists of pairs.
type FigureJson = Omit<Figure, "groups"> & { groups: Array<[string, FigureJson]> };
const figureJson = (f: Figure): FigureJson => ({ ...f, groups: [...f.groups].map(([k, g]) => [k, figureJson(g)]) });
const figureOf = (f: FigureJson): Figure => ({ ...f, groups: new Map(f.groups.map(([k, g]) => [k, figureOf(g)])) });

function encodeEntry(e: Entry): string {
  return JSON.stringify({ ...e, counts: [...e.counts].map(([m, figures]) => [m, figures.map(figureJson)]) });
}

function decodeEntry(s: string): Entry {
  const e = JSON.parse(s) as Omit<Entry, "counts"> & { counts: Array<[string, FigureJson[]]> };
  return { ...e, counts: new Map(e.counts.map(([m, figures]) => [m, figures.map(figureOf)])) };
}

interface Header {
  readonly key: string;
  readonly paths: readonly string[];
  readonly size: number;
  readonly littleEndian: boolean;
  readonly sections: Readonly<Record<string, readonly [offset: number, length: number]>>;
}

const ARRAYS = ["names.keyStart", "names.ords", "names.ordStart", "keywords.keyStart", "keywords.ords", "keywords.ordStart", "rarest.ords", "rarest.start", "entryStart"] as const;
const STRINGS = ["names.keys", "keywords.keys", "entries"] as const;

/** The bytes of a compiled base (every entry is read once, to write it), built in one buffer. */
export function writeCompiled(base: CompiledBase, key: string): Buffer {
  const entries: string[] = new Array<string>(base.size);
  const entryStart = new Uint32Array(base.size + 1);
  let at = 0;
  for (let i = 0; i < base.size; i++) {
    const json = encodeEntry(base.entry(i));
    entryStart[i] = at;
    at += Buffer.byteLength(json, "utf8");
    entries[i] = json;
  }
  entryStart[base.size] = at;
  const arrays: Record<(typeof ARRAYS)[number], Uint32Array> = {
    "names.keyStart": base.names.keyStart,
    "names.ords": base.names.ords,
    "names.ordStart": base.names.ordStart,
    "keywords.keyStart": base.keywords.keyStart,
    "keywords.ords": base.keywords.ords,
    "keywords.ordStart": base.keywords.ordStart,
    "rarest.ords": base.rarest.ords,
    "rarest.start": base.rarest.start,
    entryStart,
  };
  const stringLength: Record<(typeof STRINGS)[number], number> = {
    "names.keys": Buffer.byteLength(base.names.keys, "utf8"),
    "keywords.keys": Buffer.byteLength(base.keywords.keys, "utf8"),
    entries: at,
  };
  const sections: Record<string, [number, number]> = {};
  let offset = 0;
  for (const name of ARRAYS) {
    sections[name] = [offset, arrays[name].byteLength];
    offset += arrays[name].byteLength;
  }
  for (const name of STRINGS) {
    sections[name] = [offset, stringLength[name]];
    offset += stringLength[name];
  }
  const header: Header = { key, paths: base.paths, size: base.size, littleEndian: LITTLE_ENDIAN, sections };
  const json = JSON.stringify(header);
  // Sections start on a multiple of 4 bytes, so the arrays are read in place.
  const headerLength = Buffer.byteLength(json, "utf8");
  const paddedLength = headerLength + ((4 - ((BODY + 4 + headerLength) % 4)) % 4);
  const start = BODY + 4 + paddedLength;
  const out = Buffer.allocUnsafe(start + offset);
  MAGIC.copy(out, 0);
  out.writeUInt32LE(paddedLength, BODY);
  out.write(json, BODY + 4, "utf8");
  out.fill(0x20, BODY + 4 + headerLength, start);
  for (const name of ARRAYS) {
    const a = arrays[name];
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), start + sections[name]![0]);
  }
  out.write(base.names.keys, start + sections["names.keys"]![0], "utf8");
  out.write(base.keywords.keys, start + sections["keywords.keys"]![0], "utf8");
  let e = start + sections.entries![0];
  for (const s of entries) e += out.write(s, e, "utf8");
  createHash("sha256").update(out.subarray(BODY)).digest().copy(out, CHECKSUM);
  return out;
}

/** A compiled base from cache bytes, or null when they are not a sound compiled base of this key. */
export function readCompiled(bytes: Buffer, key: string): CompiledBase | null {
  try {
    if (bytes.length < BODY + 4 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return null;
    const checksum = createHash("sha256").update(bytes.subarray(BODY)).digest();
    if (!checksum.equals(bytes.subarray(CHECKSUM, BODY))) return null;
    const headerLength = bytes.readUInt32LE(BODY);
    const header = JSON.parse(bytes.toString("utf8", BODY + 4, BODY + 4 + headerLength)) as Header;
    if (header.key !== key || header.littleEndian !== LITTLE_ENDIAN) return null;
    const start = BODY + 4 + headerLength;
    const section = (name: string): [number, number] => {
      const s = header.sections[name];
      if (!s || s[0] < 0 || s[1] < 0 || start + s[0] + s[1] > bytes.length) throw new Error(`section ${name}`);
      return [start + s[0], s[1]];
    };
    const array = (name: (typeof ARRAYS)[number]): Uint32Array => {
      const [off, len] = section(name);
      if (len % 4 !== 0) throw new Error(`section ${name}`);
      if ((bytes.byteOffset + off) % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset + off, len / 4);
      return new Uint32Array(Uint8Array.prototype.slice.call(bytes, off, off + len).buffer);
    };
    const text = (name: (typeof STRINGS)[number]): string => {
      const [off, len] = section(name);
      return bytes.toString("utf8", off, off + len);
    };
    const table = (prefix: "names" | "keywords"): PhraseTable => ({
      keys: text(`${prefix}.keys`),
      keyStart: array(`${prefix}.keyStart`),
      ords: array(`${prefix}.ords`),
      ordStart: array(`${prefix}.ordStart`),
    });
    const [entriesOffset] = section("entries");
    const entryStart = array("entryStart");
    if (entryStart.length !== header.size + 1) return null;
    const cache: Array<Entry | undefined> = new Array<Entry | undefined>(header.size);
    const entry = (ord: number): Entry => {
      let e = cache[ord];
      if (e === undefined) {
        if (!(ord >= 0 && ord < header.size)) throw new RangeError(`no entry ${ord} in a base of ${header.size}`);
        cache[ord] = e = decodeEntry(bytes.toString("utf8", entriesOffset + entryStart[ord]!, entriesOffset + entryStart[ord + 1]!));
      }
      return e;
    };
    return { paths: header.paths, size: header.size, entry, names: table("names"), keywords: table("keywords"), rarest: { ords: array("rarest.ords"), start: array("rarest.start") } };
  } catch {
    return null;
  }
}
