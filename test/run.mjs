// `npm test`: every check, in order, on one command.
//   1. type check (astro check)   2. unit tests   3. formal proofs (Coq, test/formal)
//   4. production build (with the search index)
//   5. checks of the built site (links, anchors, HTML validity by html-validate and by the Nu checker
//      on Java, what each page ships)
//   6. browser tests in headless Chromium against the built site
// A failing type check or build stops the run (later steps would test stale output); test
// failures are collected and the run ends with one line: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { ensureChromium } from "./support/chromium.mjs";
import { ensureCoq } from "./support/coq.mjs";
import { ensureJava } from "./support/java.mjs";

const root = new URL("..", import.meta.url).pathname;
const outputDir = `${root}test/.output`;
rmSync(outputDir, { recursive: true, force: true });
mkdirSync(outputDir, { recursive: true });

let passed = 0;
let failed = 0;

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.error) throw result.error;
  return result.status === 0;
}

function suite(name, env = {}, { reporter = "default", extraArgs = [] } = {}) {
  const report = `${outputDir}/${name}.json`;
  const ok = run(`${name} tests`, "vitest", [
    "run", "--config", "test/vitest.config.ts", `test/${name}`,
    `--reporter=${reporter}`, "--reporter=json", `--outputFile.json=${report}`, ...extraArgs,
  ], env);
  let suiteFailed = 0;
  try {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, numTotalTests } = JSON.parse(readFileSync(report, "utf8"));
    passed += numPassedTests;
    suiteFailed += numFailedTests;
    // nothing may be skipped silently: a skipped or todo test counts as a failure here
    const skipped = numPendingTests + (numTodoTests ?? 0);
    if (skipped > 0) {
      console.error(`${name}: ${skipped} test(s) skipped; skipping is not allowed`);
      suiteFailed += skipped;
    }
    if (numTotalTests === 0) {
      console.error(`${name}: no test ran`);
      suiteFailed += 1;
    }
  } catch {
    console.error(`${name}: the test runner wrote no report`);
    suiteFailed += 1;
  }
  // a suite can fail outside any test (a file that does not load): count that too
  if (!ok && suiteFailed === 0) suiteFailed = 1;
  failed += suiteFailed;
}

function stop(step) {
  console.error(`\n${step} failed: stopping before the steps that depend on it.`);
  console.log(`\n${passed} passed, ${failed + 1} failed`);
  process.exit(1);
}

if (!run("type check", "astro", ["check"])) stop("The type check");
suite("unit");
// formal proofs: Coq compiles content/formal/*.v and reports each result's axioms (test/support/formal.mjs)
const coqStart = performance.now();
let coq;
try {
  coq = ensureCoq();
} catch (error) {
  console.error(`\n${error.message}`);
  stop("Finding Coq");
}
const proofStart = performance.now();
suite("formal", { COQBIN: dirname(coq.coqc) });
const seconds = (from, to) => ((to - from) / 1000).toFixed(1);
console.log(`formal proofs (${coq.version}): finding or installing Coq ${seconds(coqStart, proofStart)} s, proofs and their tests ${seconds(proofStart, performance.now())} s`);
if (!run("production build", "npm", ["run", "build"])) stop("The build");
// the Nu HTML checker (test/site/vnu.test.ts) runs on Java (found or installed here, before the suite,
// so that a missing Java stops the run with what to install); the build never needs it
try {
  const java = ensureJava();
  console.log(`\nJava for the Nu HTML checker: ${java.java} (${java.version})`);
} catch (error) {
  console.error(`\n${error.message}`);
  stop("Finding Java");
}
suite("site");
let chromium;
try {
  chromium = ensureChromium();
} catch (error) {
  console.error(`\n${error.message}`);
  stop("Finding a browser");
}
// One test file at a time: the layout-shift tests measure how a page settles while it loads, and a
// second file running axe on a heavy page beside them starves the browser of the CPU it lays out with.
// The verbose reporter prints each test as it ends: the default one prints a file only when it is
// done, and the first file runs for a quarter of an hour.
suite("browser", { CHROMIUM_PATH: chromium }, { reporter: "verbose", extraArgs: ["--no-file-parallelism"] });

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
