/**
 * The entry of the bundled CLI (dist/claimcheck.cjs, built by scripts/build.mjs):
 * the process entry for bin/claimcheck.js, and the body of every worker thread.
 */
import { isMainThread, workerData } from "node:worker_threads";
import { setWorkerScript } from "./cli/pool.js";
import { serveWorker } from "./worker.js";

setWorkerScript(new URL(import.meta.url));
if (!isMainThread && (workerData as { claimcheckWorker?: boolean } | null)?.claimcheckWorker === true) serveWorker();

export { main } from "./main.js";
