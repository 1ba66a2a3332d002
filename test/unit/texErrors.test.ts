// A TeX error anywhere (inline, display, inside a statement's hover preview) must stop the build
// with the file, the line and KaTeX's own message, never publish the raw TeX in red.
// Fixture: test/fixtures/tex/broken-math.mdx.
import { readFileSync } from "node:fs";
import rehypeStringify from "rehype-stringify";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import rehypeKatexStrict from "../../src/math/rehypeKatexStrict";
import { renderStatement } from "../../src/site/results/preview";
import { scanPage, withoutFrontmatter } from "../../src/site/results/scan";

const file = "test/fixtures/tex/broken-math.mdx";
const source = readFileSync(new URL("../fixtures/tex/broken-math.mdx", import.meta.url), "utf8");

/** The page's prose as the build renders it (Markdown math through KaTeX), without the MDX statement. */
function renderPage(markdown: string) {
  const pipeline = unified().use(remarkParse).use(remarkMath).use(remarkRehype).use(rehypeKatexStrict).use(rehypeStringify);
  return String(pipeline.processSync(new VFile({ path: file, value: markdown })));
}

describe("a TeX error", () => {
  const prose = withoutFrontmatter(source).split("<Lemma")[0]!;

  it("in inline and display math fails with the file, the line and KaTeX's message for each", () => {
    expect(() => renderPage(prose)).toThrow(
      [
        "2 formulas do not parse:",
        `${file}:7:27: TeX error: KaTeX parse error: Expected '}', got 'EOF' at end of input: …i\\sqrt{1 - z^2)`,
        `${file}:9:1: TeX error: KaTeX parse error: Unexpected end of input in a macro argument, expected '}' at end of input: \\frac{1}{`,
      ].join("\n"),
    );
  });

  it("in a statement fails when its preview is rendered, with the statement's file and line", () => {
    const [lemma] = scanPage(source, file).items.filter((item) => item.type === "environment");
    expect(lemma).toBeDefined();
    expect(() => renderStatement(lemma!.type === "environment" ? lemma!.statement : [], String, String, file)).toThrow(
      `A formula does not parse:\n${file}:14:36: TeX error: KaTeX parse error: Undefined control sequence: \\notAMacro at position 1`,
    );
  });

  it("is the only thing that stops a page: formulas that parse render as before", () => {
    const html = renderPage(prose.split("An unclosed")[0]!);
    expect(html).toContain("<math");
    expect(html).not.toContain("katex-error");
  });
});
