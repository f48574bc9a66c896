/** Reading the articles of a run: bytes kept for --fix, unreadable walked files skipped with a note. */
import { readFileSync } from "node:fs";
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

/** The bytes of every input, in order; a walked file that cannot be read is skipped with a note, a named one is an error. */
export async function readInputs(io: Io, inputs: readonly Input[]): Promise<ReadInput[]> {
  const out: ReadInput[] = [];
  for (const input of inputs) {
    if (input.abs === null) {
      out.push({ input, bytes: await io.stdin.read() });
      continue;
    }
    try {
      out.push({ input, bytes: readFileSync(input.abs) });
    } catch (e) {
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

export async function readDocuments(io: Io, inputs: readonly Input[], published: string | null): Promise<ReadDocument[]> {
  return loadDocuments(io, await readInputs(io, inputs), published);
}
