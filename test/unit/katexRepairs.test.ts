// src/math/katexRepairs.ts: what KaTeX writes that is not valid HTML is repaired inside the strict
// KaTeX plugin, and nothing drawn changes (the visible HTML differs only by declarations a browser drops).
import type { Element, Root } from "hast";
import rehypeKatex from "rehype-katex";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { withoutNegativeSizes } from "../../src/math/katexRepairs";
import { notationMacros } from "../../src/math/macros";
import rehypeKatexStrict from "../../src/math/rehypeKatexStrict";

function tree(tex: string, display = false): Root {
  return { type: "root", children: [{ type: "element", tagName: "code", properties: { className: [display ? "math-display" : "math-inline"] }, children: [{ type: "text", value: tex }] }] };
}

/** `tex` through rehype-katex alone (as KaTeX writes it) and through the site's plugin (repaired). */
function render(tex: string, display = false) {
  const raw = unified().use(rehypeKatex, { macros: { ...notationMacros }, strict: "error" }).use(rehypeStringify);
  const site = unified().use(rehypeKatexStrict).use(rehypeStringify);
  return { raw: raw.stringify(raw.runSync(tree(tex, display)) as Root), repaired: site.stringify(site.runSync(tree(tex, display)) as Root) };
}

const visual = (html: string) => html.slice(html.indexOf('<span class="katex-html"'));
const mathml = (html: string) => html.slice(html.indexOf("<math"), html.indexOf("</math>"));

describe("KaTeX output repairs", () => {
  it("drop a negative height (invalid CSS, which the browser drops too) and nothing else of the visible formula", () => {
    const { raw, repaired } = render(String.raw`\frac{d}{d\lambda} f\Big|_{\lambda = 0}`, true);
    expect(raw).toMatch(/height:-\d/);
    expect(repaired).not.toMatch(/height:-\d/);
    expect(visual(repaired)).toBe(visual(raw).replace(/ style="height:-[\d.]+em;"/g, ""));
    expect(withoutNegativeSizes("height:-0.2136em;top:-2em;")).toBe("top:-2em;");
    expect(withoutNegativeSizes("height:0.65em;")).toBe("height:0.65em;");
  });

  it("give an operator name as a script one child, not two (KaTeX issue #3721)", () => {
    const { raw, repaired } = render(String.raw`\sigma_{\max}`);
    expect(mathml(raw)).toContain("<msub><mi>σ</mi><mi>max</mi><mo>\u2061</mo></msub>");
    expect(mathml(repaired)).toContain("<msub><mi>σ</mi><mrow><mi>max</mi><mo>\u2061</mo></mrow></msub>");
    expect(visual(repaired)).toBe(visual(raw));
  });

  it("leave no token element holding elements (\\overset, \\stackrel: KaTeX issue #3978)", () => {
    for (const tex of [String.raw`a \overset d= b`, String.raw`a \stackrel{d}{=} b`, String.raw`a \underset{x}{\le} b`]) {
      const { raw, repaired } = render(tex);
      expect(mathml(raw)).toMatch(/<(mo|mi)>(<[a-z]+[ >])/);
      expect(mathml(repaired)).not.toMatch(/<(mi|mo|mn|mtext|ms)(?: [^>]*)?>\s*<[a-z]/);
      expect(visual(repaired)).toBe(visual(raw));
    }
    expect(mathml(render(String.raw`a \overset d= b`).repaired)).toContain("<mover><mo>=</mo><mi>d</mi></mover>");
  });

  it("leave formulas without these defects as KaTeX wrote them", () => {
    for (const tex of [String.raw`\OE_U(U^*) = \frac{\nabla\U \cdot \nabla\U^*}{\norm{\nabla\U}\,\norm{\nabla\U^*}}`, String.raw`\log_{10} x`, String.raw`\max_{x \in S} f(x)`]) {
      const { raw, repaired } = render(tex);
      expect(repaired).toBe(raw);
    }
  });

  it("reach formulas inside MDX's JSX nodes", async () => {
    const { repairKatexOutput } = await import("../../src/math/katexRepairs");
    const vlist: Element = { type: "element", tagName: "span", properties: { className: ["vlist"], style: "height:-0.2136em;" }, children: [] };
    const katex: Element = { type: "element", tagName: "span", properties: { className: ["katex"] }, children: [vlist] };
    const root = { type: "root", children: [{ type: "mdxJsxFlowElement", name: "Theorem", attributes: [], children: [katex] }] };
    repairKatexOutput(root as unknown as Root);
    expect(vlist.properties["style"]).toBeUndefined();
  });
});
