/**
 * The catalogue: every folder content/catalog/SLUG/ with a meta.yaml and a model.ts, loaded at
 * build time (and in tests) through Vite's glob import, validated, run and checked against the
 * criteria. A claim the criteria do not support fails the build with the example, the mechanism
 * and the evidence, exactly as it fails the tests.
 */
import { assessModel, type Assessment } from "../../lib/scm/assess.ts";
import type { CatalogExample } from "../../lib/scm/catalog.ts";
import { checkClaims } from "../../lib/scm/checkClaims.ts";
import type { Model } from "../../lib/scm/model.ts";
import { resolveRunSettings, type RunSettings } from "../../lib/scm/optimise.ts";
import { parseExampleMeta } from "./meta.ts";
import { checkSlug, type ExampleMeta } from "./schema.ts";
import { ContributorError } from "../contributorError.ts";

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

/**
 * The most model evaluations one example's run may cost: (steps + 1) × samples × (2 × parameters + 1),
 * one evaluation per sample for the means and two per parameter for the central differences. The
 * examples need well under a tenth of it; a run this size already adds seconds to every build.
 */
export const runEvaluationBudget = 5_000_000;

/** The run settings checked where the contributor wrote them: each error names the file and the field. */
function checkRun(modelFile: string, model: Model, run: RunSettings): void {
  try {
    resolveRunSettings(model, run);
  } catch (error) {
    if (error instanceof RangeError) throw new ContributorError(`${modelFile}: run.${error.message}`);
    throw new ContributorError(`${modelFile}: ${(error as Error).message}`);
  }
  const evaluations = (run.steps + 1) * run.samples * (2 * model.parameterNames.length + 1);
  if (evaluations > runEvaluationBudget) {
    throw new ContributorError(
      `${modelFile}: the run would evaluate the model ${evaluations.toLocaleString("en")} times ((steps + 1) × samples × (2 × parameters + 1)), over the budget of ${runEvaluationBudget.toLocaleString("en")}; lower run.steps or run.samples (a few dozen steps and about a hundred samples suffice for a small model)`,
    );
  }
}

/**
 * One example from its folder's files (undefined where a file is missing), checked where the
 * contributor wrote it: every error names the folder or the file, and the field.
 */
export function catalogEntry(slug: string, metaText: string | undefined, module: { default: CatalogExample } | undefined, source: string): CatalogEntry {
  checkSlug(slug);
  const metaFile = `content/catalog/${slug}/meta.yaml`;
  const modelFile = `content/catalog/${slug}/model.ts`;
  if (metaText === undefined) throw new ContributorError(`content/catalog/${slug}/: meta.yaml is missing (see CONTRIBUTING.md)`);
  if (module === undefined) throw new ContributorError(`content/catalog/${slug}/: model.ts is missing (see CONTRIBUTING.md)`);
  if (!module.default?.model || !module.default.run) throw new ContributorError(`${modelFile}: expected \`export default { model, run }\` (a CatalogExample)`);
  const { model, run } = module.default;
  if (model.name !== slug) throw new ContributorError(`${modelFile}: the model is named "${model.name}"; name it "${slug}", after its folder`);
  if (model.goal === model.proxy) throw new ContributorError(`${modelFile}: goal and proxy are both "${model.goal}"; the proxy must be a different node`);
  checkRun(modelFile, model, run);
  return { slug, meta: parseExampleMeta(metaText, metaFile), example: module.default, source, metaFile, modelFile };
}

let entries: CatalogEntry[] | undefined;

/** Every example, sorted by title. */
export function catalogEntries(): CatalogEntry[] {
  if (entries) return entries;
  const slugs = [...new Set([...Object.keys(metaTexts), ...Object.keys(modelModules)].map(slugOf))].sort();
  entries = slugs.map((slug) => {
    const folder = `/content/catalog/${slug}/`;
    return catalogEntry(slug, metaTexts[`${folder}meta.yaml`], modelModules[`${folder}model.ts`], modelSources[`${folder}model.ts`] ?? "");
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
  if (problems.length > 0) throw new ContributorError(`${entry.metaFile}: the criteria disagree with the claims:\n${problems.join("\n")}`);
  assessments.set(entry.slug, assessment);
  return assessment;
}

/** The examples that claim a mechanism or an effect. */
export function examplesClaiming(name: string): CatalogEntry[] {
  return catalogEntries().filter((entry) => (entry.meta.mechanisms as readonly string[]).includes(name) || entry.meta.effect === name);
}
