// The scaffold `npm run new-example` writes must pass every check as it stands.
import { mkdirSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assessModel } from "../../src/lib/scm/assess";
import type { CatalogExample } from "../../src/lib/scm/catalog";
import { checkClaims } from "../../src/lib/scm/checkClaims";
import { parseExampleMeta } from "../../src/site/catalog/meta";
import { exampleTemplate } from "../../src/site/catalog/template";

describe("new example scaffold", () => {
  it("writes a model and metadata whose claims the criteria support", async () => {
    const slug = "scaffold-check";
    const { meta, model } = exampleTemplate(slug);
    // three folders below the root, like content/catalog/SLUG/, so its relative imports resolve the same way
    const folder = new URL(`../.output/${slug}/`, import.meta.url).pathname;
    mkdirSync(folder, { recursive: true });
    writeFileSync(`${folder}model.ts`, model);
    const parsed = parseExampleMeta(`tag: "ZZZZ"\n${meta}`, "meta.yaml");
    const { default: example } = (await import(/* @vite-ignore */ `${folder}model.ts`)) as { default: CatalogExample };
    expect(example.model.name).toBe(slug);
    const { verdicts } = assessModel(example.model, example.run);
    expect(checkClaims(slug, parsed, verdicts)).toEqual([]);
  });

  it("refuses a name that is not kebab-case", () => {
    expect(() => exampleTemplate("Bad Name")).toThrow('"Bad Name" is not a valid example name');
  });
});
