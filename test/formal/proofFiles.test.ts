// parseProofFile (src/site/formal/proofFiles.ts) on small texts: what it returns and every problem it reports.
import { describe, expect, test } from "vitest";
import { parseProofFile } from "../../src/site/formal/proofFiles.ts";

const file = "content/formal/Example.v";
const problems = (text: string) => {
  try {
    parseProofFile(file, text);
  } catch (error) {
    return (error as Error).message;
  }
  return "no problem";
};

describe("parseProofFile", () => {
  test("reads an annotated declaration and its statement, skipping unannotated ones", () => {
    const text = [
      "Require Import Reals. (* a comment (* nested *) with \"*)\" in a string *)",
      "Lemma helper : True. Proof. exact I. Qed.",
      "(** @formalises 0042 step-condition",
      "    @scope full *)",
      "Theorem step_condition : forall x : R,",
      "  Rabs x >= 0.",
      "Proof. intros x. apply Rle_ge, Rabs_pos. Qed.",
      "(** @formalises 000F conditioning-bound",
      "    @scope special: finite probability spaces. *)",
      "Corollary conditioning_bound : True.",
      "Proof. exact I. Qed.",
    ].join("\n");
    expect(parseProofFile(file, text)).toEqual([
      { file, line: 5, tag: "0042", label: "step-condition", scope: { kind: "full" }, declarationKind: "Theorem", name: "step_condition", statement: "Theorem step_condition : forall x : R,\n  Rabs x >= 0." },
      { file, line: 10, tag: "000F", label: "conditioning-bound", scope: { kind: "special", description: "finite probability spaces." }, declarationKind: "Corollary", name: "conditioning_bound", statement: "Corollary conditioning_bound : True." },
    ]);
  });

  test("words inside comments and strings, and longer identifiers, are not forbidden", () => {
    expect(parseProofFile(file, '(* Admitted, Axiom *) Definition s := "admit". Lemma admit_free : True. Proof. exact I. Qed.\n')).toEqual([]);
  });

  test("reports every problem at once, as file:line: message", () => {
    const text = [
      "(** @formalises 0042 step-condition *)", // 1: no scope
      "Lemma a : True.",
      "Proof. exact I. Qed.",
      "(** @formalises 42 step-condition", // 4: malformed tag
      "    @scope full *)",
      "Lemma b : True.",
      "Proof. exact I. Qed.",
      "(** @formalises 0042 step-condition", // 8: not followed by a declaration
      "    @scope full *)",
      "Definition c := 1.",
      "(** @formalises 0042 step-condition", // 11
      "    @scope full *)",
      "Lemma d : True.",
      "Proof. exact I. Defined.", // 14: not Qed
      "(** @formalises 0042 step-condition",
      "    @scope sometimes *)", // 15: bad scope
      "Lemma e : True.",
      "Proof. admit. Abort.", // 18: admit, Abort
      "Parameter f : nat. Conjecture g : False. Axiom h : False.", // 19
      "(* @formalises 0042 step-condition @scope full *)", // 20: not a doc comment
      "Lemma i : True. Proof. exact I. Qed.",
    ].join("\n");
    expect(problems(text)).toBe([
      `${file}:1: annotation has no @scope (full, or special: <which case is proved>)`,
      `${file}:4: malformed tag "42" (four characters from 0-9 and A-Z)`,
      `${file}:8: annotation is not immediately followed by a Theorem, Lemma, Corollary, Proposition, Fact, Remark declaration`,
      `${file}:14: d: the proof ends in Defined, not Qed.`,
      `${file}:15: @scope must be "full" or "special: <which case is proved>", got "sometimes"`,
      `${file}:18: "admit" is not allowed in a proof file (a gap in a proof or an added assumption)`,
      `${file}:18: "Abort" is not allowed in a proof file (a gap in a proof or an added assumption)`,
      `${file}:18: e: the proof ends in Abort, not Qed.`,
      `${file}:19: "Parameter" is not allowed in a proof file (a gap in a proof or an added assumption)`,
      `${file}:19: "Conjecture" is not allowed in a proof file (a gap in a proof or an added assumption)`,
      `${file}:19: "Axiom" is not allowed in a proof file (a gap in a proof or an added assumption)`,
      `${file}:20: an annotation must be a doc comment, opened with (**`,
    ].join("\n"));
  });

  test("a proof without Qed, a statement without a full stop, an unclosed comment", () => {
    expect(problems("(** @formalises 0042 step-condition @scope full *)\nLemma a : True.\nProof. exact I.\n")).toBe(`${file}:2: a: the proof does not end in Qed.`);
    expect(problems("(** @formalises 0042 step-condition @scope full *)\nLemma a : True")).toBe(`${file}:2: a: the declaration has no closing full stop`);
    expect(problems("Lemma a : True. Proof. exact I. Qed.\n(* never closed\n")).toBe(`${file}:2: comment is not closed`);
    expect(problems("(** @formalises 0042 step-condition @scope full @scope full *)\nLemma a : True. Proof. exact I. Qed.")).toBe(`${file}:1: @scope appears twice in one annotation`);
  });
});
