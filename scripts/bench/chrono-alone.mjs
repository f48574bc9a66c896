// Baseline of `npm run bench`: chrono-node merely parsing every article of a
// folder, one by one, in one process (what a date checker built on chrono
// would spend on dates alone).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import * as chrono from "chrono-node";

function files(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : /\.(md|txt|html?)$/i.test(n) ? [p] : [];
    });
}

let found = 0;
for (const f of files(process.argv[2])) found += chrono.parse(readFileSync(f, "utf8"), new Date(Date.UTC(2023, 1, 2, 12))).length;
process.stdout.write(`${found} dates\n`);
