/**
 * Writing corrections into a file without ever losing it: a temporary file in
 * the same folder, with the original's mode, then a rename over the original.
 * The mode, owner and group are kept (the owner where the system allows). A
 * symbolic link, a file with other hard links, a read-only file, or a file
 * that changed since it was read is refused and left untouched; a failed
 * write (disk full) removes the temporary file and leaves the original as it
 * was.
 */
import { closeSync, constants, fchmodSync, fchownSync, fsyncSync, lstatSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";

export type WriteResult = { ok: true } | { ok: false; reason: string };

/** Replaces `abs` with `text` (re-adding the BOM it had), if the file on disk is still `original`. */
export function writeFixed(abs: string, original: Uint8Array, text: string, hasBom: boolean): WriteResult {
  let st;
  try {
    st = lstatSync(abs);
  } catch (e) {
    return { ok: false, reason: `cannot read it any more (${(e as NodeJS.ErrnoException).code ?? "error"})` };
  }
  if (st.isSymbolicLink()) return { ok: false, reason: "is a symbolic link; claimcheck does not write through links" };
  if (!st.isFile()) return { ok: false, reason: "is not a regular file" };
  if ((st.mode & 0o222) === 0) return { ok: false, reason: "is read-only" };
  // A rename would leave the other names of the file with the old text.
  if (st.nlink > 1) return { ok: false, reason: `has ${st.nlink - 1} other hard link${st.nlink > 2 ? "s" : ""}; replacing it would leave them with the old text` };
  const current = readFileSync(abs);
  if (!sameBytes(current, original)) return { ok: false, reason: "changed since it was read; not overwritten" };
  const bytes = Buffer.from((hasBom ? "\uFEFF" : "") + text, "utf8");
  const tmp = join(dirname(abs), `.${basename(abs)}.claimcheck-${randomBytes(6).toString("hex")}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, st.mode & 0o7777);
    // The mode given to open() is narrowed by the umask (0o664 would become 0o644): set it exactly.
    fchmodSync(fd, st.mode & 0o7777);
    // Keep the owner and group too, where allowed (root fixing a user's file); otherwise the new file is the user's own.
    try {
      if (st.uid !== process.getuid?.() || st.gid !== process.getgid?.()) fchownSync(fd, st.uid, st.gid);
    } catch {
      // not allowed: the file becomes the fixer's, as any editor would leave it
    }
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    // Last look before the rename: another writer may have come in meanwhile.
    if (!sameBytes(readFileSync(abs), original)) {
      unlinkSync(tmp);
      return { ok: false, reason: "changed since it was read; not overwritten" };
    }
    renameSync(tmp, abs);
    return { ok: true };
  } catch (e) {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
    try {
      unlinkSync(tmp);
    } catch {
      // nothing to remove
    }
    return { ok: false, reason: `could not be written (${(e as NodeJS.ErrnoException).code ?? "error"}); left as it was` };
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.from(b.buffer, b.byteOffset, b.byteLength)) === 0;
}
