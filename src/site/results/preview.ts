/**
 * Renders a statement's MDX nodes to an HTML fragment for hover previews and tag pages: math
 * through KaTeX with the site's macros, references as plain text ("Theorem 3.2"), and every
 * block element turned into a span so that the fragment may sit inside a paragraph.
 */
import type { Element, Root as HastRoot } from "hast";
import type { Root, RootContent } from "mdast";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { visit } from "unist-util-visit";
import rehypeKatexStrict from "../../math/rehypeKatexStrict.ts";
import { attribute, isJsx } from "./scan.ts";

const blockTags = new Set(["p", "div", "ul", "ol", "li", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "tbody", "thead"]);

/** The attributes, as hast properties, that `<a>` has and `<span>` may not. */
const linkOnlyProperties = ["href", "target", "download", "ping", "rel", "hrefLang", "type", "referrerPolicy"];

function inlineBlocks() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node: Element) => {
      if (blockTags.has(node.tagName)) {
        node.properties = { ...node.properties, className: ["preview-block", `preview-${node.tagName}`] };
        node.tagName = "span";
      }
      // a preview is not a place to navigate from, and ids must stay unique in the page; the
      // link's own attributes go with it (a span may not have an href)
      if (node.tagName === "a") {
        node.tagName = "span";
        for (const name of linkOnlyProperties) delete node.properties[name];
      }
      delete node.properties["id"];
    });
  };
}

const toHtml = unified()
  .use(remarkRehype)
  .use(rehypeKatexStrict)
  .use(inlineBlocks)
  .use(rehypeStringify);

/** Replaces MDX elements by what they read as: a reference by its text, an equation by its math. */
function resolveJsx(nodes: readonly RootContent[], display: (label: string) => string, cite: (key: string) => string): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (isJsx(node)) {
      if (node.name === "Ref") return [{ type: "text", value: display(attribute(node, "to") ?? "") }];
      if (node.name === "Cite") return [{ type: "text", value: `[${cite(attribute(node, "key") ?? "")}]` }];
      return resolveJsx(node.children as RootContent[], display, cite);
    }
    if ("children" in node) return [{ ...node, children: resolveJsx(node.children as RootContent[], display, cite) } as RootContent];
    return [node];
  });
}

/** The statement as an HTML tree. `file` is its source, which a TeX error names with the line (the nodes keep their positions). */
export function renderStatement(statement: readonly RootContent[], display: (label: string) => string, cite: (key: string) => string, file: string): HastRoot {
  const root: Root = { type: "root", children: resolveJsx(statement, display, cite) };
  return toHtml.runSync(root, new VFile({ path: file })) as HastRoot;
}

/** A rendered statement (or an excerpt of it) as HTML. */
export function statementTreeHtml(tree: HastRoot): string {
  return toHtml.stringify(tree).trim();
}
