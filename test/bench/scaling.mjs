// Build time as the catalogue grows: a copy of the project with the catalogue multiplied by k
// (each example copied k − 1 times under new names, tags and all), committed to a git repository of
// its own (so the build reads dates from git as it does in a checkout) and built from scratch, measuring
// the time, the CPU time and the peak resident memory of the build process.
// Alone: `npm run bench:scaling -- 10 100 1000` (the factors; default those in budgets.json).
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtFiles } from "../support/dist.mjs";

const root = new URL("../..", import.meta.url).pathname;

function nextTagAfter(value) {
  let candidate = value + 1;
  while (candidate.toString(36).toUpperCase().includes("O")) candidate++;
  return candidate;
}

/** Peak resident memory of a running process so far, in bytes (Linux's VmHWM; 0 where /proc has none). */
function peakResidentBytes(pid) {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0; // the process has just ended: the last reading stands
  }
}

/** Runs a command to its end: wall seconds, CPU seconds (user + system) and peak resident bytes. */
function measure(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const childCpuBefore = childCpuSeconds();
    const child = spawn(command, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let peak = 0;
    child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-20_000)));
    const poll = setInterval(() => (peak = Math.max(peak, peakResidentBytes(child.pid))), 100);
    child.on("error", reject);
    child.on("exit", (status) => {
      clearInterval(poll);
      // the child is reaped before "exit" fires, so its CPU time is in this process's children's total
      resolve({ status, stderr, seconds: (performance.now() - started) / 1000, cpuSeconds: childCpuSeconds() - childCpuBefore, peakBytes: peak });
    });
  });
}

/** CPU seconds used by this process's reaped children so far (cutime + cstime of /proc/self/stat). */
function childCpuSeconds() {
  if (!existsSync("/proc/self/stat")) return Number.NaN;
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
  // after the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** Time and memory to build the site with the catalogue multiplied by `factor`. */
export async function buildWithCatalogTimes(factor) {
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
    const build = await measure(process.execPath, [join(root, "node_modules/astro/bin/astro.mjs"), "build"], copy);
    if (build.status !== 0) throw new Error(`build with ${factor}× the catalogue failed:\n${build.stderr.slice(-2000)}`);
    const pages = builtFiles(join(copy, "dist")).filter((file) => file.endsWith(".html")).length;
    const examples = originals.length * factor;
    return { factor, examples, pages, seconds: build.seconds, cpuSeconds: build.cpuSeconds, peakMegabytes: build.peakBytes / 2 ** 20, secondsPerExample: build.seconds / examples, secondsPerPage: build.seconds / pages };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** The rows as the bench prints them. */
export function scalingTable(rows) {
  return [
    "| catalogue | examples | pages | build s | CPU s | peak memory MB | s per example | ms per page |",
    "|---|---|---|---|---|---|---|---|",
    ...rows.map((row) => `| ${row.factor}× | ${row.examples} | ${row.pages} | ${row.seconds.toFixed(1)} | ${row.cpuSeconds.toFixed(1)} | ${row.peakMegabytes.toFixed(0)} | ${row.secondsPerExample.toFixed(3)} | ${(1000 * row.secondsPerPage).toFixed(1)} |`),
  ].join("\n");
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const budgets = JSON.parse(readFileSync(join(root, "test/bench/budgets.json"), "utf8"));
  const factors = process.argv.slice(2).map(Number);
  const rows = [];
  for (const factor of factors.length > 0 ? factors : budgets.catalogScaling) {
    rows.push(await buildWithCatalogTimes(factor));
    console.log(scalingTable(rows.slice(-1)).split("\n").at(-1));
  }
  console.log(`\n${scalingTable(rows)}`);
}
