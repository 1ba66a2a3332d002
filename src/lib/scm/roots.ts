/** Samplers for environment roots, each a factory over the root's own seeded uniform source. */
import { standardNormal } from "../random";
import type { RootSampler } from "./model";

/** A normal root with the given mean and standard deviation. */
export function normalRoot(mean: number, standardDeviation: number): RootSampler {
  return (source) => {
    const normal = standardNormal(source);
    return () => mean + standardDeviation * normal();
  };
}

/** A root uniform on [low, high). */
export function uniformRoot(low: number, high: number): RootSampler {
  return (source) => () => low + (high - low) * source();
}

/** A root that always takes `value` (a fixed feature of one environment). */
export function constantRoot(value: number): RootSampler {
  return () => () => value;
}
