/**
 * Evaluating a model: one environment sample at a time in topological order, and expectations
 * by Monte Carlo over a fixed set of samples. Drawing the samples once and reusing them for every
 * θ (common random numbers) makes the estimated expectation a smooth, deterministic function of
 * θ, so finite differences of it are smooth too.
 */
import { uniformSource } from "../random";
import { ModelError, type Model } from "./model";

/** A parameter vector θ, in the order of `model.parameterNames`, or by name. */
export type Theta = ArrayLike<number> | Readonly<Record<string, number>>;

/** One draw of every environment root, by name. */
export type EnvironmentSample = Readonly<Record<string, number>>;

/** Which environment the roots are drawn from. */
export type EnvironmentName = "training" | "changed";

/** Environment samples drawn once: `rows[i][r]` is root `model.rootNames[r]` in sample i. */
export type EnvironmentSamples = {
  readonly environment: EnvironmentName;
  readonly seed: number;
  readonly rows: readonly Float64Array[];
};

/** do(v := x) for a number x, or do(v := f(v)) for a function of the value v would have had. */
export type Intervention = number | ((natural: number) => number);
export type Interventions = Readonly<Record<string, Intervention>>;

/** An intervention resolved to a slot; `perSample` holds a variable at one value per sample. */
export type SlotIntervention =
  | { readonly slot: number; readonly kind: "set"; readonly value: number }
  | { readonly slot: number; readonly kind: "map"; readonly map: (natural: number) => number }
  | { readonly slot: number; readonly kind: "perSample"; readonly values: Float64Array };

/** Per-slot lookup table of interventions (undefined where the model runs naturally). */
export type InterventionTable = readonly (SlotIntervention | undefined)[];

/** A seed for root number `index`, so each root has its own stream and changing one root leaves the others' draws alone. */
function rootSeed(seed: number, index: number): number {
  return (Math.abs(Math.trunc(seed)) * 7919 + (index + 1) * 104_729) % 2_147_483_647;
}

/**
 * `count` environment samples. With `environment: "changed"` the roots named in
 * `model.environmentChange` use their replacement samplers; every root keeps its own uniform
 * stream, so sample i of both environments share their randomness (common random numbers).
 */
export function drawEnvironment(model: Model, count: number, seed: number, environment: EnvironmentName = "training"): EnvironmentSamples {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`sample count must be a positive integer, got ${count}`);
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  if (environment === "changed" && model.environmentChange === undefined) {
    throw new ModelError(`model "${model.name}": has no environment change to draw from`);
  }
  const rows = Array.from({ length: count }, () => new Float64Array(model.rootNames.length));
  model.rootNames.forEach((name, r) => {
    const replacement = environment === "changed" ? model.environmentChange?.roots[name] : undefined;
    const draw = (replacement ?? model.roots[name]!)(uniformSource(rootSeed(seed, r)));
    for (let i = 0; i < count; i++) {
      const value = draw();
      if (!Number.isFinite(value)) throw new ModelError(`model "${model.name}": root "${name}" drew ${value} in sample ${i} (${environment} environment)`);
      rows[i]![r] = value;
    }
  });
  return { environment, seed, rows };
}

/** θ as a vector in parameter order. */
export function thetaVector(model: Model, theta: Theta): Float64Array {
  const isVector = Array.isArray(theta) || ArrayBuffer.isView(theta);
  if (isVector) {
    const vector = theta as ArrayLike<number>;
    if (vector.length !== model.parameterNames.length) {
      throw new ModelError(`model "${model.name}": θ has ${vector.length} entries, the model has ${model.parameterNames.length} parameters`);
    }
    return Float64Array.from(vector);
  }
  const record = theta as Readonly<Record<string, number>>;
  for (const name of Object.keys(record)) {
    if (model.kindOf.get(name) !== "parameter") throw new ModelError(`model "${model.name}": θ names "${name}", which is not a parameter`);
  }
  return Float64Array.from(model.parameterNames, (name) => {
    const value = record[name];
    if (value === undefined) throw new ModelError(`model "${model.name}": θ gives no value for parameter "${name}"`);
    return value;
  });
}

/** The initial parameter values as a vector. */
export function initialTheta(model: Model): Float64Array {
  return Float64Array.from(model.parameterNames, (name) => model.parameters[name]!);
}

/** Resolves named interventions to a per-slot table; only roots and endogenous nodes may be intervened on. */
export function interventionTable(model: Model, interventions: Interventions | undefined, extra: readonly SlotIntervention[] = []): InterventionTable | null {
  const names = interventions === undefined ? [] : Object.keys(interventions);
  if (names.length === 0 && extra.length === 0) return null;
  const table: (SlotIntervention | undefined)[] = new Array(model.slots.length).fill(undefined);
  for (const name of names) {
    const kind = model.kindOf.get(name);
    if (kind === undefined) throw new ModelError(`model "${model.name}": intervention on "${name}", which is not a node or root`);
    if (kind === "parameter") throw new ModelError(`model "${model.name}": intervention on parameter "${name}"; set θ instead`);
    const slot = model.slotOf.get(name)!;
    const value = interventions![name]!;
    table[slot] = typeof value === "number" ? { slot, kind: "set", value } : { slot, kind: "map", map: value };
  }
  for (const intervention of extra) table[intervention.slot] = intervention;
  return table;
}

function applyIntervention(intervention: SlotIntervention, natural: number, sampleIndex: number): number {
  switch (intervention.kind) {
    case "set":
      return intervention.value;
    case "map":
      return intervention.map(natural);
    case "perSample":
      return intervention.values[sampleIndex]!;
  }
}

/** One reusable parent-value object per node, holding only that node's parents. */
const scratchCache = new WeakMap<Model, Record<string, number>[]>();
function scratchObjects(model: Model): Record<string, number>[] {
  let scratch = scratchCache.get(model);
  if (scratch === undefined) {
    scratch = model.compiled.map(() => ({}));
    scratchCache.set(model, scratch);
  }
  return scratch;
}

/**
 * Evaluates every slot for one sample into `out` (length `model.slots.length`). The fast path the
 * expectations use; `evaluate` is the named front end.
 */
export function evaluateSlots(
  model: Model,
  theta: ArrayLike<number>,
  roots: ArrayLike<number>,
  table: InterventionTable | null,
  out: Float64Array,
  sampleIndex = 0,
): Float64Array {
  const parameterCount = model.parameterNames.length;
  for (let p = 0; p < parameterCount; p++) out[p] = theta[p]!;
  for (let r = 0; r < model.rootNames.length; r++) {
    const slot = parameterCount + r;
    const intervention = table?.[slot];
    out[slot] = intervention === undefined ? roots[r]! : applyIntervention(intervention, roots[r]!, sampleIndex);
  }
  const scratch = scratchObjects(model);
  for (let n = 0; n < model.compiled.length; n++) {
    const compiled = model.compiled[n]!;
    const parents = scratch[n]!;
    const intervention = table?.[compiled.slot];
    let value: number;
    if (intervention !== undefined && intervention.kind !== "map") {
      value = applyIntervention(intervention, Number.NaN, sampleIndex);
    } else {
      for (let k = 0; k < compiled.parentSlots.length; k++) parents[compiled.parentNames[k]!] = out[compiled.parentSlots[k]!]!;
      value = compiled.compute(parents);
      if (intervention !== undefined) value = applyIntervention(intervention, value, sampleIndex);
    }
    if (!Number.isFinite(value)) throw nonFinite(model, compiled.name, value, out);
    out[compiled.slot] = value;
  }
  return out;
}

function nonFinite(model: Model, name: string, value: number, out: Float64Array): ModelError {
  const list = (names: readonly string[], offset: number) =>
    `{${names.map((n, i) => `${n}: ${out[offset + i]}`).join(", ")}}`;
  const parameters = list(model.parameterNames, 0);
  const roots = list(model.rootNames, model.parameterNames.length);
  return new ModelError(`model "${model.name}": node "${name}" evaluated to ${value} at parameters ${parameters} and roots ${roots}`);
}

/** Every variable's value for one environment sample, under optional interventions. */
export function evaluate(model: Model, theta: Theta, environment: EnvironmentSample, interventions?: Interventions): Record<string, number> {
  const roots = Float64Array.from(model.rootNames, (name) => {
    const value = environment[name];
    if (value === undefined) throw new ModelError(`model "${model.name}": the environment sample gives no value for root "${name}"`);
    return value;
  });
  const out = evaluateSlots(model, thetaVector(model, theta), roots, interventionTable(model, interventions), new Float64Array(model.slots.length));
  return Object.fromEntries(model.slots.map((name, slot) => [name, out[slot]!]));
}

/** Sample i as a named record. */
export function sampleRecord(model: Model, samples: EnvironmentSamples, index: number): EnvironmentSample {
  const row = samples.rows[index];
  if (row === undefined) throw new RangeError(`sample ${index} does not exist (there are ${samples.rows.length})`);
  return Object.fromEntries(model.rootNames.map((name, r) => [name, row[r]!]));
}

/** The Monte Carlo mean of every slot over `samples`. */
export function meanSlots(model: Model, theta: ArrayLike<number>, samples: EnvironmentSamples, table: InterventionTable | null): Float64Array {
  const sums = new Float64Array(model.slots.length);
  const out = new Float64Array(model.slots.length);
  samples.rows.forEach((row, i) => {
    evaluateSlots(model, theta, row, table, out, i);
    for (let s = 0; s < sums.length; s++) sums[s]! += out[s]!;
  });
  for (let s = 0; s < sums.length; s++) sums[s]! /= samples.rows.length;
  return sums;
}

/** Every slot for every sample: `result[i]` is sample i. */
export function sampleSlots(model: Model, theta: ArrayLike<number>, samples: EnvironmentSamples, table: InterventionTable | null): Float64Array[] {
  return samples.rows.map((row, i) => evaluateSlots(model, theta, row, table, new Float64Array(model.slots.length), i));
}

/** The Monte Carlo expectation of every variable (Ū, Ū*, …) at θ, by name. */
export function expectations(model: Model, theta: Theta, samples: EnvironmentSamples, interventions?: Interventions): Record<string, number> {
  const means = meanSlots(model, thetaVector(model, theta), samples, interventionTable(model, interventions));
  return Object.fromEntries(model.slots.map((name, slot) => [name, means[slot]!]));
}
