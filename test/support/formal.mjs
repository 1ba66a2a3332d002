// Checks the Coq proof files: compiles every content/formal/*.v in dependency order (in a temporary
// folder, so no .vo or .glob file lands in content/), asks Coq which axioms each annotated declaration
// rests on (`Print Assumptions`), and checks that these are only the allowed ones, that each annotation's
// tag is in content/tags.json with the same statement id, and that each file passes parseProofFile.
//
// `npm run formal` (this file run directly) writes what Coq reported to content/formal/assumptions.json,
// which the build reads (it never runs Coq); the formal tests fail when that record is out of date.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parseProofFile } from "../../src/site/formal/proofFiles.ts";
import { ensureCoq } from "./coq.mjs";

export const formalFolder = "content/formal";
export const assumptionsFile = `${formalFolder}/assumptions.json`;
export const tagsFile = "content/tags.json";
/** The logical name the proof files are compiled under (`Require Import Goodhart.Vectors.`). */
export const logicalPrefix = "Goodhart";

/**
 * The only axioms an annotated result may rest on, each with the reason it is acceptable. They are what
 * Coq's classical real numbers and classical logic bring; a proof that needs anything else (proof
 * irrelevance, choice, a user's Axiom or a Hypothesis outside a section) fails the check.
 */
export const ALLOWED_AXIOMS = {
  // Coq.Reals builds R from Dedekind cuts classically: the limited principle of omniscience, stated as an
  // axiom in ClassicalDedekindReals. Every use of R depends on it.
  "ClassicalDedekindReals.sig_forall_dec": "the constructive part of Coq's real numbers (ClassicalDedekindReals)",
  // The decidability of negated propositions on the reals; also from the construction of R.
  "ClassicalDedekindReals.sig_not_dec": "the construction of Coq's real numbers (ClassicalDedekindReals)",
  // The reals' library (total order, Rle_dec, sup) uses function extensionality in its construction.
  "FunctionalExtensionality.functional_extensionality_dep": "used by Coq's real-number library itself",
  // Excluded middle, the logic the site's proofs are written in (Coquelicot and Classical use it).
  "Classical_Prop.classic": "classical logic, in which the site's proofs are written",
};

/** Runs a program, returning its status and output (never throws on a non-zero exit). */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { ok: result.status === 0, output: `${result.stdout ?? ""}${result.stderr ?? ""}`.trim() };
}

/** The entries of a `Print Assumptions` report: "Closed under the global context" gives []. */
export function parseAssumptions(output) {
  const names = [];
  let section = "";
  for (const line of output.split("\n")) {
    if (line.trim() === "" || /^\s/.test(line) || /^Closed under the global context/.test(line)) continue;
    const header = /^([^:]+):\s*$/.exec(line);
    if (header) {
      section = header[1].trim();
      continue;
    }
    const name = line.split(" :")[0].trim();
    // anything listed under another heading (type-in-type, unguarded fixpoints, …) is unsafe: keep it visible
    names.push(section === "Axioms" ? name : `${section}: ${name}`);
  }
  return [...new Set(names)].sort();
}

/** `{ vFile: [vFiles it requires] }` among the given files, from coqdep's make rules. */
function dependencies(coq, work, files) {
  const { ok, output } = run(coq.coqdep, ["-Q", ".", logicalPrefix, ...files], work);
  if (!ok) throw new Error(`coqdep failed:\n${output}`);
  const needs = Object.fromEntries(files.map((file) => [file, []]));
  for (const line of output.split("\n")) {
    const [targets, sources] = line.split(":");
    if (!sources) continue;
    const source = sources.trim().split(/\s+/)[0];
    if (!(source in needs) || !targets.trim().split(/\s+/)[0].endsWith(".vo")) continue;
    needs[source] = sources.trim().split(/\s+/).slice(1).filter((dep) => dep.endsWith(".vo")).map((dep) => dep.replace(/\.vo$/, ".v")).filter((dep) => dep in needs);
  }
  return needs;
}

/**
 * Checks one folder of proof files. Returns `{ coq, files, results, problems }`: per file its parse,
 * compile and tag problems; per annotated declaration its assumptions and problems; `problems`, every
 * problem, as "path:line: message" where a line is known.
 */
export function checkFormal({ root, folder = formalFolder, tags = tagsFile, coq = ensureCoq() }) {
  const source = join(root, folder);
  const names = existsSync(source) ? readdirSync(source).filter((name) => name.endsWith(".v")).sort() : [];
  const registry = new Map(JSON.parse(readFileSync(join(root, tags), "utf8")).tags.map((entry) => [entry.tag, entry.label]));
  const files = names.map((name) => ({ file: `${folder}/${name}`, name, problems: [], results: [] }));
  const work = mkdtempSync(join(tmpdir(), "goodhart-formal-"));
  try {
    for (const entry of files) {
      cpSync(join(source, entry.name), join(work, entry.name));
      try {
        entry.results = parseProofFile(entry.file, readFileSync(join(source, entry.name), "utf8")).map((result) => ({ ...result, assumptions: [], problems: [] }));
      } catch (error) {
        entry.problems.push(...error.message.split("\n"));
      }
      for (const result of entry.results) {
        const label = registry.get(result.tag);
        const where = `${result.file}:${result.line}: ${result.name}`;
        if (label === undefined) result.problems.push(`${where} formalises tag ${result.tag}, which ${tags} does not have`);
        else if (label !== result.label) result.problems.push(`${where} formalises ${result.tag} "${result.label}", but in ${tags} ${result.tag} is "${label}"`);
      }
    }
    // coqc prints the temporary path; messages should name the file in the repository
    const shown = (output) => output.split(`${work}/`).join(`${folder}/`).replaceAll(`"./`, `"${folder}/`);

    const needs = dependencies(coq, work, names);
    // every file either formalises a statement or is a library that such a file requires (no orphan proofs)
    const used = new Set();
    const markUsed = (name) => {
      for (const dep of needs[name] ?? []) if (!used.has(dep)) (used.add(dep), markUsed(dep));
    };
    for (const entry of files) if (entry.results.length > 0) markUsed(entry.name);
    for (const entry of files) {
      if (entry.results.length === 0 && entry.problems.length === 0 && !used.has(entry.name)) {
        entry.problems.push(`${entry.file}: formalises no statement (no @formalises annotation) and no file that does requires it`);
      }
    }
    const sorted = run(coq.coqdep, ["-Q", ".", logicalPrefix, "-sort", ...names], work);
    if (!sorted.ok) throw new Error(`coqdep -sort failed:\n${sorted.output}`);
    const compiled = new Set();
    for (const name of sorted.output.split(/\s+/).filter((word) => word.endsWith(".v"))) {
      const entry = files.find((candidate) => candidate.name === name);
      const broken = needs[name].filter((dep) => !compiled.has(dep));
      if (broken.length > 0) {
        entry.problems.push(`${entry.file}: not compiled, because ${broken.map((dep) => `${folder}/${dep}`).join(", ")} does not compile`);
        continue;
      }
      const { ok, output } = run(coq.coqc, ["-Q", ".", logicalPrefix, name], work);
      if (ok) compiled.add(name);
      else entry.problems.push(`${entry.file}: coqc failed:\n${shown(output)}`);
    }

    for (const entry of files) {
      if (!compiled.has(entry.name) || entry.results.length === 0) continue;
      const module = `${logicalPrefix}.${entry.name.replace(/\.v$/, "")}`;
      const probe = `Assumptions__${entry.name}`;
      const lines = [`Require ${module}.`, ...entry.results.map((result, i) => `Redirect "${probe}.${i}" Print Assumptions ${module}.${result.name}.`)];
      writeFileSync(join(work, probe), `${lines.join("\n")}\n`);
      const { ok, output } = run(coq.coqc, ["-Q", ".", logicalPrefix, probe], work);
      for (const [i, result] of entry.results.entries()) {
        const report = join(work, `${probe}.${i}.out`);
        if (!ok || !existsSync(report)) {
          result.problems.push(`${result.file}:${result.line}: ${result.name}: Print Assumptions failed (the declaration must be at the top level of the file):\n${output}`);
          continue;
        }
        result.assumptions = parseAssumptions(readFileSync(report, "utf8"));
        const disallowed = result.assumptions.filter((name) => !(name in ALLOWED_AXIOMS));
        if (disallowed.length > 0) result.problems.push(`${result.file}:${result.line}: ${result.name} rests on assumptions that are not allowed: ${disallowed.join(", ")}`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const results = files.flatMap((entry) => entry.results);
  const problems = [...files.flatMap((entry) => entry.problems), ...results.flatMap((result) => result.problems)];
  return { coq: coq.version, files, results, problems };
}

/** The content of assumptions.json for a report: sorted by file, then by position in the file. */
export function assumptionsRecord(report) {
  const results = [...report.results]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))
    .map(({ file, name, tag, label, assumptions }) => ({ file, name, tag, label, assumptions }));
  return `${JSON.stringify({ coq: report.coq, results }, null, 2)}\n`;
}

/** undefined if the committed record equals what Coq reports now, else the message to show. */
export function recordProblem(root, report, file = assumptionsFile) {
  const path = join(root, file);
  const expected = JSON.parse(assumptionsRecord(report));
  const committed = existsSync(path) ? readFileSync(path, "utf8") : undefined;
  if (committed !== undefined) {
    try {
      if (JSON.stringify(JSON.parse(committed)) === JSON.stringify(expected)) return undefined;
    } catch {
      // unreadable: reported below
    }
  }
  return `${file} ${committed === undefined ? "is missing" : "differs from what Coq reports now"}: run npm run formal`;
}

// `npm run formal`: check the proof files and rewrite the record.
if (process.argv[1] && relative(process.argv[1], new URL(import.meta.url).pathname) === "") {
  const root = new URL("../..", import.meta.url).pathname;
  const started = performance.now();
  let report;
  try {
    report = checkFormal({ root });
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  for (const result of report.results) console.log(`${result.file}:${result.line} ${result.name} (${result.tag} ${result.label}): ${result.assumptions.join(", ") || "closed"}`);
  if (report.problems.length > 0) {
    console.error(`\n${report.problems.join("\n")}\n\n${assumptionsFile} not written: fix the problems above first.`);
    process.exit(1);
  }
  writeFileSync(join(root, assumptionsFile), assumptionsRecord(report));
  console.log(`\nWrote ${assumptionsFile} (${report.results.length} results, ${report.coq}) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
