// The Coq proof files in content/formal/: each compiles, each annotated declaration rests only on the
// allowed axioms and names a tag of content/tags.json with its statement id, and the committed record
// content/formal/assumptions.json is what Coq reports now. Needs Coq (test/support/coq.mjs); without it
// the tests fail with a message saying what to install, they do not skip.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { parseProofFile } from "../../src/site/formal/proofFiles.ts";
import { ensureCoq } from "../support/coq.mjs";
import { checkFormal, formalFolder, recordProblem } from "../support/formal.mjs";

const root = new URL("../..", import.meta.url).pathname;
const folder = `${root}${formalFolder}`;
const names = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith(".v")).sort() : [];

/** The annotated declarations per file, read without Coq, so that each gets its own test. */
function annotated(name: string) {
  try {
    return parseProofFile(`${formalFolder}/${name}`, readFileSync(`${folder}/${name}`, "utf8"));
  } catch {
    return []; // the file's own test reports the problem
  }
}

let report: ReturnType<typeof checkFormal>;
beforeAll(() => {
  report = checkFormal({ root, coq: ensureCoq() });
}, 900_000);

describe("formal proof files", () => {
  for (const name of names) {
    describe(name, () => {
      test("passes the annotation check and compiles", () => {
        const entry = report.files.find((candidate) => candidate.name === name);
        expect(entry?.problems.join("\n")).toBe("");
      });
      for (const result of annotated(name)) {
        test(`${result.name} (${result.tag} ${result.label}) rests only on allowed axioms`, () => {
          const found = report.results.find((candidate) => candidate.file === result.file && candidate.name === result.name);
          expect(found?.problems.join("\n")).toBe("");
        });
      }
    });
  }

  test("content/formal/assumptions.json is what Coq reports now", () => {
    expect(recordProblem(root, report)).toBeUndefined();
  });

  test("compiling leaves no build products in content/formal/", () => {
    const left = existsSync(folder) ? readdirSync(folder).filter((name) => !name.endsWith(".v") && name !== "assumptions.json") : [];
    expect(left).toEqual([]);
  });
});
