/**
 * Every catalogued example: its meta.yaml matches the schema, its model runs, and the mechanisms,
 * tampering case and effect it claims are exactly those the criteria support. The examples are
 * loaded exactly as the site loads them (src/site/catalog/catalog.ts).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assessModel, checkClaims, type CatalogExample } from "../../../src/lib/scm";
import { catalogEntries } from "../../../src/site/catalog/catalog";
import { examplesMatching, filterGroups } from "../../../src/site/catalog/filters";
import { manheimGarrabrantSubtypes, subtypeRules } from "../../../src/site/catalog/manheimGarrabrant";
import { parseExampleMeta } from "../../../src/site/catalog/meta";

const entries = catalogEntries();

describe("the catalog", () => {
  it("has at least 22 examples covering every mechanism, tampering case and effect", () => {
    expect(entries.length).toBeGreaterThanOrEqual(22);
    const metas = entries.map((entry) => entry.meta);
    expect([...new Set(metas.flatMap((m) => m.mechanisms))].sort()).toEqual(["extremal", "generalisation", "regressional", "tampering"]);
    expect(new Set(metas.map((m) => m.tamperingCase).filter(Boolean))).toEqual(new Set(["independent-cause", "shared-cause", "intermediary-cause"]));
    expect(new Set(metas.map((m) => m.effect))).toEqual(new Set(["naive", "adversarial"]));
  });

  it("has an example of every Manheim–Garrabrant subtype the model can express, and none of the others", () => {
    for (const subtype of manheimGarrabrantSubtypes) {
      const shown = entries.filter((entry) => entry.meta.manheimGarrabrant.includes(subtype)).length;
      if (subtypeRules[subtype].expressible) expect(shown, subtype).toBeGreaterThan(0);
      else expect(shown, subtype).toBe(0);
    }
  });

  it("filters by every value on its own address, keeping the mechanism and effect addresses, and counts agree", () => {
    const hrefs = filterGroups.flatMap((group) => group.filters.map((filter) => filter.href));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    for (const name of ["regressional", "extremal", "tampering", "generalisation", "naive", "adversarial"]) expect(hrefs).toContain(`/catalog/by/${name}/`);
    const count = (kind: string) => filterGroups.find((group) => group.kind === kind)!.filters.reduce((sum, filter) => sum + examplesMatching(filter).length, 0);
    expect(count("effect")).toBe(entries.length);
    expect(count("tamperingCase")).toBe(entries.filter((entry) => entry.meta.mechanisms.includes("tampering")).length);
    expect(count("manheimGarrabrant")).toBe(entries.reduce((sum, entry) => sum + entry.meta.manheimGarrabrant.length, 0));
  });

  for (const entry of entries) {
    it(`${entry.slug}: claims exactly what the criteria support`, () => {
      const { verdicts } = assessModel(entry.example.model, entry.example.run);
      const problems = checkClaims(entry.slug, entry.meta, verdicts);
      if (problems.length > 0) throw new Error(problems.join("\n"));
    });
  }
});

describe("a claim the criteria do not support", () => {
  const folder = new URL("../../fixtures/catalog/unsupported-claim/", import.meta.url);
  const meta = parseExampleMeta(readFileSync(new URL("meta.yaml", folder), "utf8"), "test/fixtures/catalog/unsupported-claim/meta.yaml");

  it("fails with the example, the mechanism and the evidence", async () => {
    const { default: example } = (await import("../../fixtures/catalog/unsupported-claim/model")) as { default: CatalogExample };
    const { verdicts } = assessModel(example.model, example.run);
    expect(checkClaims("unsupported-claim", meta, verdicts)).toEqual([
      'example "unsupported-claim": the criteria support the regressional mechanism, which it does not claim. Evidence: regressional holds: 0 < OE < 0.99 on 11 of 11 steps (100%; mean OE 0.832)',
      'example "unsupported-claim": claims the extremal mechanism, but the criteria do not support it. Evidence: extremal does not hold: OE never turns negative after step 0 (lowest OE afterwards 0.832)',
    ]);
  });
});
