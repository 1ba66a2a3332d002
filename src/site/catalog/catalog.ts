/**
 * The catalogue: every folder content/catalog/SLUG/ with a meta.yaml and a model.ts, loaded at
 * build time (and in tests) through Vite's glob import, validated, run and checked against the
 * criteria. A claim the criteria do not support fails the build with the example, the mechanism
 * and the evidence, exactly as it fails the tests.
 */
import { assessModel, type Assessment } from "../../lib/scm/assess.ts";
import type { CatalogExample } from "../../lib/scm/catalog.ts";
import { checkClaims } from "../../lib/scm/checkClaims.ts";
import { parseExampleMeta } from "./meta.ts";
import type { ExampleMeta } from "./schema.ts";

export interface CatalogEntry {
  slug: string;
  meta: ExampleMeta;
  example: CatalogExample;
  /** The model's TypeScript source, shown on its page. */
  source: string;
  metaFile: string;
  modelFile: string;
}

const metaTexts = import.meta.glob<string>("/content/catalog/*/meta.yaml", { query: "?raw", import: "default", eager: true });
const modelSources = import.meta.glob<string>("/content/catalog/*/model.ts", { query: "?raw", import: "default", eager: true });
const modelModules = import.meta.glob<{ default: CatalogExample }>("/content/catalog/*/model.ts", { eager: true });

const slugOf = (path: string) => path.split("/")[3]!;

let entries: CatalogEntry[] | undefined;

/** Every example, sorted by title; a folder missing either file is an error naming it. */
export function catalogEntries(): CatalogEntry[] {
  if (entries) return entries;
  const slugs = [...new Set([...Object.keys(metaTexts), ...Object.keys(modelModules)].map(slugOf))].sort();
  entries = slugs.map((slug) => {
    const metaFile = `content/catalog/${slug}/meta.yaml`;
    const modelFile = `content/catalog/${slug}/model.ts`;
    const metaText = metaTexts[`/${metaFile}`];
    const module = modelModules[`/${modelFile}`];
    if (metaText === undefined) throw new Error(`content/catalog/${slug}/: meta.yaml is missing (see CONTRIBUTING.md)`);
    if (module === undefined) throw new Error(`content/catalog/${slug}/: model.ts is missing (see CONTRIBUTING.md)`);
    if (!module.default?.model || !module.default.run) throw new Error(`${modelFile}: expected \`export default { model, run }\` (a CatalogExample)`);
    if (module.default.model.name !== slug) throw new Error(`${modelFile}: the model is named "${module.default.model.name}"; name it "${slug}", after its folder`);
    return { slug, meta: parseExampleMeta(metaText, metaFile), example: module.default, source: modelSources[`/${modelFile}`] ?? "", metaFile, modelFile };
  });
  entries.sort((a, b) => a.meta.title.localeCompare(b.meta.title));
  return entries;
}

const assessments = new Map<string, Assessment>();

/** The example's run and verdicts (computed once per build); throws when its claims are not supported. */
export function assessEntry(entry: CatalogEntry): Assessment {
  const cached = assessments.get(entry.slug);
  if (cached) return cached;
  const assessment = assessModel(entry.example.model, entry.example.run);
  const problems = checkClaims(entry.slug, entry.meta, assessment.verdicts);
  if (problems.length > 0) throw new Error(`${entry.metaFile}: the criteria disagree with the claims:\n${problems.join("\n")}`);
  assessments.set(entry.slug, assessment);
  return assessment;
}

/** The examples that claim a mechanism or an effect. */
export function examplesClaiming(name: string): CatalogEntry[] {
  return catalogEntries().filter((entry) => (entry.meta.mechanisms as readonly string[]).includes(name) || entry.meta.effect === name);
}
