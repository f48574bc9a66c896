/** Reading the articles of a run: bytes kept for --fix, unreadable walked files skipped with a note. */
import { readFileSync, statSync } from "node:fs";
import type { ArticleDocument } from "../model/document.js";
import { UserError } from "../model/errors.js";
import type { Input } from "../load/inputs.js";
import { documentFromBytes } from "../load/source.js";
import type { Io } from "./io.js";

export interface ReadDocument {
  readonly doc: ArticleDocument;
  readonly input: Input;
  /** The bytes as read: a fix is written only if the file still holds them. */
  readonly bytes: Uint8Array;
}

export interface ReadInput {
  readonly input: Input;
  readonly bytes: Uint8Array;
}

/** Default of --max-file-size: 16 MiB. */
export const MAX_FILE_SIZE = 16 * 1024 * 1024;

/** A size as written for --max-file-size: bytes, or with K, M or G (powers of 1024). */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(text.trim());
  const n = m ? Number(m[1]) * 1024 ** " kmg".indexOf((m[2] || " ").toLowerCase()) : NaN;
  if (!(n >= 1)) throw new UserError(`--max-file-size ${text}: expected a size such as 500K, 16M or 1G`);
  return Math.floor(n);
}

/**
 * The bytes of every input, in order. A file larger than `limit` is refused
 * from its size, before it is read. A walked file that cannot be read is
 * skipped with a note; a named one is an error.
 */
export async function readInputs(io: Io, inputs: readonly Input[], limit = MAX_FILE_SIZE): Promise<ReadInput[]> {
  const out: ReadInput[] = [];
  const tooLarge = (input: Input, size: number | null) => {
    const line = `${input.path}: ${size === null ? "larger than" : `${size} bytes, over`} the --max-file-size of ${limit} bytes`;
    if (input.named) throw new UserError(line);
    io.stderr.write(`claimcheck: skipped ${line}\n`);
  };
  for (const input of inputs) {
    if (input.abs === null) {
      const bytes = await io.stdin.read(limit);
      if (bytes.length > limit) tooLarge(input, null);
      else out.push({ input, bytes });
      continue;
    }
    try {
      const st = statSync(input.abs);
      if (!st.isFile()) {
        // A FIFO, a socket or a device would block the run or never end.
        const line = `${input.path}: not a regular file`;
        if (input.named) throw new UserError(line);
        io.stderr.write(`claimcheck: skipped ${line}\n`);
        continue;
      }
      const size = st.size;
      if (size > limit) {
        tooLarge(input, size);
        continue;
      }
      const bytes = readFileSync(input.abs);
      // It may have grown since.
      if (bytes.length > limit) tooLarge(input, bytes.length);
      else out.push({ input, bytes });
    } catch (e) {
      if (e instanceof UserError) throw e;
      const line = `${input.path}: cannot read (${(e as NodeJS.ErrnoException).code ?? "unreadable"})`;
      if (input.named) throw new UserError(line);
      io.stderr.write(`claimcheck: skipped ${line}\n`);
    }
  }
  return out;
}

/** What became of an input that could not be loaded: an error for a named file, a note for a walked one. */
export function notLoaded(io: Io, input: Input, message: string): void {
  if (input.named) throw new UserError(message);
  io.stderr.write(`claimcheck: skipped ${message}\n`);
}

/** The documents of inputs already read, in order. */
export function loadDocuments(io: Io, read: readonly ReadInput[], published: string | null): ReadDocument[] {
  const docs: ReadDocument[] = [];
  for (const { input, bytes } of read) {
    const loaded = documentFromBytes(input.path, bytes, { published });
    if (!loaded.ok) notLoaded(io, input, loaded.message);
    else docs.push({ doc: loaded.doc, input, bytes });
  }
  return docs;
}

export async function readDocuments(io: Io, inputs: readonly Input[], published: string | null, limit = MAX_FILE_SIZE): Promise<ReadDocument[]> {
  return loadDocuments(io, await readInputs(io, inputs, limit), published);
}
