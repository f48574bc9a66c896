import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AjvModule from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../../..");
const schema = JSON.parse(readFileSync(join(root, "schemas/base.schema.json"), "utf8")) as object;
const validate = new AjvModule.default({ allErrors: true, strict: false }).compile(schema);
const yamlOf = (path: string) => parse(readFileSync(path, "utf8"), { version: "1.2", schema: "core" }) as unknown;

describe("shipped JSON Schema of the base", () => {
  it.each(readdirSync(join(root, "claims")).filter((f) => f.endsWith(".yaml")))("accepts the bundled claims/%s", (file) => {
    expect(validate(yamlOf(join(root, "claims", file))), JSON.stringify(validate.errors)).toBe(true);
  });
  it("accepts the valid fixture and refuses the invalid one, like the loader", () => {
    expect(validate(yamlOf(join(root, "tests/fixtures/bases/valid/entries.yaml")))).toBe(true);
    expect(validate(yamlOf(join(root, "tests/fixtures/bases/invalid/events.yaml")))).toBe(false);
  });
});
