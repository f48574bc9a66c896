import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";

/** Every path under a folder with its type, mode and content (or link target): compare two to see that nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    const abs = join(dir, rel);
    const st = lstatSync(abs);
    const mode = (st.mode & 0o7777).toString(8);
    if (st.isSymbolicLink()) out[rel] = `link ${readlinkSync(abs)}`;
    else if (st.isDirectory()) {
      if (rel !== "") out[rel] = `dir ${mode}`;
      for (const f of readdirSync(abs).sort()) walk(rel === "" ? f : join(rel, f));
    } else if (st.isFile()) out[rel] = `file ${mode} ${createHash("sha256").update(readFileSync(abs)).digest("hex").slice(0, 16)}`;
    else out[rel] = "other";
  };
  walk("");
  return out;
}
