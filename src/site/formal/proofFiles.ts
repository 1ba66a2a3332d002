/**
 * Reads the annotations of a Coq proof file (content/formal/*.v) without running Coq.
 *
 * An annotation is a doc comment placed immediately before the declaration it describes:
 *
 *     (** @formalises 000F conditioning-bound
 *         @scope special: finite probability spaces. *)
 *     Lemma conditioning_bound : forall ..., ... .
 *     Proof. ... Qed.
 *
 * `@formalises TAG label` names the permanent tag and the statement id; `@scope` is either `full` or
 * `special: <text>`, the text saying which case is proved. `parseProofFile` returns one entry per
 * annotation and throws a single Error listing every problem of the file as `file:line: message`:
 * an annotation that is malformed or not followed by a Theorem/Lemma/Corollary/Proposition/Fact/Remark,
 * a proof that does not end in `Qed.`, and, anywhere outside comments and strings, the words that leave
 * a gap in a proof or add an assumption (`Admitted`, `admit`, `Abort`, `Axiom`, `Parameter`, `Conjecture`).
 * What Coq itself accepts and which axioms a result rests on are checked by test/support/formal.mjs.
 *
 * Pure: it gets the file's text and a display path, and touches nothing else.
 */
import type { FormalScope } from "../results/status.ts";

/** One annotated declaration, as read from the file. */
export interface ProofFileResult {
  /** The path given by the caller, used in messages and as the record key. */
  file: string;
  /** Line (1-based) of the declaration's keyword. */
  line: number;
  tag: string;
  label: string;
  scope: FormalScope;
  /** "Theorem", "Lemma", "Corollary", "Proposition", "Fact" or "Remark". */
  declarationKind: string;
  name: string;
  /** The declaration's Coq text up to and including the full stop that ends it (the proof excluded). */
  statement: string;
}

/** Declaration keywords an annotation may precede (each opens a proof that must end in Qed). */
export const declarationKinds = ["Theorem", "Lemma", "Corollary", "Proposition", "Fact", "Remark"] as const;

/** Words that, outside comments, leave a proof unfinished or add a global assumption. */
export const forbiddenWords = ["Admitted", "admit", "Abort", "Axiom", "Axioms", "Parameter", "Parameters", "Conjecture"] as const;

const tagPattern = /^[0-9A-Z]{4}$/;
const labelPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const identifier = String.raw`[A-Za-z_][A-Za-z0-9_']*`;
const declarationStart = new RegExp(String.raw`^(${declarationKinds.join("|")})\s+(${identifier})`);
/** A Coq sentence ends at a full stop followed by white space or the end of the file (not `..`). */
const sentenceEnd = /(?<!\.)\.(?=\s|$)/g;
/** The sentences that can close a proof. */
const proofEnd = /(?<![A-Za-z0-9_'.])(Qed|Defined|Admitted|Abort|Save)(?![A-Za-z0-9_'])[^.]*?\.(?=\s|$)/g;

interface Comment {
  start: number;
  /** Index just past the closing `*)`. */
  end: number;
  text: string;
}

/**
 * Splits the file into code and comments. The returned `code` has the same length as the input, with
 * every comment and string literal replaced by spaces (line breaks kept), so positions and lines still
 * match the file. Comments nest, and a `*)` inside a string inside a comment does not close it, as in Coq.
 */
function blankComments(text: string): { code: string; comments: Comment[]; unterminated: number | undefined } {
  const out = text.split("");
  const comments: Comment[] = [];
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (out[i] !== "\n") out[i] = " ";
  };
  let i = 0;
  while (i < text.length) {
    if (text.startsWith("(*", i)) {
      const start = i;
      let depth = 0;
      let inString = false;
      while (i < text.length) {
        if (inString) {
          if (text[i] === '"') inString = false;
          i += 1;
        } else if (text[i] === '"') {
          inString = true;
          i += 1;
        } else if (text.startsWith("(*", i)) {
          depth += 1;
          i += 2;
        } else if (text.startsWith("*)", i)) {
          depth -= 1;
          i += 2;
          if (depth === 0) break;
        } else i += 1;
      }
      if (depth > 0) {
        blank(start, text.length);
        return { code: out.join(""), comments, unterminated: start };
      }
      comments.push({ start, end: i, text: text.slice(start, i) });
      blank(start, i);
    } else if (text[i] === '"') {
      // a string literal: `""` inside it is an escaped quote, which this loop reads as two strings
      const close = text.indexOf('"', i + 1);
      const end = close === -1 ? text.length : close + 1;
      blank(i, end);
      i = end;
    } else i += 1;
  }
  return { code: out.join(""), comments, unterminated: undefined };
}

/** Parses the annotation comment's `@formalises` and `@scope` fields; undefined fields are reported. */
function readAnnotation(body: string): { tag?: string; label?: string; scope?: FormalScope; problems: string[] } {
  const problems: string[] = [];
  const fields = new Map<string, string>();
  for (const match of body.matchAll(/@([A-Za-z]+)([^@]*)/g)) {
    const key = match[1] ?? "";
    if (fields.has(key)) problems.push(`@${key} appears twice in one annotation`);
    fields.set(key, (match[2] ?? "").replace(/\s+/g, " ").trim());
  }
  for (const key of fields.keys()) if (key !== "formalises" && key !== "scope") problems.push(`unknown annotation field @${key}`);
  const result: { tag?: string; label?: string; scope?: FormalScope; problems: string[] } = { problems };
  const formalises = fields.get("formalises");
  if (formalises === undefined) problems.push("annotation has no @formalises TAG statement-id");
  else {
    const words = formalises.split(" ").filter((word) => word !== "");
    const [tag, label] = words;
    if (words.length !== 2 || tag === undefined || label === undefined) problems.push(`@formalises needs exactly a tag and a statement id, got "${formalises}"`);
    else if (!tagPattern.test(tag)) problems.push(`malformed tag "${tag}" (four characters from 0-9 and A-Z)`);
    else if (!labelPattern.test(label)) problems.push(`malformed statement id "${label}"`);
    else Object.assign(result, { tag, label });
  }
  const scope = fields.get("scope");
  if (scope === undefined) problems.push("annotation has no @scope (full, or special: <which case is proved>)");
  else if (scope === "full") result.scope = { kind: "full" };
  else {
    const special = /^special:\s*(.+)$/s.exec(scope);
    const description = special?.[1]?.trim();
    if (description) result.scope = { kind: "special", description };
    else problems.push(`@scope must be "full" or "special: <which case is proved>", got "${scope}"`);
  }
  return result;
}

/** The annotated declarations of one proof file; throws an Error listing every problem in it. */
export function parseProofFile(file: string, text: string): ProofFileResult[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const lineOf = (index: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= index) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const problems: { index: number; message: string }[] = [];
  const problem = (index: number, message: string) => problems.push({ index, message });

  const { code, comments, unterminated } = blankComments(text);
  if (unterminated !== undefined) problem(unterminated, "comment is not closed");

  const forbidden = new RegExp(String.raw`(?<![A-Za-z0-9_'.])(${forbiddenWords.join("|")})(?![A-Za-z0-9_'])`, "g");
  for (const match of code.matchAll(forbidden)) {
    problem(match.index, `"${match[1]}" is not allowed in a proof file (a gap in a proof or an added assumption)`);
  }

  const results: ProofFileResult[] = [];
  for (const comment of comments) {
    if (!/@(formalises|scope)\b/.test(comment.text)) continue;
    if (!comment.text.startsWith("(**")) {
      problem(comment.start, "an annotation must be a doc comment, opened with (**");
      continue;
    }
    const annotation = readAnnotation(comment.text.slice(3, -2));
    for (const message of annotation.problems) problem(comment.start, message);

    const after = code.slice(comment.end);
    const offset = comment.end + (after.length - after.trimStart().length);
    const nextComment = comments.find((other) => other.start >= comment.end);
    const declaration = declarationStart.exec(code.slice(offset));
    if (!declaration || (nextComment !== undefined && nextComment.start < offset)) {
      problem(comment.start, `annotation is not immediately followed by a ${declarationKinds.join(", ")} declaration`);
      continue;
    }
    const [, declarationKind = "", name = ""] = declaration;

    sentenceEnd.lastIndex = offset;
    const statementEnd = sentenceEnd.exec(code);
    if (!statementEnd) {
      problem(offset, `${name}: the declaration has no closing full stop`);
      continue;
    }
    const statement = text.slice(offset, statementEnd.index + 1).trim();

    proofEnd.lastIndex = statementEnd.index + 1;
    const closing = proofEnd.exec(code);
    if (!closing) problem(offset, `${name}: the proof does not end in Qed.`);
    else if (closing[1] !== "Qed") problem(closing.index, `${name}: the proof ends in ${closing[1]}, not Qed.`);

    if (annotation.tag !== undefined && annotation.label !== undefined && annotation.scope !== undefined) {
      results.push({ file, line: lineOf(offset), tag: annotation.tag, label: annotation.label, scope: annotation.scope, declarationKind, name, statement });
    }
  }

  if (problems.length > 0) {
    problems.sort((a, b) => a.index - b.index);
    throw new Error(problems.map(({ index, message }) => `${file}:${lineOf(index)}: ${message}`).join("\n"));
  }
  return results;
}
