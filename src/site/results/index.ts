/**
 * The one build-time pass over all pages that resolves numbering, cross-references, tags,
 * dependencies and citations. Pure: it takes the pages' sources and returns the index, or throws
 * one error listing every problem as "file:line: message" (an unresolved or duplicate label,
 * a proof of nothing, an unknown citation, a statement without a tag, …).
 */
import type { RootContent } from "mdast";
import type { BibEntry } from "./bibliography.ts";
import { kindName, provableKinds, type LabelKind } from "./kinds.ts";
import { scanPage, type ProofSource } from "./scan.ts";
import type { TagRecord } from "./tags.ts";
import { ContributorError } from "../contributorError.ts";

export interface SourcePage {
  /** Page id, e.g. "model/step-condition". */
  id: string;
  /** Path for messages, e.g. "content/model/step-condition.mdx". */
  file: string;
  source: string;
  title: string;
  href: string;
  /** Chapter number; absent for the home page and part introductions. */
  chapter: number | undefined;
}

export interface LabelledItem {
  label: string;
  kind: LabelKind;
  /** "3.2"; absent for chapters (whose number is `chapter`). */
  number: string | undefined;
  /** How a reference reads: "Theorem 3.2", "(3.4)", "Section 3.1", "Chapter 3". */
  display: string;
  href: string;
  pageId: string;
  file: string;
  line: number;
  title: string | undefined;
  /** The statement's MDX nodes (environments), for previews. */
  statement: RootContent[] | undefined;
  /** The permanent tag (environments). */
  tag: string | undefined;
  /** For an equation inside a statement: that statement's label. */
  environment: string | undefined;
}

export interface ResultIndex {
  items: ReadonlyMap<string, LabelledItem>;
  /** Environments in reading order. */
  results: readonly LabelledItem[];
  /** label → the results its proof refers to. */
  uses: ReadonlyMap<string, readonly string[]>;
  /** label → the results whose proofs refer to it. */
  usedBy: ReadonlyMap<string, readonly string[]>;
  /** Labels that have a proof, on the site or in a source. */
  proved: ReadonlySet<string>;
  /** label → where its proof can be read, for results whose proof the site leaves to the source. */
  proofSources: ReadonlyMap<string, ProofSource>;
  /** page id → citation keys in order of first citation. */
  citations: ReadonlyMap<string, readonly string[]>;
  /** page address → the labels its <Ref>s name, each once, in order of first reference (previews render once per page). */
  references: ReadonlyMap<string, readonly string[]>;
  /** page id → section slug → its number. */
  sectionNumbers: ReadonlyMap<string, ReadonlyMap<string, string>>;
  bibliography: ReadonlyMap<string, BibEntry>;
  tags: readonly TagRecord[];
}

/** A catalogued example, which is citable by tag like a statement (label "catalog/SLUG"). */
export interface CatalogSummary {
  slug: string;
  title: string;
  tag: string;
  /** Its meta.yaml, for messages. */
  file: string;
}

export interface IndexInputs {
  pages: readonly SourcePage[];
  catalog?: readonly CatalogSummary[];
  tags: readonly TagRecord[];
  tagsFile: string;
  bibliography: ReadonlyMap<string, BibEntry>;
}

export function buildResultIndex({ pages, catalog = [], tags, tagsFile, bibliography }: IndexInputs): ResultIndex {
  const errors: string[] = [];
  const items = new Map<string, LabelledItem>();
  const results: LabelledItem[] = [];
  const refs: { to: string; at: string; proofOf: string | undefined }[] = [];
  const proofs = new Map<string, string>();
  const proofSources = new Map<string, ProofSource>();
  const citations = new Map<string, string[]>();
  const references = new Map<string, string[]>();
  const sectionNumbers = new Map<string, Map<string, string>>();
  const tagByLabel = new Map(tags.map((record) => [record.label, record]));

  const add = (item: LabelledItem) => {
    const existing = items.get(item.label);
    if (existing) {
      errors.push(`${item.file}:${item.line}: label "${item.label}" is already used at ${existing.file}:${existing.line}`);
      return;
    }
    items.set(item.label, item);
  };

  for (const page of pages) {
    const scanned = scanPage(page.source, page.file);
    errors.push(...scanned.errors);
    add({ label: page.id, kind: "chapter", number: undefined, display: page.chapter === undefined ? page.title : `Chapter ${page.chapter}`, href: page.href, pageId: page.id, file: page.file, line: 1, title: page.title, statement: undefined, tag: undefined, environment: undefined });
    let counter = 0;
    const next = (line: number) => {
      if (page.chapter === undefined) {
        errors.push(`${page.file}:${line}: numbered items belong in chapters (content/PART/NAME.mdx), not in ${page.file}`);
        return "?";
      }
      return `${page.chapter}.${++counter}`;
    };
    const sections = new Map<string, string>();
    sectionNumbers.set(page.id, sections);
    for (const item of scanned.items) {
      const at = `${page.file}:${item.line}`;
      switch (item.type) {
        case "section": {
          if (page.chapter === undefined) break; // part introductions have plain headings
          const number = next(item.line);
          sections.set(item.slug, number);
          add({ label: `${page.id}#${item.slug}`, kind: "section", number, display: `Section ${number}`, href: `${page.href}#${item.slug}`, pageId: page.id, file: page.file, line: item.line, title: item.title, statement: undefined, tag: undefined, environment: undefined });
          break;
        }
        case "environment": {
          const number = next(item.line);
          const record = tagByLabel.get(item.id);
          if (!record) errors.push(`${at}: ${item.kind} "${item.id}" has no permanent tag in ${tagsFile}: run \`npm run tags\` to assign one`);
          else if (record.kind !== item.kind) errors.push(`${at}: "${item.id}" is a ${item.kind} but its tag ${record.tag} in ${tagsFile} is for a ${record.kind}; a tag never changes kind: give the statement a new id`);
          else if (record.retired) errors.push(`${at}: "${item.id}" uses tag ${record.tag}, which ${tagsFile} marks as retired`);
          const labelled: LabelledItem = { label: item.id, kind: item.kind, number, display: `${kindName(item.kind)} ${number}`, href: `${page.href}#${item.id}`, pageId: page.id, file: page.file, line: item.line, title: item.title, statement: item.statement, tag: record?.tag, environment: undefined };
          add(labelled);
          results.push(labelled);
          break;
        }
        case "equation": {
          const number = next(item.line);
          add({ label: item.id, kind: "equation", number, display: `(${number})`, href: `${page.href}#${item.id}`, pageId: page.id, file: page.file, line: item.line, title: undefined, statement: item.statement, tag: undefined, environment: item.environment });
          break;
        }
        case "proof":
          if (proofs.has(item.of)) errors.push(`${at}: a second proof of "${item.of}" (the first is at ${proofs.get(item.of)})`);
          else {
            proofs.set(item.of, at);
            if (item.source) proofSources.set(item.of, item.source);
          }
          break;
        case "ref": {
          refs.push({ to: item.to, at, proofOf: item.proofOf });
          const list = references.get(page.href) ?? [];
          if (!list.includes(item.to)) list.push(item.to);
          references.set(page.href, list);
          break;
        }
        case "cite": {
          if (!bibliography.has(item.key)) errors.push(`${at}: <Cite key="${item.key}"> names no entry of the bibliography`);
          const list = citations.get(page.id) ?? [];
          if (!list.includes(item.key)) list.push(item.key);
          citations.set(page.id, list);
          break;
        }
      }
    }
  }

  for (const example of catalog) {
    const label = `catalog/${example.slug}`;
    const record = tagByLabel.get(label);
    if (!record) errors.push(`${example.file}: example "${example.slug}" has no entry in ${tagsFile}: run \`npm run tags\``);
    else if (record.tag !== example.tag) errors.push(`${example.file}: tag ${example.tag} disagrees with ${tagsFile}, which gives "${label}" the tag ${record.tag}`);
    else if (record.kind !== "example") errors.push(`${tagsFile}: tag ${record.tag} of "${label}" must be of kind example`);
    const item: LabelledItem = { label, kind: "example", number: undefined, display: `Example “${example.title}”`, href: `/${label}/`, pageId: label, file: example.file, line: 1, title: example.title, statement: undefined, tag: example.tag, environment: undefined };
    add(item);
  }

  for (const [of, at] of proofs) {
    const target = items.get(of);
    if (!target) errors.push(`${at}: <Proof of="${of}"> names no statement`);
    else if (!(provableKinds as readonly string[]).includes(target.kind)) errors.push(`${at}: <Proof of="${of}"> proves a ${target.kind}; only ${provableKinds.join(", ")} have proofs`);
  }
  for (const result of results) {
    if ((provableKinds as readonly string[]).includes(result.kind) && !proofs.has(result.label)) {
      errors.push(`${result.file}:${result.line}: ${result.kind} "${result.label}" has no <Proof of="${result.label}">`);
    }
  }

  // Dependencies: a proof uses the statements it refers to (an equation stands for its statement).
  const uses = new Map<string, string[]>();
  const usedBy = new Map<string, string[]>();
  for (const ref of refs) {
    const target = items.get(ref.to);
    if (!target) {
      errors.push(`${ref.at}: <Ref to="${ref.to}"> names no label (labels are the ids of statements, equations and pages, and PAGE#SECTION)`);
      continue;
    }
    if (ref.proofOf === undefined) continue;
    const result = target.kind === "equation" ? target.environment : target.kind === "section" || target.kind === "chapter" ? undefined : target.label;
    if (result === undefined || result === ref.proofOf || !items.has(ref.proofOf)) continue;
    const list = uses.get(ref.proofOf) ?? [];
    if (!list.includes(result)) list.push(result);
    uses.set(ref.proofOf, list);
    const back = usedBy.get(result) ?? [];
    if (!back.includes(ref.proofOf)) back.push(ref.proofOf);
    usedBy.set(result, back);
  }
  errors.push(...dependencyCycles(uses, items));

  const defined = new Set([...results.map((result) => result.label), ...catalog.map((example) => `catalog/${example.slug}`)]);
  for (const record of tags) {
    if (!record.retired && !defined.has(record.label)) {
      errors.push(`${tagsFile}: tag ${record.tag} points at "${record.label}", which no page defines: restore the statement, or retire the tag with a reason`);
    }
  }

  if (errors.length > 0) throw new ContributorError(`Cross-reference check failed:\n${errors.join("\n")}`);
  return { items, results, uses, usedBy, proved: new Set(proofs.keys()), proofSources, citations, references, sectionNumbers, bibliography, tags };
}

/** Circular proofs: a cycle in the uses graph is reported once, as the chain of statements. */
function dependencyCycles(uses: ReadonlyMap<string, readonly string[]>, items: ReadonlyMap<string, LabelledItem>): string[] {
  const state = new Map<string, "active" | "done">();
  const problems: string[] = [];
  const visit = (label: string, path: string[]) => {
    if (state.get(label) === "done") return;
    if (state.get(label) === "active") {
      const cycle = [...path.slice(path.indexOf(label)), label];
      const item = items.get(label);
      problems.push(`${item?.file}:${item?.line}: circular proofs: ${cycle.join(" → ")}`);
      return;
    }
    state.set(label, "active");
    for (const next of uses.get(label) ?? []) visit(next, [...path, label]);
    state.set(label, "done");
  };
  for (const label of uses.keys()) visit(label, []);
  return problems;
}
