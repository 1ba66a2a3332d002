// src/math/katexRepairs.ts: the MathML KaTeX writes that is not valid is repaired inside the strict
// KaTeX plugin, and a formula without those defects is left exactly as KaTeX wrote it.
import type { Element, Root } from "hast";
import rehypeKatex from "rehype-katex";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { repairKatexOutput } from "../../src/math/katexRepairs";
import { notationMacros } from "../../src/math/macros";

function tree(tex: string): Root {
  return { type: "root", children: [{ type: "element", tagName: "code", properties: { className: ["math-inline"] }, children: [{ type: "text", value: tex }] }] };
}

/** `tex` as KaTeX writes its MathML, and the same after the repairs. */
function render(tex: string) {
  const katex = unified().use(rehypeKatex, { macros: { ...notationMacros }, strict: "error", output: "mathml" }).use(rehypeStringify);
  const raw = katex.runSync(tree(tex)) as Root;
  const html = katex.stringify(raw);
  repairKatexOutput(raw);
  return { raw: html, repaired: katex.stringify(raw) };
}

describe("KaTeX output repairs", () => {
  it("give an operator name as a script one child, not two (KaTeX issue #3721)", () => {
    const { raw, repaired } = render(String.raw`\sigma_{\max}`);
    expect(raw).toContain("<msub><mi>σ</mi><mi>max</mi><mo>\u2061</mo></msub>");
    expect(repaired).toContain("<msub><mi>σ</mi><mrow><mi>max</mi><mo>\u2061</mo></mrow></msub>");
  });

  it("leave no token element holding elements (\\overset, \\stackrel: KaTeX issue #3978)", () => {
    for (const tex of [String.raw`a \overset d= b`, String.raw`a \stackrel{d}{=} b`, String.raw`a \underset{x}{\le} b`]) {
      const { raw, repaired } = render(tex);
      expect(raw).toMatch(/<(mo|mi)>(<[a-z]+[ >])/);
      expect(repaired).not.toMatch(/<(mi|mo|mn|mtext|ms)(?: [^>]*)?>\s*<[a-z]/);
    }
    expect(render(String.raw`a \overset d= b`).repaired).toContain("<mover><mo>=</mo><mi>d</mi></mover>");
  });

  it("leave formulas without these defects as KaTeX wrote them", () => {
    for (const tex of [String.raw`\OE_U(U^*) = \frac{\nabla\U \cdot \nabla\U^*}{\norm{\nabla\U}\,\norm{\nabla\U^*}}`, String.raw`\log_{10} x`, String.raw`\max_{x \in S} f(x)`]) {
      const { raw, repaired } = render(tex);
      expect(repaired).toBe(raw);
    }
  });

  it("reach formulas inside MDX's JSX nodes", () => {
    const mi = (text: string): Element => ({ type: "element", tagName: "mi", properties: {}, children: [{ type: "text", value: text }] });
    const apply: Element = { type: "element", tagName: "mo", properties: {}, children: [{ type: "text", value: "\u2061" }] };
    const msub: Element = { type: "element", tagName: "msub", properties: {}, children: [mi("σ"), mi("max"), apply] };
    const katex: Element = { type: "element", tagName: "span", properties: { className: ["katex"] }, children: [{ type: "element", tagName: "math", properties: {}, children: [msub] }] };
    const root = { type: "root", children: [{ type: "mdxJsxFlowElement", name: "Theorem", attributes: [], children: [katex] }] };
    repairKatexOutput(root as unknown as Root);
    expect(msub.children.map((child) => (child.type === "element" ? child.tagName : child.type))).toEqual(["mi", "mrow"]);
  });
});
