// The scaffold `npm run new-example` writes: a model whose claims the criteria support, and
// metadata the build refuses until every placeholder text is replaced.
import { mkdirSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assessModel } from "../../src/lib/scm/assess";
import type { CatalogExample } from "../../src/lib/scm/catalog";
import { checkClaims } from "../../src/lib/scm/checkClaims";
import { parseExampleMeta } from "../../src/site/catalog/meta";
import { exampleTemplate, scaffoldPlaceholders } from "../../src/site/catalog/template";

describe("new example scaffold", () => {
  it("writes a model whose claims the criteria support, once its texts are written", async () => {
    const slug = "scaffold-check";
    const { meta, model } = exampleTemplate(slug);
    // three folders below the root, like content/catalog/SLUG/, so its relative imports resolve the same way
    const folder = new URL(`../.output/${slug}/`, import.meta.url).pathname;
    mkdirSync(folder, { recursive: true });
    writeFileSync(`${folder}model.ts`, model);
    // the contributor's own texts in place of the placeholders
    let written = meta;
    for (const placeholder of Object.values(scaffoldPlaceholders)) written = written.replace(placeholder, placeholder.startsWith("https:") ? "https://example.org/a-real-source" : `Text the contributor wrote in place of the placeholder, ${placeholder.length} characters long`);
    const parsed = parseExampleMeta(`tag: "ZZZZ"\n${written}`, "meta.yaml");
    const { default: example } = (await import(/* @vite-ignore */ `${folder}model.ts`)) as { default: CatalogExample };
    expect(example.model.name).toBe(slug);
    const { verdicts } = assessModel(example.model, example.run);
    expect(checkClaims(slug, parsed, verdicts)).toEqual([]);
  });

  it("is refused while any placeholder text is left, naming each field", () => {
    const { meta } = exampleTemplate("scaffold-check");
    expect(() => parseExampleMeta(`tag: "ZZZZ"\n${meta}`, "content/catalog/scaffold-check/meta.yaml")).toThrow(
      [
        `content/catalog/scaffold-check/meta.yaml: field "summary": still the scaffold's placeholder "${scaffoldPlaceholders.summary}"; write the example's own`,
        `content/catalog/scaffold-check/meta.yaml: field "goal": still the scaffold's placeholder "${scaffoldPlaceholders.goal}"; write the example's own`,
        `content/catalog/scaffold-check/meta.yaml: field "proxy": still the scaffold's placeholder "${scaffoldPlaceholders.proxy}"; write the example's own`,
        `content/catalog/scaffold-check/meta.yaml: field "observed": still the scaffold's placeholder "${scaffoldPlaceholders.observed}"; write the example's own`,
        `content/catalog/scaffold-check/meta.yaml: field "sources.0.title": still the scaffold's placeholder "${scaffoldPlaceholders["sources.title"]}"; write the example's own`,
        `content/catalog/scaffold-check/meta.yaml: field "sources.0.authors": still the scaffold's placeholder "${scaffoldPlaceholders["sources.authors"]}"; write the example's own`,
        `content/catalog/scaffold-check/meta.yaml: field "sources.0.url": still the scaffold's placeholder "${scaffoldPlaceholders["sources.url"]}"; write the example's own`,
      ].join("\n"),
    );
    // one left is enough
    const almost = meta.replace(scaffoldPlaceholders.goal, "The reader learns the subject.");
    expect(() => parseExampleMeta(`tag: "ZZZZ"\n${almost}`, "m.yaml")).toThrow('m.yaml: field "summary": still the scaffold\'s placeholder');
  });

  it("refuses a name that is not kebab-case", () => {
    expect(() => exampleTemplate("Bad Name")).toThrow('"Bad Name" is not a valid example name');
  });
});
