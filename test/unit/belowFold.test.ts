// Which blocks the build lets the browser skip until the reader scrolls near them.
import type { Element, Root } from "hast";
import { h } from "hastscript";
import { describe, expect, it } from "vitest";
import rehypeBelowFold, { estimatedHeight, foldAt } from "../../src/site/rehypeBelowFold";

const sentence = "The proxy and the goal agree near the start and drift apart under pressure. ";
const paragraph = (sentences = 4) => h("p", sentence.repeat(sentences));
const jsx = (name: string, children: Root["children"] = []) => ({ type: "mdxJsxFlowElement" as const, name, attributes: [], children }) as unknown as Element;
const displayMath = () => h("span", { className: ["math-display"] }, [h("math", { display: "block", dataTex: "x" }, [h("mi", "x")])]);

function run(children: Root["children"]): Root {
  const tree: Root = { type: "root", children };
  rehypeBelowFold()(tree);
  return tree;
}

const isMarked = (node: unknown) => ((node as Element).properties?.["className"] as string[] | undefined)?.includes("below-fold") ?? false;

describe("the fold", () => {
  it("marks nothing on a page that fits on the first screens", () => {
    const tree = run([h("h2", "Start"), paragraph(), paragraph(), displayMath(), paragraph()]);
    expect(tree.children.filter(isMarked)).toEqual([]);
  });

  it("marks the blocks of a long page from some point on, and only those", () => {
    const tree = run(Array.from({ length: 40 }, () => paragraph()));
    const marks = tree.children.map(isMarked);
    const first = marks.indexOf(true);
    expect(first).toBeGreaterThan(3);
    expect(marks.slice(first).every(Boolean)).toBe(true);
    // the first marked block starts at or after the fold, by the plugin's own estimate
    const heightAbove = tree.children.slice(0, first).reduce((sum, node) => sum + estimatedHeight(node as Element), 0);
    expect(heightAbove).toBeGreaterThanOrEqual(foldAt - 250);
  });

  it("marks the prose inside a statement or proof, never the statement, a heading or a figure", () => {
    const statement = jsx("Environment", [paragraph(), displayMath()]);
    const proof = jsx("Proof", [paragraph()]);
    const figure = jsx("Figure");
    const heading = h("h2", "Later");
    run([...Array.from({ length: 30 }, () => paragraph()), statement, proof, heading, figure]);
    expect(isMarked(statement)).toBe(false);
    expect(isMarked(heading)).toBe(false);
    expect(isMarked(figure)).toBe(false);
    expect(statement.children.map(isMarked)).toEqual([true, true]);
    expect(proof.children.map(isMarked)).toEqual([true]);
  });

  it("leaves lists alone, whose links often stand on their own", () => {
    const list = h("ul", [h("li", [h("a", { href: "/x/" }, "Chapter 1")])]);
    run([...Array.from({ length: 30 }, () => paragraph()), list, paragraph()]);
    expect(isMarked(list)).toBe(false);
  });

  it("keeps a block's own classes", () => {
    const equation = displayMath();
    run([...Array.from({ length: 30 }, () => paragraph()), equation]);
    expect(equation.properties["className"]).toEqual(["math-display", "below-fold"]);
  });

  it("estimates a formula by its TeX source, not by its MathML", () => {
    const formula = (tex: string) => h("math", { dataTex: tex }, [h("mtext", "x".repeat(5000))]);
    const short = estimatedHeight(h("p", [formula("x")]));
    const long = estimatedHeight(h("p", [formula("\\sum_{i=1}^n ".repeat(100))]));
    expect(short).toBeLessThan(long);
    expect(short).toBe(estimatedHeight(h("p", "x")));
  });
});
