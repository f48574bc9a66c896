#!/usr/bin/env node
// npm run build: the library and its types (tsc → dist/), then the CLI as one
// bundle (esbuild → dist/claimcheck.cjs), which bin/claimcheck.js loads: one
// file to read and compile instead of a few hundred modules.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
// A fingerprint of the code, so that a compiled base cached by another build of the same version is not used.
const hash = createHash("sha256");
for (const f of readdirSync(join(root, "dist"), { recursive: true }).filter((f) => f.endsWith(".js")).sort()) hash.update(`${f}\0`).update(readFileSync(join(root, "dist", f)));
// commander requires node:child_process when it loads, for subcommands that are programs of their
// own, which claimcheck has none of; loading it (and node:net with it) costs a few milliseconds of
// every start. In the bundle, commander gets the module on first use instead.
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${"node_modules"}/commander/`) ? { path: "child_process", namespace: "lazy-child-process" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "lazy-child-process" }, () => ({
      contents: 'let m; const get = () => (m ??= require("node:child_process")); module.exports = new Proxy({}, { get: (_, k) => get()[k], has: (_, k) => k in get() });',
      loader: "js",
    }));
  },
};
await build({
  entryPoints: [join(root, "dist/bundle.js")],
  outfile: join(root, "dist/claimcheck.cjs"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: "eof",
  // In a CommonJS bundle, import.meta.url is the bundle's own file.
  define: { "import.meta.url": "__claimcheckBundleUrl", __CLAIMCHECK_BUILD__: JSON.stringify(hash.digest("hex").slice(0, 16)) },
  banner: { js: "var __claimcheckBundleUrl = require(\"node:url\").pathToFileURL(__filename).href;" },
  logLevel: "warning",
  plugins: [lazyChildProcess],
});
// The body of a worker thread (src/cli/pool.ts): the same bundle, serving the main thread.
writeFileSync(
  join(root, "dist/claimcheck-worker.cjs"),
  '"use strict";\n// A worker thread of claimcheck (see src/worker.ts).\nrequire("./claimcheck.cjs").serveWorker(require("node:worker_threads").parentPort);\n',
);
