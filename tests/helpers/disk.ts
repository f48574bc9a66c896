import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";

export interface DiskEntry {
  readonly type: "file" | "dir" | "link" | "other";
  readonly mode: number;
  readonly ino: number;
  /** SHA-256 of a file's bytes, a link's target, or "" for a folder. */
  readonly content: string;
}

export const sha = (b: Uint8Array | string) => createHash("sha256").update(b).digest("hex");

/** Every path under a folder (not following links): type, mode & 0o7777, inode, and content. */
export function diskEntries(dir: string): Record<string, DiskEntry> {
  const out: Record<string, DiskEntry> = {};
  const walk = (rel: string) => {
    const abs = rel === "" ? dir : join(dir, rel);
    const st = lstatSync(abs);
    const base = { mode: st.mode & 0o7777, ino: st.ino };
    if (st.isSymbolicLink()) out[rel] = { type: "link", ...base, content: readlinkSync(abs) };
    else if (st.isDirectory()) {
      if (rel !== "") out[rel] = { type: "dir", ...base, content: "" };
      for (const f of readdirSync(abs).sort()) walk(rel === "" ? f : join(rel, f));
    } else if (st.isFile()) out[rel] = { type: "file", ...base, content: sha(readFileSync(abs)) };
    else out[rel] = { type: "other", ...base, content: "" };
  };
  walk("");
  return out;
}

/** Every path under a folder with its type, mode and content (or link target): compare two to see that nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(diskEntries(dir)).map(([rel, e]) => [rel, `${e.type} ${e.mode.toString(8)} ${e.content}`]));
}
