/**
 * The worker pool: threads that run the pure core on parts of a run (files
 * of a large base, documents of a large corpus), so a run uses every core.
 * Workers run dist/claimcheck-worker.cjs over the bundled CLI, which registers
 * it here; where there is no bundle (the library, the tests of src/), there is no
 * pool and everything runs in the main thread. Results are put back in input
 * order: output is the same with or without workers.
 */
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { Envelope, WorkerReply, WorkerRequest } from "../worker.js";

let script: string | URL | null = null;

/** Called by the bundle's entry with its own file: workers run that file. */
export function setWorkerScript(file: string | URL): void {
  script = file;
}

/** How many threads a run may use: --jobs, else CLAIMCHECK_JOBS, else the available cores. */
export function jobsFor(option: string | undefined, env: Readonly<Record<string, string | undefined>>): number | null {
  const raw = option ?? env["CLAIMCHECK_JOBS"];
  if (raw === undefined || raw === "") return null;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 256 ? n : NaN;
}

export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

interface Slot {
  readonly worker: Worker;
}

export class Pool {
  private readonly slots: Slot[];
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private failed: Error | null = null;
  private closing = false;

  private constructor(size: number, file: string | URL) {
    // Loaded here, not at start-up: most runs need no thread.
    const threads = createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
    this.slots = Array.from({ length: size }, () => {
      const worker = new threads.Worker(file);
      const slot: Slot = { worker };
      worker.on("message", (reply: WorkerReply) => {
        const p = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (!p) return;
        if (reply.ok) p.resolve(reply.result);
        else {
          // One line for the user; the worker's stack for --debug.
          const e = new Error(`in a worker thread: ${reply.error}`);
          if (reply.stack) e.stack = reply.stack;
          p.reject(e);
        }
      });
      worker.on("error", (e) => this.fail(e));
      worker.on("exit", (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`a worker stopped with status ${code}`));
      });
      return slot;
    });
  }

  /**
   * A pool for a run of `jobs` threads: the main thread works too, so it has
   * jobs - 1 workers; null when there is no bundle to run in them or one
   * thread is all the run may use.
   */
  static create(jobs: number): Pool | null {
    return script !== null && jobs >= 2 ? new Pool(jobs - 1, script) : null;
  }

  /** Threads that work on a run: the workers and the main thread. */
  get threads(): number {
    return this.slots.length + 1;
  }

  get size(): number {
    return this.slots.length;
  }

  private fail(e: Error): void {
    this.failed ??= e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  private send<T>(slot: Slot, request: WorkerRequest): Promise<T> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    const reply = new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      slot.worker.postMessage({ id, request } satisfies Envelope);
    });
    // A reply nobody waits for any more (the run stopped on an error) must not fail the process.
    reply.catch(() => undefined);
    return reply;
  }

  /** Sends the same request to every worker. */
  async broadcast(request: WorkerRequest): Promise<void> {
    await Promise.all(this.slots.map((s) => this.send(s, request)));
  }

  /**
   * One request per part: the first part done by `local` in the main thread,
   * the others spread over the workers. Results in the order of the parts.
   */
  async all<T>(requests: readonly WorkerRequest[], local: (request: WorkerRequest) => T): Promise<T[]> {
    const remote = Promise.all(requests.slice(1).map((r, i) => this.send<T>(this.slots[i % this.slots.length]!, r)));
    const first = requests.length > 0 ? [local(requests[0]!)] : [];
    return [...first, ...(await remote)];
  }

  /**
   * Runs every item, as a request to the next free worker (at most `depth` in
   * flight per worker) or by `local` in the main thread, which takes the next
   * item whenever it is free; `done` is told of each result as it comes.
   * Results in the order of the items.
   */
  async map<I, T>(items: readonly I[], request: (item: I) => WorkerRequest, local: (item: I) => T, done?: (count: number, item: I, result: T, index: number) => void, depth = 2): Promise<T[]> {
    const results = new Array<T>(items.length);
    let next = 0;
    let finished = 0;
    const finish = (i: number, result: T) => {
      results[i] = result;
      done?.(++finished, items[i]!, result, i);
    };
    const feed = async (slot: Slot): Promise<void> => {
      while (next < items.length) {
        const i = next++;
        finish(i, await this.send<T>(slot, request(items[i]!)));
      }
    };
    const work = async (): Promise<void> => {
      // Let the workers' first requests go out before the main thread starts on its own.
      await new Promise((r) => setImmediate(r));
      while (next < items.length) {
        const i = next++;
        finish(i, local(items[i]!));
        // Between items, take the workers' replies and send them more.
        await new Promise((r) => setImmediate(r));
      }
    };
    await Promise.all([...this.slots.flatMap((s) => Array.from({ length: depth }, () => feed(s))), work()]);
    return results;
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const p of this.pending.values()) p.reject(new Error("the run stopped"));
    this.pending.clear();
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
