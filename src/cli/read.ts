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

export async function readDocuments(io: Io, inputs: readonly Input[], published: string | null): Promise<ReadDocument[]> {
  const docs: ReadDocument[] = [];
  for (const input of inputs) {
    let bytes: Uint8Array;
    if (input.abs === null) bytes = await io.stdin.read();
    else {
      try {
        bytes = readFileSync(input.abs);
      } catch (e) {
        const line = `${input.path}: cannot read (${(e as NodeJS.ErrnoException).code ?? "unreadable"})`;
        if (input.named) throw new UserError(line);
        io.stderr.write(`claimcheck: skipped ${line}\n`);
        continue;
      }
    }
    const loaded = documentFromBytes(input.path, bytes, { published });
    if (!loaded.ok) {
      if (input.named) throw new UserError(loaded.message);
      io.stderr.write(`claimcheck: skipped ${loaded.message}\n`);
      continue;
    }
    docs.push({ doc: loaded.doc, input, bytes });
  }
  return docs;
}
