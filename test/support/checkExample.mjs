// `npm run check-example -- SLUG`: the checks of one catalogue example, in well under a minute, for the
// contributor who adds it. In order: the folder name, meta.yaml against its schema, model.ts's syntax and
// types, the model's run and the criteria against the claims, the permanent tag, own words, then the
// site's build and the example's page (valid HTML, math that rendered, every link and anchor resolving).
// Every failure is printed with the file and what to change; the build runs only when the rest passed,
// because the build stops at the first of the same errors. `npm test` stays the full gate.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { HtmlValidate } from "html-validate";
import ts from "typescript";
import { createServer } from "vite";
import { catalogModelSyntax } from "../../src/site/catalog/modelSyntax.ts";
import { builtFiles, builtPages } from "./dist.mjs";
import { brokenLinks, siteTargets } from "./links.mjs";

// the project is the working directory (npm runs scripts there), so that a test can check a copy of it
const root = process.cwd();
const started = performance.now();
const results = [];

/** Runs one check; a check returns a note to print beside ✓, or throws what failed. */
async function check(title, run) {
  const from = performance.now();
  try {
    const note = await run();
    results.push({ title, ok: true });
    console.log(`✓ ${title}${note ? `: ${note}` : ""} (${((performance.now() - from) / 1000).toFixed(1)} s)`);
    return true;
  } catch (error) {
    results.push({ title, ok: false });
    console.log(`✗ ${title}\n${String(error instanceof Error ? error.message : error).replace(/^/gm, "    ")}`);
    return false;
  }
}

const slug = process.argv[2];
if (!slug || process.argv.length > 3) {
  const slugs = existsSync(join(root, "content/catalog")) ? readdirSync(join(root, "content/catalog")) : [];
  console.error(`usage: npm run check-example -- SLUG, where SLUG is the example's folder under content/catalog/ (${slugs.length} there: ${slugs.slice(0, 4).join(", ")}, …)`);
  process.exit(2);
}
const folder = `content/catalog/${slug}`;
const metaFile = `${folder}/meta.yaml`;
const modelFile = `${folder}/model.ts`;
if (!existsSync(join(root, folder))) {
  console.error(`${folder}/ does not exist: give the name of the example's folder (npm run new-example -- ${slug} creates it)`);
  process.exit(2);
}
console.log(`Checking the example ${folder}/ (the whole gate is \`npm test\`)\n`);

// The site's own modules, loaded the way the build loads them (Vite resolves `#scm`, extensionless imports
// and the catalogue's glob imports); no server is started.
const vite = await createServer({ root, configFile: false, logLevel: "silent", appType: "custom", server: { middlewareMode: true, hmr: false, watch: null }, plugins: [catalogModelSyntax()] });
const load = (path) => vite.ssrLoadModule(path);
const { checkSlug } = await load("/src/site/catalog/schema.ts");
const { parseExampleMeta } = await load("/src/site/catalog/meta.ts");

await check("folder name", () => checkSlug(slug));

let meta;
const metaOk = await check("meta.yaml matches its schema", () => {
  if (!existsSync(join(root, metaFile))) throw new Error(`${metaFile} is missing (npm run new-example writes one)`);
  meta = parseExampleMeta(readFileSync(join(root, metaFile), "utf8"), metaFile);
});

const typesOk = await check("model.ts parses and type-checks", () => {
  if (!existsSync(join(root, modelFile))) throw new Error(`${modelFile} is missing (npm run new-example writes one)`);
  const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => { throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")); } });
  // the model and what it imports (the library), with the project's compiler options: what `npm run check` says about these files
  const program = ts.createProgram([join(root, modelFile)], config.options);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length === 0) return undefined;
  throw new Error(diagnostics.map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${relative(root, diagnostic.file.fileName)}:${line + 1}:${character + 1}: ${message}`;
  }).join("\n"));
});

if (metaOk && typesOk) {
  await check("the model runs and the criteria support exactly the claims", async () => {
    // loaded only now: the catalogue imports every model, so a model that does not parse would stop it
    const { assessEntry, catalogEntry } = await load("/src/site/catalog/catalog.ts");
    const module = await load(`/${modelFile}`);
    const entry = catalogEntry(slug, readFileSync(join(root, metaFile), "utf8"), module, readFileSync(join(root, modelFile), "utf8"));
    const assessment = assessEntry(entry);
    const claimed = [...entry.meta.mechanisms, ...(entry.meta.tamperingCase ? [entry.meta.tamperingCase] : []), entry.meta.effect];
    return `${claimed.join(", ")}; ${assessment.run.steps.length - 1} steps`;
  });
} else {
  console.log("· the model's run and the criteria: not run until meta.yaml and model.ts pass");
}

await check("permanent tag", async () => {
  const { parseTagRegistry } = await load("/src/site/results/tags.ts");
  const { checkRegistryHistory } = await load("/src/site/results/tagHistory.ts");
  const registryFile = "content/tags.json";
  const registry = parseTagRegistry(readFileSync(join(root, registryFile), "utf8"), registryFile);
  checkRegistryHistory(root, registryFile, registry);
  const record = registry.find((candidate) => candidate.label === `catalog/${slug}`);
  if (!record) throw new Error(`${registryFile} has no tag for catalog/${slug}: run \`npm run tags\`, which adds one and writes it into ${metaFile}`);
  if (record.kind !== "example") throw new Error(`${registryFile}: the tag ${record.tag} of catalog/${slug} has kind "${record.kind}"; an example's tag has kind "example"`);
  if (meta && meta.tag !== record.tag) throw new Error(`${metaFile}: tag is ${meta.tag === undefined ? "missing" : `"${meta.tag}"`}, but ${registryFile} gives catalog/${slug} the tag "${record.tag}"; write \`tag: "${record.tag}"\` (npm run tags does)`);
  return record.tag;
});

await check("own words", async () => {
  const { sharedRuns, wordRuns, RUN_WORDS } = await import("./ownWords.mjs");
  const notes = [];
  // the examples' texts: one example's sentences copied into another
  const own = readFileSync(join(root, metaFile), "utf8");
  const others = readdirSync(join(root, "content/catalog")).filter((other) => other !== slug && existsSync(join(root, "content/catalog", other, "meta.yaml")));
  const copied = others.flatMap((other) => sharedRuns(own, wordRuns(readFileSync(join(root, "content/catalog", other, "meta.yaml"), "utf8"))).map((run) => `${metaFile}: "${run}" is also in content/catalog/${other}/meta.yaml`));
  // the source essays, where they are beside this checkout (the maintainers' setup)
  const essayTool = join(root, "../shared/tools/own-words.mjs");
  if (existsSync(essayTool)) {
    const essays = spawnSync(process.execPath, [essayTool, join(root, folder)], { encoding: "utf8" });
    if (essays.status !== 0) copied.push(essays.stdout.trim());
    notes.push("the examples and the source essays");
  } else {
    notes.push(`the other examples (the source essays' own check, ../shared/tools/own-words.mjs, is not beside this checkout; the maintainers run it on every pull request)`);
  }
  if (copied.length > 0) throw new Error(`${copied.join("\n")}\nwrite these in your own words: no ${RUN_WORDS} words in a row may repeat another text`);
  return `nothing repeats ${notes.join("")}`;
});

await vite.close();

if (results.some((result) => !result.ok)) {
  console.log("\nThe site was not built: fix the checks above first.");
  finish();
}

const built = await check("the site builds", () => {
  const build = spawnSync(join(root, "node_modules/.bin/astro"), ["build"], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
  if (build.status !== 0) throw new Error(`\`astro build\` failed:\n${(build.stderr || build.stdout).trim().split("\n").slice(-25).join("\n")}`);
});

if (built) {
  await check(`its page /catalog/${slug}/`, async () => {
    const pages = builtPages(join(root, "dist"));
    const page = pages.find((candidate) => candidate.path === `/catalog/${slug}/`);
    if (!page) throw new Error(`the build wrote no dist/catalog/${slug}/index.html`);
    const problems = [];
    const report = await new HtmlValidate({ extends: ["html-validate:standard"] }).validateString(page.html, `dist/catalog/${slug}/index.html`);
    for (const result of report.results) for (const message of result.messages) problems.push(`dist/catalog/${slug}/index.html:${message.line}:${message.column}: ${message.ruleId}: ${message.message}`);
    if (page.html.includes("katex-error")) problems.push(`dist/catalog/${slug}/index.html: a formula did not render (KaTeX error); check the math in ${metaFile}`);
    for (const broken of brokenLinks(page, siteTargets(pages, builtFiles(join(root, "dist"))))) problems.push(`a link on /catalog/${slug}/ does not resolve: ${broken}`);
    if (meta?.tag && !pages.some((candidate) => candidate.path === `/tag/${meta.tag}/`)) problems.push(`the permanent address /tag/${meta.tag}/ was not built`);
    if (problems.length > 0) throw new Error(problems.join("\n"));
    return `valid HTML, its math rendered, every link resolves, /tag/${meta.tag}/ exists`;
  });
}
finish();

function finish() {
  const failed = results.filter((result) => !result.ok).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(failed === 0 ? `\nAll ${results.length} checks passed in ${seconds} s. Before opening the pull request, run \`npm test\` (the whole gate, about 20 minutes).` : `\n${failed} of ${results.length} checks failed (${seconds} s).`);
  process.exit(failed === 0 ? 0 : 1);
}
