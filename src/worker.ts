/**
 * A worker thread of the pool (src/cli/pool.ts): the same pure core, fed by
 * messages. It reads base files, or checks documents against a compiled base
 * it is given as bytes. What it sends back is plain data; the main thread
 * puts the results in input order, so output never depends on the workers.
 */
import type { MessagePort } from "node:worker_threads";
import type { ArticleDocument } from "./model/document.js";
import { documentFromBytes } from "./load/source.js";
import { readBaseFile } from "./load/base/index.js";
import type { BaseFile, BuildOptions } from "./load/base/index.js";
import { readCompiled } from "./load/base/compiled.js";
import { phraseKeysOf } from "./link/alias-index.js";
import { createChecker } from "./engine.js";
import type { CheckedFile } from "./engine.js";
import { checkedFileReport } from "./report/checked.js";
import type { ReportFile } from "./report/model.js";
import type { KnownFinding } from "./report/suppress.js";

export type WorkerRequest =
  | { readonly kind: "base-files"; readonly files: ReadonlyArray<{ path: string; bytes: Uint8Array }>; readonly options: BuildOptions }
  | {
      readonly kind: "use-base";
      readonly bytes: SharedArrayBuffer;
      readonly key: string;
      readonly tolerance: number;
      /** How each file's report is built: whether it keeps every candidate, and the findings to suppress. */
      readonly explain: boolean;
      readonly known: readonly KnownFinding[];
    }
  | { readonly kind: "check"; readonly path: string; readonly bytes: Uint8Array; readonly published: string | null };

export interface Envelope {
  readonly id: number;
  readonly request: WorkerRequest;
}

export type WorkerReply = { readonly id: number; readonly ok: true; readonly result: unknown } | { readonly id: number; readonly ok: false; readonly error: string; readonly stack: string | null };

/**
 * What a worker sends back for "check": the file's report, with the indices
 * of the known findings it suppressed, or why the file could not be loaded.
 */
export type CheckReply = { readonly ok: true; readonly file: ReportFile; readonly used: readonly number[] } | { readonly ok: false; readonly message: string };

/** Base files read, with the phrase keys of their entries (computed here, in parallel). */
export function readBaseFiles(files: ReadonlyArray<{ path: string; bytes: Uint8Array }>, options: BuildOptions): Array<{ file: BaseFile; keys: ReturnType<typeof phraseKeysOf>[] }> {
  return files.map((f) => {
    const file = readBaseFile(f.path, f.bytes, options);
    return { file, keys: file.entries.map(phraseKeysOf) };
  });
}

/** Answers the main thread's requests on `port` (the worker's parentPort). */
export function serveWorker(port: MessagePort): void {
  let check: ((doc: ArticleDocument) => CheckedFile) | null = null;
  let explain = false;
  let known: readonly KnownFinding[] = [];
  const handle = (request: WorkerRequest): unknown => {
    switch (request.kind) {
      case "base-files":
        return readBaseFiles(request.files, request.options);
      case "use-base": {
        const compiled = readCompiled(Buffer.from(request.bytes), request.key);
        if (!compiled) throw new Error("the compiled base given to a worker is not sound");
        check = createChecker(compiled, { tolerance: request.tolerance });
        explain = request.explain;
        known = request.known;
        return null;
      }
      case "check": {
        if (!check) throw new Error("a worker was asked to check before it was given a base");
        const loaded = documentFromBytes(request.path, request.bytes, { published: request.published });
        if (!loaded.ok) return { ok: false, message: loaded.message } satisfies CheckReply;
        const used = new Set<KnownFinding>();
        const file = checkedFileReport(check(loaded.doc), explain, known, used);
        return { ok: true, file, used: [...used].map((k) => known.indexOf(k)) } satisfies CheckReply;
      }
    }
  };
  port.on("message", ({ id, request }: Envelope) => {
    let reply: WorkerReply;
    try {
      reply = { id, ok: true, result: handle(request) };
    } catch (e) {
      reply = { id, ok: false, error: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? (e.stack ?? null) : null };
    }
    port.postMessage(reply);
  });
}
