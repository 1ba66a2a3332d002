// src/site/results/preview.ts: a statement's preview turns its links into text, and keeps none of a
// link's own attributes (a <span href> is invalid HTML, which the Nu checker reports).
import type { Root } from "mdast";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { renderStatement, statementTreeHtml } from "../../../src/site/results/preview";

function preview(markdown: string): string {
  const root = unified().use(remarkParse).use(remarkMath).parse(markdown) as Root;
  return statementTreeHtml(renderStatement(root.children, String, String, "test.mdx"));
}

describe("statement previews", () => {
  it("turn a link into text, without the link's own attributes (a title, which any element may have, stays)", () => {
    const html = preview('See the [errata](/reference/errata/ "Errata") and <https://example.org/>, with $x^2$.');
    expect(html).toContain('<span title="Errata">errata</span>');
    expect(html).toContain("<span>https://example.org/</span>");
    expect(html).not.toMatch(/<a[\s>]|href=/);
  });
});
