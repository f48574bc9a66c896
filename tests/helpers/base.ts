import { buildBase } from "../../src/load/base/index.js";
import type { Base } from "../../src/index.js";

/** A base from YAML text, as if read from `claims/test.yaml`. */
export function baseOf(yaml: string, path = "claims/test.yaml"): Base {
  return buildBase([{ path, bytes: new TextEncoder().encode(yaml) }], ["claims"]).base;
}
