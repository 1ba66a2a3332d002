// Previews cut to fit a page's element budget (src/site/results/excerpt.ts).
import type { Element, Root, RootContent } from "hast";
import { h } from "hastscript";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { elementCount, excerpt, previewAllowance } from "../../../src/site/results/excerpt";

const formula = (letters: string) => h("math", [...letters].map((letter) => h("mi", letter)));
const paragraph = (...children: (string | Element)[]) => h("span", { className: ["preview-block", "preview-p"] }, children);
const statement = (): Root => ({ type: "root", children: [paragraph("If ", formula("abc"), " holds, then ", formula("de"), "."), paragraph("Moreover ", formula("fghij"), ".")] });
const textOf = (node: Root | RootContent): string => (node.type === "text" ? node.value : "children" in node ? (node.children as RootContent[]).map(textOf).join("") : "");

describe("a preview's excerpt", () => {
  it("counts elements as the page will", () => {
    expect(elementCount(statement())).toBe(2 + 4 + 3 + 6);
  });

  it("is the whole statement when it fits", () => {
    expect(excerpt(statement(), 15)).toEqual(statement());
  });

  it("keeps the opening up to the allowance, never half a formula, and marks the cut with …", () => {
    const cut = excerpt(statement(), 9);
    expect(elementCount(cut)).toBe(1 + 4 + 3);
    expect(textOf(cut)).toBe("If abc holds, then de. …");
    // the room for part of \de is not used to show half of it
    expect(textOf(excerpt(statement(), 7))).toBe("If abc holds, then  …");
    const shorter = excerpt(statement(), 6);
    expect(textOf(shorter)).toBe("If abc holds, then  …");
    expect(elementCount(shorter)).toBe(5);
  });

  it("is never larger than its allowance, and always a prefix of the statement's text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), (allowance) => {
        const cut = excerpt(statement(), allowance);
        expect(elementCount(cut)).toBeLessThanOrEqual(allowance);
        expect(textOf(statement()).startsWith(textOf(cut).replace(/ …$/, ""))).toBe(true);
      }),
    );
  });

  it("leaves the statement it cut unchanged", () => {
    const whole = statement();
    excerpt(whole, 3);
    expect(whole).toEqual(statement());
  });
});

describe("the allowance per preview", () => {
  it("is unlimited when the previews fit whole", () => {
    expect(previewAllowance([10, 20, 30], 60)).toBe(Infinity);
    expect(previewAllowance([], 0)).toBe(Infinity);
  });

  it("is the largest allowance whose cut previews fit the budget, leaving short previews whole", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 5000 }), (sizes, budget) => {
        const cap = previewAllowance(sizes, budget);
        const total = (limit: number) => sizes.reduce((sum, size) => sum + Math.min(size, limit), 0);
        if (cap === Infinity) expect(total(Infinity)).toBeLessThanOrEqual(budget);
        else {
          expect(total(cap)).toBeLessThanOrEqual(budget);
          expect(total(cap + 1)).toBeGreaterThan(budget);
        }
      }),
    );
    expect(previewAllowance([10, 100, 200], 110)).toBe(50);
  });
});
