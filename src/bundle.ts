/**
 * The entry of the bundled CLI (dist/claimcheck.cjs, built by scripts/build.mjs):
 * the process entry for bin/claimcheck.js, and the core of every worker
 * thread (dist/claimcheck-worker.cjs, which calls serveWorker).
 */
import { setWorkerScript } from "./cli/pool.js";

setWorkerScript(new URL("./claimcheck-worker.cjs", import.meta.url));

export { main } from "./main.js";
export { serveWorker } from "./worker.js";
