// `npm run bench`: build time, what every page ships, and how fast each figure recomputes,
// checked against test/bench/budgets.json. Writes test/.output/bench.json and prints a table;
// exits 1 when a budget is exceeded.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { chromium } from "playwright-core";
import { chromiumArgs, ensureChromium } from "../support/chromium.mjs";
import { builtPages, distDir } from "../support/dist.mjs";
import { serveDirectory } from "../support/server.mjs";
import { lighthouseScores } from "./lighthouse.mjs";
import { buildWithCatalogTimes, scalingTable } from "./scaling.mjs";
import { maxPageElements } from "../../src/site/pageBudget.ts";

const quick = process.argv.includes("--quick");

const root = new URL("../..", import.meta.url).pathname;
const budgets = JSON.parse(readFileSync(`${root}test/bench/budgets.json`, "utf8"));
const failures = [];
const check = (ok, message) => ok || failures.push(message);

// 1. Build time (astro build and the search index), on this machine
const started = performance.now();
const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
if (build.status !== 0) throw new Error("npm run build failed");
const buildSeconds = (performance.now() - started) / 1000;
check(buildSeconds <= budgets.buildSeconds, `build took ${buildSeconds.toFixed(1)} s, budget ${budgets.buildSeconds} s`);

// 2. Bytes each page ships at load: its HTML, its stylesheets, its scripts (files and inline)
const sizes = (buffer) => ({ raw: buffer.length, gzip: gzipSync(buffer).length });
const fileBytes = (url) => readFileSync(`${distDir}${url.replace(/^\//, "")}`);
const sum = (list) => list.reduce((total, item) => ({ raw: total.raw + item.raw, gzip: total.gzip + item.gzip }), { raw: 0, gzip: 0 });

/** The kind of page, for picking the heaviest of each kind to measure with Lighthouse. */
function pageType(path, document, figures) {
  if (path === "/catalog/") return "catalog index";
  if (/^\/catalog\/[^/]+\/$/.test(path) && document.querySelector(".causal-graph")) return "example";
  if (figures.length > 0) return "figure";
  if (document.querySelector(".env")) return "theorem";
  if (path === "/search/" || path === "/tags/" || path === "/404") return "tool";
  return "prose";
}

const pages = builtPages().map(({ path, html }) => {
  const { document } = parseHTML(html);
  const styles = [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute("href"));
  const scriptFiles = [...document.querySelectorAll("script[src]")].map((script) => script.getAttribute("src"));
  const inline = [...document.querySelectorAll("script:not([src])")].map((script) => Buffer.from(script.textContent ?? ""));
  const figures = [...document.querySelectorAll("figure[data-figure]")].map((figure) => figure.getAttribute("data-figure"));
  const inlineBytes = sum(inline.map(sizes));
  const elements = document.querySelectorAll("*").length;
  check(elements <= maxPageElements, `${path}: ${elements} elements, budget ${maxPageElements}`);
  const row = {
    path,
    type: pageType(path, document, figures),
    elements,
    html: sizes(Buffer.from(html)),
    css: sum(styles.filter((href) => href.startsWith("/")).map((href) => sizes(fileBytes(href)))),
    js: sum([...scriptFiles.filter((src) => src.startsWith("/")).map((src) => sizes(fileBytes(src))), inlineBytes]),
    scriptFiles,
    figures,
  };
  const isTool = path === "/search/" || path === "/tags/";
  const inlineBudget = isTool ? budgets.inlineScriptBytes.tools : budgets.inlineScriptBytes.prose;
  check(inlineBytes.raw <= inlineBudget, `${path}: ${inlineBytes.raw} bytes of inline script, budget ${inlineBudget}`);
  if (figures.length === 0 && path !== "/search/") {
    check(scriptFiles.length <= budgets.pageWithoutFigures.scriptFiles, `${path} has no figure but loads ${scriptFiles.join(", ")}`);
  } else if (figures.length > 0) {
    const eager = sum(scriptFiles.map((src) => sizes(fileBytes(src))));
    check(eager.gzip <= budgets.figureBootstrapGzipBytes, `${path}: ${eager.gzip} B gzip of script at load, budget ${budgets.figureBootstrapGzipBytes} B (figure code must load lazily)`);
  }
  return row;
});

// 3. In Chromium: lazy figure code, and the recompute time after a control change at default settings
const server = await serveDirectory(distDir);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
const figureRows = [];
try {
  for (const page of pages.filter((row) => row.figures.length > 0)) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    const requests = [];
    tab.on("request", (request) => requests.push(request.url()));
    await tab.goto(server.url + page.path, { waitUntil: "networkidle" });
    for (const name of page.figures) {
      const figure = tab.locator(`figure[data-figure="${name}"]`);
      // a figure within reach of the first screen goes live at load, as it should; the lazy-loading
      // check applies to figures further down
      const visibleAtLoad = (await figure.getAttribute("data-state")) !== null;
      const before = requests.length;
      await figure.scrollIntoViewIfNeeded();
      await tab.waitForSelector(`figure[data-figure="${name}"][data-state="live"]`);
      await tab.waitForLoadState("networkidle");
      const lazy = requests.slice(before).filter((url) => url.endsWith(".js"));
      const lazyBytes = sum(lazy.map((url) => sizes(fileBytes(new URL(url).pathname))));
      // Move the first control away from its default and back, timing the redraw at the default.
      const timings = await tab.evaluate(
        async ({ name, runs }) => {
          const element = document.querySelector(`figure[data-figure="${name}"]`);
          const field = element.querySelector("form input, form select");
          const original = field.value;
          const other =
            field instanceof HTMLSelectElement
              ? [...field.options].map((option) => option.value).find((value) => value !== original)
              : String(Number(original) === Number(field.max) ? Number(field.min) : Number(field.max));
          const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const times = [];
          for (let i = 0; i < runs; i++) {
            field.value = other;
            field.dispatchEvent(new Event("input", { bubbles: true }));
            await settle();
            field.value = original;
            field.dispatchEvent(new Event("input", { bubbles: true }));
            await settle();
            times.push(Number(element.dataset.recomputeMs));
          }
          return times;
        },
        { name, runs: budgets.recomputeRuns },
      );
      timings.sort((a, b) => a - b);
      const median = timings[Math.floor(timings.length / 2)];
      const budget = budgets.figureRecomputeMsByFigure[name] ?? budgets.figureRecomputeMs;
      check(median <= budget, `${page.path} figure ${name}: recompute ${median.toFixed(1)} ms (median), budget ${budget} ms`);
      check(visibleAtLoad || lazy.length > 0 || page.figures.indexOf(name) > 0, `${page.path} figure ${name}: no script was fetched when it became visible (was its code loaded eagerly?)`);
      figureRows.push({ page: page.path, figure: name, recomputeMedianMs: median, recomputeMaxMs: timings.at(-1), budgetMs: budget, lazyScripts: lazy.length, lazyJs: lazyBytes });
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

// 4. Lighthouse, mobile settings, on the heaviest page (most elements) of each type
const heaviest = new Map();
for (const row of pages) if (row.type !== "tool" && row.elements > (heaviest.get(row.type)?.elements ?? -1)) heaviest.set(row.type, row);
const lighthouseServer = await serveDirectory(distDir);
let lighthouse;
try {
  lighthouse = await lighthouseScores(
    ensureChromium(),
    [...heaviest].map(([type, row]) => ({ type, url: lighthouseServer.url + row.path, elements: row.elements })),
    budgets.lighthouse.runs,
  );
} finally {
  await lighthouseServer.close();
}
for (const row of lighthouse) {
  for (const [category, minimum] of Object.entries(budgets.lighthouse.minimumScores)) {
    check(row.scores[category] >= minimum, `Lighthouse ${category} on ${row.type} page ${row.url}: ${row.scores[category]}, budget ${minimum}`);
  }
  check(row.metrics.tbt <= budgets.lighthouse.maximumTotalBlockingTimeMs, `Lighthouse total blocking time on ${row.type} page ${row.url}: ${Math.round(row.metrics.tbt)} ms, budget ${budgets.lighthouse.maximumTotalBlockingTimeMs} ms`);
  if (row.type === "prose") {
    check(row.transferBytes <= budgets.lighthouse.proseTransferBytes, `prose page ${row.url} transfers ${row.transferBytes} bytes, budget ${budgets.lighthouse.proseTransferBytes}`);
    check(row.scriptRequests <= budgets.lighthouse.proseScriptRequests, `prose page ${row.url} requests ${row.scriptRequests} script file(s) while loading, budget ${budgets.lighthouse.proseScriptRequests}`);
  }
}

// 5. Build time as the catalogue grows (generated copies of every example)
const scaling = [];
for (const factor of quick ? budgets.catalogScaling.filter((factor) => factor <= 100) : budgets.catalogScaling) {
  scaling.push(await buildWithCatalogTimes(factor));
}

// 6. Report
const results = { date: new Date().toISOString(), buildSeconds, pages, figures: figureRows, lighthouse, scaling, budgets, failures };
mkdirSync(`${root}test/.output`, { recursive: true });
writeFileSync(`${root}test/.output/bench.json`, `${JSON.stringify(results, null, 2)}\n`);

const kb = (bytes) => (bytes / 1024).toFixed(1);
console.log(`\nBuild: ${buildSeconds.toFixed(1)} s (budget ${budgets.buildSeconds} s)\n`);
console.log("| page | type | elements | HTML raw/gzip KB | CSS raw/gzip KB | JS at load raw/gzip KB | script files |");
console.log("|---|---|---|---|---|---|---|");
for (const row of pages) {
  console.log(`| ${row.path} | ${row.type} | ${row.elements} | ${kb(row.html.raw)} / ${kb(row.html.gzip)} | ${kb(row.css.raw)} / ${kb(row.css.gzip)} | ${kb(row.js.raw)} / ${kb(row.js.gzip)} | ${row.scriptFiles.length} |`);
}
console.log("\n| figure | page | recompute median / max ms | budget ms | JS loaded when visible raw/gzip KB |");
console.log("|---|---|---|---|---|");
for (const row of figureRows) {
  console.log(`| ${row.figure} | ${row.page} | ${row.recomputeMedianMs.toFixed(1)} / ${row.recomputeMaxMs.toFixed(1)} | ${row.budgetMs} | ${kb(row.lazyJs.raw)} / ${kb(row.lazyJs.gzip)} |`);
}
console.log(`\n| page type | heaviest page | elements | performance (median of ${budgets.lighthouse.runs}: runs) | FCP / LCP ms | TBT ms | CLS | accessibility | best practices | SEO | transfer KB | script files |`);
console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const row of lighthouse) {
  const { fcp, lcp, tbt, cls } = row.metrics;
  console.log(
    `| ${row.type} | ${row.url} | ${heaviest.get(row.type).elements} | ${row.scores.performance} (${row.performanceRuns.join(", ")}) | ${Math.round(fcp)} / ${Math.round(lcp)} | ${Math.round(tbt)} | ${cls.toFixed(3)} | ${row.scores.accessibility} | ${row.scores["best-practices"]} | ${row.scores.seo} | ${kb(row.transferBytes)} | ${row.scriptRequests} |`,
  );
}
console.log(`\nBuild as the catalogue grows (no search index):\n${scalingTable(scaling)}`);
console.log(`\nWritten to test/.output/bench.json`);
if (failures.length > 0) {
  console.error(`\n${failures.length} budget(s) exceeded:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log("All budgets met.");
