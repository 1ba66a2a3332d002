// Deterministic unit tests of the standard-form module; the page's results are checked by their claims in claims/.
import { describe, expect, it } from "vitest";
import { cdf, generalisedInverse, standardFormLaw, standardFormValues } from "../../../src/lib/theorems/standardForm";

describe("standard-form module", () => {
  const law = { support: [2, -1, 5], probabilities: [0.5, 0.25, 0.25] };

  it("the generalised inverse takes the smallest support point whose cumulative probability reaches u", () => {
    expect(cdf(law, 1.9)).toBe(0.25);
    expect(generalisedInverse(law, 0.25)).toBe(-1);
    expect(generalisedInverse(law, 0.26)).toBe(2);
    expect(generalisedInverse(law, 0.75)).toBe(2);
    expect(generalisedInverse(law, 1)).toBe(5);
    expect(() => generalisedInverse(law, 0)).toThrow(RangeError);
  });

  it("when X₂ = X₁ and X₁ is fair, the first uniform decides both nodes", () => {
    const copy = { outcomes: [[0, 0], [1, 1]], weights: [1, 1] };
    const dag = { parents: [[], [0]] };
    expect(standardFormValues(copy, dag, [0.3, 0.9])).toEqual([0, 0]);
    expect(standardFormValues(copy, dag, [0.7, 0.1])).toEqual([1, 1]);
    // with the first node kept, only the second is constructed
    expect(standardFormValues(copy, dag, [0.1], [1])).toEqual([1, 1]);
    expect(standardFormLaw(copy, dag)).toEqual({ outcomes: [[0, 0], [1, 1]], weights: [0.5, 0.5] });
  });
});
