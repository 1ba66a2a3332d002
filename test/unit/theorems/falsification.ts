/**
 * Property-based falsification of a numbered result, in one shape for every result, so that a
 * mutation test can perturb the claim and require the same check to fail.
 *
 * A claim samples candidate instances (boundary and degenerate cases included), keeps those that
 * meet the statement's hypotheses, and asserts the statement's own conclusion on each of them.
 */
import fc from "fast-check";
import type { TheoremCheck } from "../../../src/lib/theorems/checks";

export interface Mutant<Instance> {
  /** what was perturbed, e.g. "flip the inequality", "drop the 1/2", "allow P(A) = 0" */
  change: string;
  /** the perturbed hypothesis (defaults to the claim's own) */
  hypothesis?: (instance: Instance) => boolean;
  /** the perturbed conclusion (defaults to the claim's own) */
  conclusion?: (instance: Instance) => boolean;
}

export interface Claim<Instance> {
  /** the registry entry: statement id, label and number of instances (fast-check numRuns) */
  check: TheoremCheck;
  /** fast-check seed, so that a run is repeatable */
  seed: number;
  /** candidate instances; they need not all meet the hypothesis, and should include its boundary */
  sample: fc.Arbitrary<Instance>;
  /** the statement's hypotheses, exactly as stated */
  hypothesis: (instance: Instance) => boolean;
  /** the statement's conclusion on an instance, with a tolerance only for floating-point rounding */
  conclusion: (instance: Instance) => boolean;
  /** at least this share of the sampled instances must meet the hypothesis (default 0.25) */
  minimumCoverage?: number;
  /** perturbed claims that this check must refute; at least one */
  mutants: readonly Mutant<Instance>[];
}

export interface FalsificationResult<Instance> {
  /** an instance meeting the hypothesis whose conclusion failed (after shrinking), if any */
  counterexample?: Instance;
  /** how many sampled instances met the hypothesis */
  covered: number;
  runs: number;
}

/** Runs the claim, or the claim with a mutant's hypothesis and conclusion, on `check.instances` samples. */
export function falsify<Instance>(claim: Claim<Instance>, mutant?: Mutant<Instance>): FalsificationResult<Instance> {
  const hypothesis = mutant?.hypothesis ?? claim.hypothesis;
  const conclusion = mutant?.conclusion ?? claim.conclusion;
  let covered = 0;
  let thrown: unknown;
  const runs = claim.check.instances;
  const details = fc.check(
    fc.property(claim.sample, (instance) => {
      try {
        if (!hypothesis(instance)) return true;
        covered++;
        return conclusion(instance);
      } catch (error) {
        // a check that throws is broken, not refuted: report it rather than count it as a counterexample
        thrown ??= error;
        return true;
      }
    }),
    { numRuns: runs, seed: claim.seed, endOnFailure: mutant !== undefined },
  );
  if (thrown !== undefined) throw new Error(`${claim.check.theorem}: the check itself threw: ${String(thrown)}`);
  if (details.failed) return { counterexample: details.counterexample?.[0] as Instance, covered, runs };
  return { covered, runs };
}

/** Throws, naming the counterexample, unless the claim holds on every sampled instance and the hypothesis is exercised. */
export function verifyClaim<Instance>(claim: Claim<Instance>): FalsificationResult<Instance> {
  const result = falsify(claim);
  if (result.counterexample !== undefined) {
    throw new Error(`${claim.check.theorem}: counterexample ${JSON.stringify(result.counterexample)}`);
  }
  const share = result.covered / result.runs;
  const minimum = claim.minimumCoverage ?? 0.25;
  if (share < minimum) {
    throw new Error(`${claim.check.theorem}: only ${result.covered} of ${result.runs} instances met the hypothesis (need ${minimum * 100}%)`);
  }
  return result;
}
