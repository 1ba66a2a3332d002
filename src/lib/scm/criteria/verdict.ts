/** What every criterion returns, and the small helpers the criteria share. */
import { meanFromSums } from "../../experiments/statistics";
import { sampleSlots, type EnvironmentSamples, type SlotIntervention } from "../evaluate";
import type { Model } from "../model";

/** A criterion's answer: whether its mechanism (or effect) holds, a sentence with the decisive numbers, and serialisable evidence. */
export type Verdict<M extends string, E> = {
  mechanism: M;
  holds: boolean;
  summary: string;
  evidence: E;
};

/** Effects smaller than this are zero whatever their standard error. */
export const EFFECT_TOLERANCE = 1e-6;
/** An effect is nonzero only if it exceeds this many Monte Carlo standard errors. */
export const EFFECT_Z = 3;
/** δ in do(v := v ± δ): RELATIVE_SHIFT · max(1, |mean of v|). */
export const RELATIVE_SHIFT = 1e-4;

/** A numbers for summaries: three significant digits, so messages read well and are stable. */
export function formatNumber(x: number): string {
  if (x === 0 || !Number.isFinite(x)) return String(x);
  const text = x.toPrecision(3);
  return text.includes("e") ? text : String(Number(text));
}

/** An estimated effect: the mean over samples of a per-sample derivative, and its standard error. */
export type EffectEstimate = { mean: number; standardError: number; sign: -1 | 0 | 1 };

/** The sign of an estimate: 0 when it is within EFFECT_Z standard errors of zero or below EFFECT_TOLERANCE. */
export function estimateSign(mean: number, standardError: number): -1 | 0 | 1 {
  if (Math.abs(mean) <= Math.max(EFFECT_TOLERANCE, EFFECT_Z * standardError)) return 0;
  return mean > 0 ? 1 : -1;
}

/**
 * The total effect of do(v := v + δ) on the expectations of the `watched` slots, by central
 * differences per sample (so each effect comes with a standard error).
 */
export function shiftEffects(
  model: Model,
  theta: ArrayLike<number>,
  samples: EnvironmentSamples,
  nodeName: string,
  watched: readonly number[],
  baseMean: number,
): EffectEstimate[] {
  const slot = model.slotOf.get(nodeName)!;
  const delta = RELATIVE_SHIFT * Math.max(1, Math.abs(baseMean));
  const table = (by: number): (SlotIntervention | undefined)[] => {
    const t = new Array<SlotIntervention | undefined>(model.slots.length).fill(undefined);
    t[slot] = { slot, kind: "map", map: (x: number) => x + by };
    return t;
  };
  const up = sampleSlots(model, theta, samples, table(delta));
  const down = sampleSlots(model, theta, samples, table(-delta));
  return watched.map((w) => {
    let sum = 0;
    let sumOfSquares = 0;
    for (let i = 0; i < up.length; i++) {
      const d = (up[i]![w]! - down[i]![w]!) / (2 * delta);
      sum += d;
      sumOfSquares += d * d;
    }
    const { mean, standardError } = up.length > 1 ? meanFromSums(up.length, sum, sumOfSquares) : { mean: sum, standardError: 0 };
    return { mean, standardError, sign: estimateSign(mean, standardError) };
  });
}

/** Up to `count` evenly spaced indices from 0 to last inclusive. */
export function evenlySpaced(last: number, count: number): number[] {
  if (last <= 0) return [0];
  const n = Math.min(count, last + 1);
  const out = new Set<number>();
  for (let k = 0; k < n; k++) out.add(Math.round((k * last) / (n - 1)));
  return [...out];
}
