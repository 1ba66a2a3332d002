/**
 * Reads one MDX page and lists, in document order, everything the cross-reference pass needs:
 * sections (## headings), environments, equations, proofs, references and citations, each with
 * its line in the file. Nothing here knows about other pages; index.ts puts the pages together.
 */
import GithubSlugger from "github-slugger";
import type { Root, RootContent } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import remarkMath from "remark-math";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { environmentKindOf, type EnvironmentKind } from "./kinds.ts";

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export type ScannedItem =
  | { type: "section"; slug: string; title: string; line: number }
  | { type: "environment"; kind: EnvironmentKind; id: string; title: string | undefined; statement: RootContent[]; line: number; source: string }
  | { type: "equation"; id: string; statement: RootContent[]; line: number; environment: string | undefined }
  | { type: "proof"; of: string; line: number; source: ProofSource | undefined; text: string }
  | { type: "ref"; to: string; line: number; proofOf: string | undefined; environment: string | undefined }
  | { type: "cite"; key: string; line: number };

/**
 * Where a proof that the site does not give can be read: `<Proof of="…" source="bibkey" section="Theorem 2, Section 4" />`.
 * The proof stays the source's; the page says so instead of presenting one.
 */
export interface ProofSource {
  /** The bibliography key of the work that proves it. */
  key: string;
  /** Where in that work, e.g. "Theorem 1 and Appendix A". */
  section: string;
}

export interface ScannedPage {
  items: ScannedItem[];
  /** Problems found in this file alone, as "file:line: message". */
  errors: string[];
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath);

/** Blanks out YAML frontmatter, keeping its lines so that line numbers stay those of the file. */
export function withoutFrontmatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source);
  return match ? source.replace(match[0], "\n".repeat(match[0].split("\n").length - 1)) : source;
}

export function attribute(element: JsxElement, name: string): string | undefined {
  for (const attr of element.attributes) {
    if (attr.type === "mdxJsxAttribute" && attr.name === name && typeof attr.value === "string") return attr.value;
  }
  return undefined;
}

export function isJsx(node: { type: string }): node is JsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

export function scanPage(source: string, file: string): ScannedPage {
  const text = withoutFrontmatter(source);
  const tree = parser.parse(text) as Root;
  const items: ScannedItem[] = [];
  const errors: string[] = [];
  const slugger = new GithubSlugger();
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line ?? 0;
  // the element as written, for comparing versions of a statement or a proof
  const sourceOf = (node: JsxElement) => text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  const required = (element: JsxElement, name: string): string | undefined => {
    const value = attribute(element, name);
    if (value === undefined || value.trim() === "") {
      errors.push(`${file}:${lineOf(element)}: <${element.name}> needs a "${name}" attribute (a string)`);
    }
    return value;
  };

  const walk = (nodes: readonly RootContent[], context: { proofOf?: string; environment?: string }) => {
    for (const node of nodes) {
      if (node.type === "heading") {
        // Astro's heading ids come from the same slugger over the heading's text
        const title = toString(node);
        const slug = slugger.slug(title);
        if (node.depth === 2) items.push({ type: "section", slug, title, line: lineOf(node) });
      }
      if (isJsx(node)) {
        const kind = environmentKindOf(node.name);
        if (kind) {
          const id = required(node, "id");
          if (id !== undefined) {
            items.push({ type: "environment", kind, id, title: attribute(node, "title"), statement: node.children as RootContent[], line: lineOf(node), source: sourceOf(node) });
          }
          walk(node.children as RootContent[], { ...context, ...(id !== undefined && { environment: id }) });
          continue;
        }
        switch (node.name) {
          case "Equation": {
            const id = required(node, "id");
            if (id !== undefined) items.push({ type: "equation", id, statement: node.children as RootContent[], line: lineOf(node), environment: context.environment });
            break;
          }
          case "Proof": {
            const of = required(node, "of");
            const key = attribute(node, "source");
            let source: ProofSource | undefined;
            if (key !== undefined) {
              const section = required(node, "section");
              if (node.children.length > 0) errors.push(`${file}:${lineOf(node)}: <Proof of="${of ?? ""}" source="${key}"> points to the source's proof and has no body of its own; write the proof inside a <Proof> without "source", or leave it empty`);
              if (section !== undefined) source = { key, section };
              items.push({ type: "cite", key, line: lineOf(node) });
            } else if (attribute(node, "section") !== undefined) {
              errors.push(`${file}:${lineOf(node)}: <Proof> has a "section" but no "source": name the bibliography key of the work that proves it`);
            }
            if (of !== undefined) {
              items.push({ type: "proof", of, line: lineOf(node), source, text: sourceOf(node) });
              walk(node.children as RootContent[], { ...context, proofOf: of });
              continue;
            }
            break;
          }
          case "Ref": {
            const to = required(node, "to");
            if (to !== undefined) items.push({ type: "ref", to, line: lineOf(node), proofOf: context.proofOf, environment: context.environment });
            break;
          }
          case "Cite": {
            const key = required(node, "key");
            if (key !== undefined) items.push({ type: "cite", key, line: lineOf(node) });
            break;
          }
        }
      }
      if ("children" in node) walk(node.children as RootContent[], context);
    }
  };
  walk(tree.children, {});
  return { items, errors };
}
