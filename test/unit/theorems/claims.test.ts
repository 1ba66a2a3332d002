// Every registered check, run as a claim, and every claim's mutants, each of which must be refuted.
// Claims live in claims/*.claims.ts, one file per page or part, each exporting `claims`.
import { describe, expect, it } from "vitest";
import { THEOREM_CHECKS } from "../../../src/lib/theorems/checks";
import { falsify, verifyClaim, type Claim } from "./falsification";

const modules = import.meta.glob<{ claims: readonly Claim<never>[] }>("./claims/*.claims.ts", { eager: true });
const allClaims = Object.entries(modules).flatMap(([file, module]) => module.claims.map((claim) => ({ file, claim })));

describe("the check registry and the claims", () => {
  it("every registered check is run by exactly one claim, and every claim is registered", () => {
    const claimed = allClaims.map(({ claim }) => claim.check);
    for (const check of THEOREM_CHECKS) expect(claimed.filter((c) => c === check), check.label).toHaveLength(1);
    for (const check of claimed) expect(THEOREM_CHECKS, check.label).toContain(check);
  });
});

for (const { file, claim } of allClaims) {
  describe(`${claim.check.theorem}: ${claim.check.label} (${file})`, () => {
    it(`holds on ${claim.check.instances} sampled instances`, () => {
      verifyClaim(claim);
    });
    it("has at least one mutant", () => {
      expect(claim.mutants.length).toBeGreaterThan(0);
    });
    for (const mutant of claim.mutants) {
      it(`refutes the mutant: ${mutant.change}`, () => {
        const { counterexample } = falsify(claim, mutant);
        expect(counterexample, `the check did not notice "${mutant.change}"`).toBeDefined();
      });
    }
  });
}
