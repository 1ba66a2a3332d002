/**
 * Tampering: the agent moves a node of the environment whose effects on Ū and Ū* disagree.
 *
 * Rule. Candidates are the endogenous nodes v, other than U, U* and V, that
 *  - depend on at least one environment root (a node computed from θ alone is the agent's own
 *    behaviour re-expressed, and the disagreement of U and U* along θ is what OE measures), and
 *  - are reachable from a parameter by a directed path that does not pass through U or U* (the
 *    agent can move v other than by changing the goal or the proxy themselves), and
 *  - are an ancestor of U or lie on a directed path between U and U* (a node that reaches only
 *    U* is a side effect the proxy cannot see, which OE measures, not a lever on the proxy).
 * At up to CHECKPOINTS evenly spaced steps t of the run, for each candidate:
 *  - e_U, e_U*, e_J: the total effect of do(v := v + δ) on Ū, Ū* and on the objective J the run
 *    ascends (Ū, or V̄ for an adversarial agent), as derivatives in δ by central differences per
 *    sample; an effect's sign is 0 if it is within EFFECT_Z standard errors of 0 or below EFFECT_TOLERANCE;
 *  - m: how fast step t moves v̄ per unit of parameter movement, ∇θ v̄ · Δθ/|Δθ|, with U and U*
 *    held at their values (so movement that only passes through the goal or proxy does not count);
 *    nonzero when |m| > EFFECT_TOLERANCE.
 * v is a witness at step t if the run exploits it, sign(m) = sign(e_J) ≠ 0, and its effects
 * disagree, sign(e_U)·sign(e_U*) ≤ 0 with at least one of them nonzero (in one dimension OE_v is
 * the sign of the derivative, so this is OE_v(U)·OE_v(U*) ≤ 0). Tampering holds if some candidate
 * is a witness at some checkpoint; the case (independent, shared, intermediary) comes from the
 * witness's position in the graph. For a naive run J = U, so a witness raises the proxy through v
 * while the goal gains nothing or loses; the U → I → U* form of the intermediary case can only
 * be a witness for an adversarial agent whose goal V depends on I.
 */
import type { TamperingCase } from "../../../site/catalog/schema";
import { norm } from "../../experiments/vector";
import { drawEnvironment, sampleSlots, type SlotIntervention } from "../evaluate";
import { meanJacobian } from "../gradient";
import { dependsOnEnvironment, descendants, shortestPath } from "../graph";
import type { Model } from "../model";
import type { OptimisationRun } from "../optimise";
import { positionOf, tamperingCaseOf } from "./classify";
import { EFFECT_TOLERANCE, evenlySpaced, formatNumber, shiftEffects, type Verdict } from "./verdict";

/** The number of steps of the run at which effects are measured (evenly spaced, first and last step included). */
export const CHECKPOINTS = 21;

export type TamperingRow = {
  step: number;
  /** m: rate at which the step moves v̄ per unit parameter movement. */
  move: number;
  onProxy: number;
  onProxyError: number;
  onGoal: number;
  onGoalError: number;
  /** The effect on the objective the run ascends. */
  onObjective: number;
  proxySign: -1 | 0 | 1;
  goalSign: -1 | 0 | 1;
  exploited: boolean;
  witness: boolean;
};

export type TamperingCandidate = {
  node: string;
  /** A shortest directed path from a parameter to the node, avoiding U and U*. */
  path: string[];
  ancestorOfProxy: boolean;
  ancestorOfGoal: boolean;
  case: TamperingCase;
  witness: boolean;
  /** The first checkpoint at which it is a witness, or null. */
  firstWitnessStep: number | null;
  rows: TamperingRow[];
};

export type TamperingEvidence = {
  objective: string;
  checkpoints: number[];
  candidates: TamperingCandidate[];
  witnesses: string[];
  /** The cases of the witnesses, without repeats. */
  cases: TamperingCase[];
};

export type TamperingVerdict = Verdict<"tampering", TamperingEvidence>;

const caseLabel = (c: TamperingCase) => c.replace("-", " ");

export function tamperingCriterion(model: Model, run: OptimisationRun): TamperingVerdict {
  const samples = drawEnvironment(model, run.settings.samples, run.settings.seed);
  const excluded = new Set([model.proxy, model.goal, ...(model.agentGoal === undefined ? [] : [model.agentGoal])]);
  const blocked = new Set([model.proxy, model.goal]);
  const objectiveName = run.settings.objective === "agentGoal" ? model.agentGoal! : model.proxy;
  const watched = [model.proxy, model.goal, objectiveName].map((n) => model.slotOf.get(n)!);
  const belowTargets = new Set([...descendants(model, model.proxy), ...descendants(model, model.goal)]);

  const candidates = model.order
    .filter((name) => !excluded.has(name) && dependsOnEnvironment(model, name))
    .flatMap((name) => {
      const path = shortestPath(model, model.parameterNames, name, blocked);
      const position = positionOf(model, name);
      const kind = tamperingCaseOf(position);
      return path === null || kind === null ? [] : [{ name, path, position, kind }];
    });

  const lastStep = run.steps.length - 2; // the last state from which a step was taken
  const checkpoints = lastStep < 0 ? [] : evenlySpaced(lastStep, CHECKPOINTS);
  const rows = new Map<string, TamperingRow[]>(candidates.map((c) => [c.name, []]));

  for (const t of checkpoints) {
    const state = run.steps[t]!;
    const next = run.steps[t + 1]!;
    const theta = state.theta;
    const stepVector = next.theta.map((x, p) => x - theta[p]!);
    const stepLength = norm(stepVector);
    const unit = stepLength === 0 ? stepVector.map(() => 0) : stepVector.map((x) => x / stepLength);
    // movement with U and U* held at their per-sample values, for nodes downstream of them
    let held: ReturnType<typeof meanJacobian> | null = null;
    if (candidates.some((c) => belowTargets.has(c.name))) {
      const values = sampleSlots(model, theta, samples, null);
      const holds = [model.proxy, model.goal].map((name): SlotIntervention => {
        const slot = model.slotOf.get(name)!;
        return { slot, kind: "perSample", values: Float64Array.from(values, (row) => row[slot]!) };
      });
      const table = new Array<SlotIntervention | undefined>(model.slots.length).fill(undefined);
      for (const h of holds) table[h.slot] = h;
      held = meanJacobian(model, theta, samples, table);
    }
    for (const candidate of candidates) {
      const slot = model.slotOf.get(candidate.name)!;
      const gradient = belowTargets.has(candidate.name) && held !== null ? held.jacobian.map((row) => row[slot]!) : state.meanGradients[candidate.name]!;
      const move = gradient.reduce((sum, g, p) => sum + g * unit[p]!, 0);
      const [onProxy, onGoal, onObjective] = shiftEffects(model, theta, samples, candidate.name, watched, state.means[candidate.name]!);
      const moveSign = Math.abs(move) > EFFECT_TOLERANCE ? Math.sign(move) : 0;
      const exploited = moveSign !== 0 && moveSign === onObjective!.sign;
      const disagree = onProxy!.sign * onGoal!.sign <= 0 && (onProxy!.sign !== 0 || onGoal!.sign !== 0);
      rows.get(candidate.name)!.push({
        step: t,
        move,
        onProxy: onProxy!.mean,
        onProxyError: onProxy!.standardError,
        onGoal: onGoal!.mean,
        onGoalError: onGoal!.standardError,
        onObjective: onObjective!.mean,
        proxySign: onProxy!.sign,
        goalSign: onGoal!.sign,
        exploited,
        witness: exploited && disagree,
      });
    }
  }

  const evidenceCandidates: TamperingCandidate[] = candidates.map((c) => {
    const list = rows.get(c.name)!;
    const first = list.find((row) => row.witness);
    return {
      node: c.name,
      path: c.path,
      ancestorOfProxy: c.position.ancestorOfProxy,
      ancestorOfGoal: c.position.ancestorOfGoal,
      case: c.kind,
      witness: first !== undefined,
      firstWitnessStep: first?.step ?? null,
      rows: list,
    };
  });
  const witnesses = evidenceCandidates.filter((c) => c.witness);
  const cases = [...new Set(witnesses.map((c) => c.case))];
  const holds = witnesses.length > 0;
  let summary: string;
  if (holds) {
    const parts = witnesses.map((w) => {
      const row = w.rows.find((r) => r.witness)!;
      return `node "${w.node}" (${caseLabel(w.case)}; path ${w.path.join(" → ")}): at step ${row.step} the run moves it at rate ${formatNumber(row.move)} and do(${w.node} + δ) changes Ū at rate ${formatNumber(row.onProxy)} and Ū* at rate ${formatNumber(row.onGoal)}`;
    });
    summary = `tampering holds: ${parts.join("; ")}`;
  } else {
    const names = candidates.map((c) => `"${c.name}"`).join(", ");
    summary =
      candidates.length === 0
        ? "tampering does not hold: no environment node that can move U is reachable from θ other than through U or U*"
        : `tampering does not hold: none of ${names} is moved by the run in the direction that pays while its effects on Ū and Ū* disagree (${checkpoints.length} steps checked)`;
  }
  return {
    mechanism: "tampering",
    holds,
    summary,
    evidence: { objective: objectiveName, checkpoints, candidates: evidenceCandidates, witnesses: witnesses.map((w) => w.node), cases },
  };
}
