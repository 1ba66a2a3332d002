/**
 * What backs each numbered result, derived from what was actually checked: the Coq proof files
 * (content/formal/, compiled by `npm test`) and the registry of falsification checks (each run by a
 * claim in `npm test`). Nothing here is typed in by hand on a page. Pure: the build passes in the
 * parsed proof files and the registry, and gets a status per result, or one error listing every
 * result that has no check as "file:line: message".
 */
import type { TheoremCheck } from "../../lib/theorems/checks.ts";
import type { ProofFileResult } from "../formal/proofFiles.ts";
import { provableKinds } from "./kinds.ts";
import type { LabelledItem } from "./index.ts";

/** How much of a statement a Coq declaration proves. */
export type FormalScope = { kind: "full" } | { kind: "special"; description: string };

/** One annotated Coq declaration as read by src/site/formal/proofFiles.ts, with what Coq reported for it. */
export interface FormalDeclaration extends ProofFileResult {
  /** What `Print Assumptions` reported for it when `npm run formal` last ran (empty: closed under the global context). */
  assumptions: readonly string[];
}

/** The statuses a result can have, strongest first. */
export const checkLevels = ["formal-full", "formal-special", "tested", "unchecked"] as const;
export type CheckLevel = (typeof checkLevels)[number];

export interface ResultStatus {
  label: string;
  /** Whether the kind is one that must be checked (theorem, lemma, proposition, corollary). */
  provable: boolean;
  /** The Coq declarations that formalise it, in file order. */
  formal: readonly FormalDeclaration[];
  /** The falsification checks that test it. */
  checks: readonly TheoremCheck[];
  /** Total sampled instances over its checks. */
  instances: number;
  level: CheckLevel;
  /** Results its proof uses, directly or through other proofs, that have no check themselves. */
  uncheckedAncestors: readonly string[];
  /** Checked itself, and every result its proof depends on (transitively) is checked. */
  fullyChecked: boolean;
  /** Results its proof depends on (transitively) that are checked only by tests, not in Coq. */
  informalAncestors: readonly string[];
  /** Proved in Coq itself (in full or a special case), and so is every result its proof depends on. */
  formallyClosed: boolean;
  /** For a result whose proof the site leaves to the literature: the work ("Gao et al. 2022") and where in it. */
  proofInSource: ProofInSource | undefined;
}

/** A proof the site does not give, with the citation as it reads and the place in the work. */
export interface ProofInSource {
  citation: string;
  section: string;
}

export interface StatusInputs {
  results: readonly LabelledItem[];
  uses: ReadonlyMap<string, readonly string[]>;
  checks: readonly TheoremCheck[];
  formal: readonly FormalDeclaration[];
  /** Where the registry lives, for messages. */
  checksFile: string;
  /** label → the source that proves it, for results whose proof is not on the site. */
  proofSources?: ReadonlyMap<string, ProofInSource>;
}

const isProvable = (item: LabelledItem) => (provableKinds as readonly string[]).includes(item.kind);

export function buildStatuses({ results, uses, checks, formal, checksFile, proofSources = new Map() }: StatusInputs): ReadonlyMap<string, ResultStatus> {
  const errors: string[] = [];
  const byLabel = new Map(results.map((item) => [item.label, item]));
  for (const check of checks) {
    const target = byLabel.get(check.theorem);
    if (!target) errors.push(`${checksFile}: the check "${check.label}" names "${check.theorem}", which no page defines`);
    else if (!isProvable(target)) errors.push(`${checksFile}: the check "${check.label}" names ${target.display} ("${target.label}"), a ${target.kind}; only ${provableKinds.join(", ")} are checked`);
  }
  for (const declaration of formal) {
    const target = byLabel.get(declaration.label);
    if (!target) errors.push(`${declaration.file}:${declaration.line}: ${declaration.name} formalises "${declaration.label}", which no page defines`);
    else if (target.tag !== declaration.tag) errors.push(`${declaration.file}:${declaration.line}: ${declaration.name} names tag ${declaration.tag}, but "${declaration.label}" has tag ${target.tag}`);
  }

  const own = new Map<string, Omit<ResultStatus, "uncheckedAncestors" | "fullyChecked" | "informalAncestors" | "formallyClosed" | "proofInSource">>();
  for (const item of results) {
    const itemFormal = formal.filter((declaration) => declaration.label === item.label);
    const itemChecks = checks.filter((check) => check.theorem === item.label);
    const level: CheckLevel = itemFormal.some((declaration) => declaration.scope.kind === "full")
      ? "formal-full"
      : itemFormal.length > 0
        ? "formal-special"
        : itemChecks.length > 0
          ? "tested"
          : "unchecked";
    const provable = isProvable(item);
    if (provable && level === "unchecked") {
      errors.push(`${item.file}:${item.line}: ${item.kind} "${item.label}" has no executable check: register a falsification check in ${checksFile} and run it as a claim in test/unit/theorems/claims/, or prove it in content/formal/`);
    }
    own.set(item.label, { label: item.label, provable, formal: itemFormal, checks: itemChecks, instances: itemChecks.reduce((sum, check) => sum + check.instances, 0), level });
  }
  if (errors.length > 0) throw new Error(`Check of the results' checks failed:\n${errors.join("\n")}`);

  // ancestors through the proofs' references; only provable results need checks (a definition is not checked)
  const statuses = new Map<string, ResultStatus>();
  const ancestorsOf = new Map<string, Set<string>>();
  const ancestors = (label: string, seen = new Set<string>()): Set<string> => {
    const known = ancestorsOf.get(label);
    if (known) return known;
    const found = new Set<string>();
    seen.add(label);
    for (const used of uses.get(label) ?? []) {
      found.add(used);
      // the result index has already rejected cycles; `seen` only guards direct callers
      if (!seen.has(used)) for (const further of ancestors(used, seen)) found.add(further);
    }
    ancestorsOf.set(label, found);
    return found;
  };
  const isFormal = (level: CheckLevel) => level === "formal-full" || level === "formal-special";
  for (const item of results) {
    const status = own.get(item.label)!;
    const provableAncestors = [...ancestors(item.label)].map((label) => own.get(label)).filter((ancestor): ancestor is NonNullable<typeof ancestor> => ancestor !== undefined && ancestor.provable);
    const uncheckedAncestors = provableAncestors.filter((ancestor) => ancestor.level === "unchecked").map((ancestor) => ancestor.label);
    const informalAncestors = provableAncestors.filter((ancestor) => !isFormal(ancestor.level)).map((ancestor) => ancestor.label);
    statuses.set(item.label, {
      ...status,
      uncheckedAncestors,
      fullyChecked: status.level !== "unchecked" && uncheckedAncestors.length === 0,
      informalAncestors,
      formallyClosed: isFormal(status.level) && informalAncestors.length === 0,
      proofInSource: proofSources.get(item.label),
    });
  }
  return statuses;
}

/** The status in words, as every statement box, tag page and table shows it. */
export function statusPhrases(status: ResultStatus): string[] {
  const phrases: string[] = [];
  if (status.level === "formal-full") phrases.push("Proved in Coq (full)");
  else if (status.level === "formal-special") {
    // one case is named here; several are named one by one beside their Coq statements
    const cases = [...new Set(status.formal.map((declaration) => (declaration.scope.kind === "special" ? declaration.scope.description : "")).filter(Boolean))];
    phrases.push(cases.length === 1 ? `Proved in Coq (special case: ${cases[0]!.replace(/\.$/, "")})` : `Proved in Coq (special cases: the ${cases.length} below)`);
  }
  if (status.instances > 0) phrases.push(`Tested on ${status.instances.toLocaleString("en")} instances`);
  if (status.level === "unchecked" && status.provable) phrases.push("Not checked");
  if (status.proofInSource) phrases.push(`Proof in the source (${status.proofInSource.citation}, ${status.proofInSource.section})`);
  return phrases;
}

/** A short summary for tables and the graph: the strongest check, and the instances tested if any. */
export function statusSummary(status: ResultStatus): string {
  const tested = status.instances > 0 ? `tested on ${status.instances.toLocaleString("en")}` : "";
  const formal = status.level === "formal-full" ? "Coq (full)" : status.level === "formal-special" ? "Coq (special case)" : "";
  const parts = [formal, tested, status.proofInSource ? "proof in the source" : ""].filter(Boolean);
  if (parts.length > 0) return parts.join(", ");
  return status.provable ? "not checked" : "—";
}
