/**
 * The Coq declarations that formalise site statements, as the build sees them: the annotations in
 * content/formal/*.v (parsed by proofFiles.ts) joined with what `Print Assumptions` reported for each
 * (content/formal/assumptions.json, written by `npm run formal` and compared with Coq by `npm test`).
 * The build never runs Coq; it fails when the record of assumptions and the proof files disagree.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FormalDeclaration } from "../results/status.ts";
import { parseProofFile, type ProofFileResult } from "./proofFiles.ts";

export const formalFolder = "content/formal";
export const assumptionsFile = `${formalFolder}/assumptions.json`;

/** One entry of assumptions.json. */
export interface AssumptionRecord {
  file: string;
  name: string;
  tag: string;
  label: string;
  assumptions: string[];
}

/** Joins the parsed annotations with the recorded assumptions; pure, so that tests can feed it fixtures. */
export function joinAssumptions(
  declarations: readonly ProofFileResult[],
  records: readonly AssumptionRecord[],
  recordFile: string,
): FormalDeclaration[] {
  const errors: string[] = [];
  const key = (file: string, name: string) => `${file}#${name}`;
  const byKey = new Map(records.map((record) => [key(record.file, record.name), record]));
  const joined = declarations.map((declaration) => {
    const record = byKey.get(key(declaration.file, declaration.name));
    if (!record) errors.push(`${declaration.file}:${declaration.line}: ${declaration.name} has no entry in ${recordFile}: run \`npm run formal\` (needs Coq) and commit the file`);
    else if (record.tag !== declaration.tag || record.label !== declaration.label) {
      errors.push(`${declaration.file}:${declaration.line}: ${declaration.name} formalises ${declaration.tag} "${declaration.label}", but ${recordFile} records ${record.tag} "${record.label}": run \`npm run formal\``);
    }
    return { ...declaration, assumptions: record?.assumptions ?? [] };
  });
  const declared = new Set(declarations.map((declaration) => key(declaration.file, declaration.name)));
  for (const record of records) {
    if (!declared.has(key(record.file, record.name))) errors.push(`${recordFile}: ${record.file} no longer has an annotated ${record.name}: run \`npm run formal\``);
  }
  if (errors.length > 0) throw new Error(`Formal proofs and their record disagree:\n${errors.join("\n")}`);
  return joined;
}

/** Every annotated declaration under content/formal/, in file order. */
export function formalDeclarations(root: string): FormalDeclaration[] {
  const folder = join(root, formalFolder);
  if (!existsSync(folder)) return [];
  const files = readdirSync(folder).filter((name) => name.endsWith(".v")).sort();
  const declarations = files.flatMap((name) => parseProofFile(`${formalFolder}/${name}`, readFileSync(join(folder, name), "utf8")));
  const recordPath = join(root, assumptionsFile);
  const records: AssumptionRecord[] = existsSync(recordPath) ? (JSON.parse(readFileSync(recordPath, "utf8")) as { results: AssumptionRecord[] }).results : [];
  return joinAssumptions(declarations, records, assumptionsFile);
}
