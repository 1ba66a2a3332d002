/**
 * `npm run new-example -- SLUG`: creates content/catalog/SLUG/ with a model.ts whose claims pass
 * and a meta.yaml of placeholder texts (refused until replaced), then assigns the permanent tag.
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
console.log(
  `Created content/catalog/${slug}/meta.yaml and model.ts. The texts in meta.yaml are placeholders, which the build refuses: write your own in each, preview with \`npm run dev\` at /catalog/${slug}/, and check with \`npm run check-example -- ${slug}\` (see CONTRIBUTING.md).`,
);
