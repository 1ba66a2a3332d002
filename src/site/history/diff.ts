/**
 * A readable diff of two versions of a statement's source, word by word: what a reader who cited the
 * older version needs to see at a glance. Pure; the page renders the parts as <del> and <ins>.
 */
import { diffWordsWithSpace } from "diff";
import { folded } from "./statementHistory.ts";

export interface DiffPart {
  change: "same" | "removed" | "added";
  text: string;
}

/** The parts of `older` → `newer`; white space alone never counts as a change. */
export function sourceDiff(older: string, newer: string): DiffPart[] {
  return diffWordsWithSpace(folded(older), folded(newer)).map((part) => ({ change: part.added ? "added" : part.removed ? "removed" : "same", text: part.value }));
}
