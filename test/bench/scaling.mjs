// Build time as the catalogue grows: a copy of the project with the catalogue multiplied by k
// (each example copied k − 1 times under new names, tags and all), committed to a git repository of
// its own (so the build reads dates from git as it does in a checkout) and built from scratch.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;

function nextTagAfter(value) {
  let candidate = value + 1;
  while (candidate.toString(36).toUpperCase().includes("O")) candidate++;
  return candidate;
}

/** Seconds to build the site with the catalogue multiplied by `factor`. */
export function buildWithCatalogTimes(factor) {
  const copy = mkdtempSync(join(tmpdir(), `goodhart-scale-${factor}-`));
  try {
    for (const entry of ["src", "components", "content", "public", "astro.config.mjs", "tsconfig.json", "package.json", ".gitignore"]) {
      cpSync(join(root, entry), join(copy, entry), { recursive: true });
    }
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
    const registryPath = join(copy, "content/tags.json");
    const registry = JSON.parse(readFileSync(registryPath, "utf8"));
    let last = Math.max(...registry.tags.map((record) => parseInt(record.tag, 36)));
    const catalog = join(copy, "content/catalog");
    const originals = readdirSync(catalog);
    for (let copyIndex = 1; copyIndex < factor; copyIndex++) {
      for (const slug of originals) {
        const newSlug = `${slug}-copy-${copyIndex}`;
        cpSync(join(catalog, slug), join(catalog, newSlug), { recursive: true });
        last = nextTagAfter(last);
        const tag = last.toString(36).toUpperCase().padStart(4, "0");
        const model = readFileSync(join(catalog, newSlug, "model.ts"), "utf8").replace(`name: "${slug}"`, `name: "${newSlug}"`);
        writeFileSync(join(catalog, newSlug, "model.ts"), model);
        const meta = readFileSync(join(catalog, newSlug, "meta.yaml"), "utf8").replace(/^tag: .*$/m, `tag: "${tag}"`).replace(/^title: (.*)$/m, (_, title) => `title: ${title} (copy ${copyIndex})`);
        writeFileSync(join(catalog, newSlug, "meta.yaml"), meta);
        registry.tags.push({ tag, label: `catalog/${newSlug}`, kind: "example" });
      }
    }
    writeFileSync(registryPath, JSON.stringify(registry));
    const git = (...args) => {
      const result = spawnSync("git", ["-c", "user.name=bench", "-c", "user.email=bench@localhost", ...args], { cwd: copy, encoding: "utf8" });
      if (result.status !== 0) throw new Error(`git ${args.join(" ")} in the scaled copy failed:\n${result.stderr}`);
    };
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", `the catalogue ×${factor}`);
    const started = performance.now();
    const build = spawnSync(process.execPath, [join(root, "node_modules/astro/bin/astro.mjs"), "build"], { cwd: copy, encoding: "utf8", maxBuffer: 1 << 28 });
    const seconds = (performance.now() - started) / 1000;
    if (build.status !== 0) throw new Error(`build with ${factor}× the catalogue failed:\n${build.stderr.slice(-2000)}`);
    return { factor, examples: originals.length * factor, seconds };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
