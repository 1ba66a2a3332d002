// The checker itself: each fixture in test/fixtures/formal/ breaks one rule and must fail with exactly
// the message that names the file, the line and the problem; the valid fixture must pass.
import { describe, expect, test } from "vitest";
import { ensureCoq } from "../support/coq.mjs";
import { assumptionsRecord, checkFormal, parseAssumptions, recordProblem } from "../support/formal.mjs";

const root = new URL("../..", import.meta.url).pathname;
const fixtures = "test/fixtures/formal";
const check = (name: string) => checkFormal({ root, folder: `${fixtures}/${name}`, coq: ensureCoq() });

describe("formal checker on fixtures", () => {
  test("a tactic that fails: Coq's error, at the failing line", () => {
    expect(check("broken-proof").problems).toEqual([
      `${fixtures}/broken-proof/Broken.v: coqc failed:\nFile "${fixtures}/broken-proof/Broken.v", line 10, characters 2-5:\nError: Tactic failure:  Cannot find witness.`,
    ]);
  });

  test("Admitted", () => {
    expect(check("admitted").problems).toEqual([
      `${fixtures}/admitted/Gap.v:10: "Admitted" is not allowed in a proof file (a gap in a proof or an added assumption)`,
      `${fixtures}/admitted/Gap.v:10: gap: the proof ends in Admitted, not Qed.`,
    ]);
  });

  test("an Axiom added to the file and used by an annotated result", () => {
    expect(check("axiom").problems).toEqual([
      `${fixtures}/axiom/Assumed.v:5: "Axiom" is not allowed in a proof file (a gap in a proof or an added assumption)`,
    ]);
  });

  test("a Hypothesis outside a section, which Coq treats as an axiom: caught by Print Assumptions", () => {
    expect(check("hypothesis-axiom").problems).toEqual([
      `${fixtures}/hypothesis-axiom/Hidden.v:10: from_hypothesis rests on assumptions that are not allowed: Hidden.square_nonnegative`,
    ]);
  });

  test("an axiom of the standard library that is not allowed", () => {
    expect(check("stdlib-axiom").problems).toEqual([
      `${fixtures}/stdlib-axiom/Irrelevant.v:6: proofs_equal rests on assumptions that are not allowed: ProofIrrelevance.proof_irrelevance`,
    ]);
  });

  test("a tag that content/tags.json does not have", () => {
    expect(check("unknown-tag").problems).toEqual([
      `${fixtures}/unknown-tag/UnknownTag.v:4: trivial_truth formalises tag ZZZZ, which content/tags.json does not have`,
    ]);
  });

  test("a tag whose label differs", () => {
    expect(check("wrong-label").problems).toEqual([
      `${fixtures}/wrong-label/WrongLabel.v:4: trivial_truth formalises 000F "reweighting-bound", but in content/tags.json 000F is "conditioning-bound"`,
    ]);
  });

  test("a file that formalises no statement and that no such file requires", () => {
    expect(check("orphan").problems).toEqual([
      `${fixtures}/orphan/Orphan.v: formalises no statement (no @formalises annotation) and no file that does requires it`,
    ]);
  });

  test("valid files, compiled in dependency order, pass and are recorded", () => {
    const report = check("valid");
    expect(report.problems).toEqual([]);
    expect(JSON.parse(assumptionsRecord(report))).toEqual({
      coq: report.coq,
      results: [{
        file: `${fixtures}/valid/Aa.v`,
        name: "square_of_two",
        tag: "000F",
        label: "conditioning-bound",
        assumptions: ["ClassicalDedekindReals.sig_forall_dec", "FunctionalExtensionality.functional_extensionality_dep"],
      }],
    });
    expect(report.results[0]?.scope).toEqual({ kind: "special", description: 'a fixture; "special" scope spread over two lines.' });
    expect(recordProblem(root, report, `${fixtures}/valid/missing.json`)).toBe(`${fixtures}/valid/missing.json is missing: run npm run formal`);
    expect(recordProblem(root, report, "content/tags.json")).toBe("content/tags.json differs from what Coq reports now: run npm run formal");
  });
});

describe("Print Assumptions output", () => {
  test("closed, axioms with multi-line types, and other headings", () => {
    expect(parseAssumptions("Closed under the global context\n")).toEqual([]);
    expect(parseAssumptions([
      "Axioms:",
      "ClassicalDedekindReals.sig_forall_dec",
      "  : forall P : nat -> Prop,",
      "    (forall n : nat, {P n} + {~ P n}) -> {n : nat | ~ P n} + {forall n : nat, P n}",
      "A.bad : False",
      "Constants/Inductives relying on type-in-type:",
      "A.loop",
    ].join("\n"))).toEqual(["A.bad", "ClassicalDedekindReals.sig_forall_dec", "Constants/Inductives relying on type-in-type: A.loop"]);
  });
});
