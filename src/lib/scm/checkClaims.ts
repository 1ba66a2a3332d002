/**
 * Compares what a catalog example claims (its mechanisms, tampering case and effect) with what
 * the criteria support. Every mismatch is one problem sentence naming the example, the mechanism
 * and the evidence (the verdict's summary); an example whose claims match has none.
 */
import { mechanisms as allMechanisms, type Effect, type Mechanism, type TamperingCase } from "../../site/catalog/schema";
import type { AnyVerdict } from "./assess";
import type { TamperingEvidence } from "./criteria/tampering";

/** The part of meta.yaml the criteria decide. */
export type Claims = {
  readonly mechanisms: readonly Mechanism[];
  readonly tamperingCase?: TamperingCase | undefined;
  readonly effect: Effect;
};

export function checkClaims(example: string, claims: Claims, verdicts: readonly AnyVerdict[]): string[] {
  const problems: string[] = [];
  const verdictFor = (name: string) => {
    const verdict = verdicts.find((v) => v.mechanism === name);
    if (verdict === undefined) throw new Error(`example "${example}": no verdict for ${name}`);
    return verdict;
  };
  for (const mechanism of allMechanisms) {
    const verdict = verdictFor(mechanism);
    const claimed = claims.mechanisms.includes(mechanism);
    if (claimed && !verdict.holds) {
      problems.push(`example "${example}": claims the ${mechanism} mechanism, but the criteria do not support it. Evidence: ${verdict.summary}`);
    } else if (!claimed && verdict.holds) {
      problems.push(`example "${example}": the criteria support the ${mechanism} mechanism, which it does not claim. Evidence: ${verdict.summary}`);
    }
  }
  const tampering = verdictFor("tampering");
  if (claims.mechanisms.includes("tampering") && tampering.holds) {
    const cases = (tampering.evidence as TamperingEvidence).cases;
    if (cases.length !== 1 || cases[0] !== claims.tamperingCase) {
      problems.push(`example "${example}": claims the tampering case ${claims.tamperingCase ?? "(none)"}, but the witnesses show ${cases.join(" and ")}. Evidence: ${tampering.summary}`);
    }
  }
  const adversarial = verdictFor("adversarial");
  const naive = verdictFor("naive");
  const supported: Effect | null = adversarial.holds ? "adversarial" : naive.holds ? "naive" : null;
  if (supported !== claims.effect) {
    const other = claims.effect === "adversarial" ? adversarial : naive;
    problems.push(
      supported === null
        ? `example "${example}": claims the ${claims.effect} effect, but the criteria support no effect. Evidence: ${other.summary}`
        : `example "${example}": claims the ${claims.effect} effect, but the criteria support the ${supported} effect. Evidence: ${other.summary}`,
    );
  }
  return problems;
}
