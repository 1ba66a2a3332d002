/**
 * `npm run new-example -- SLUG`: creates content/catalog/SLUG/ with a meta.yaml and a model.ts
 * that build and pass as they are, then assigns the example its permanent tag.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exampleTemplate } from "./template.ts";

const slug = process.argv[2];
if (!slug) {
  console.error("Usage: npm run new-example -- SLUG   (e.g. npm run new-example -- grading-by-word-count)");
  process.exit(2);
}
const { meta, model } = exampleTemplate(slug);
const folder = join(process.cwd(), "content/catalog", slug);
if (existsSync(folder)) {
  console.error(`content/catalog/${slug}/ exists already: choose another name`);
  process.exit(2);
}
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, "meta.yaml"), meta);
writeFileSync(join(folder, "model.ts"), model);
execFileSync(process.execPath, [join(process.cwd(), "src/site/results/assignTags.ts")], { stdio: "inherit" });
console.log(`Created content/catalog/${slug}/meta.yaml and model.ts. Preview it with \`npm run dev\` at /catalog/${slug}/, then edit both files (see CONTRIBUTING.md).`);
