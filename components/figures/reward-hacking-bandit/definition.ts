/**
 * Figure: hackability on a three-armed bandit. Every policy of a grid over the probability simplex
 * (or only the three deterministic ones) is a point (U, U*) = (proxy value, true value); the hacking
 * pair along which the goal falls most while the proxy rises is drawn as an arrow, with the number of
 * hacking pairs and the verdict on all stochastic policies from the convex-set theorem.
 */
import * as Plot from "@observablehq/plot";
import {
  deterministicPolicies,
  finiteSetHackability,
  simplexGrid,
  simplexVerdict,
} from "../../../src/lib/literature/hackability";
import { controlValue, dataTable, type FigureData, type FigureDefinition } from "../figure";
import { accent, contrast } from "../marks";

/** The true reward of arms 1, 2, 3; the proxy is set by the controls. */
export const banditTrueRewards = [0, 1, 2] as const;
/** Grid over the simplex: steps of 1/10, 66 policies. */
export const banditGridResolution = 10;

const table = (data: FigureData, name: string) => dataTable(data, "reward-hacking-bandit", name, { allowEmpty: true });

const rewardControl = (arm: number, value: number) =>
  ({ kind: "range", name: `proxyArm${arm}`, label: `Proxy reward of arm ${arm}`, min: -2, max: 2, step: 0.5, default: value }) as const;

const rewardHackingBanditFigure: FigureDefinition = {
  name: "reward-hacking-bandit",
  title: "Hacking pairs on a three-armed bandit",
  controls: [
    rewardControl(1, 0),
    rewardControl(2, 0),
    rewardControl(3, 1),
    { kind: "select", name: "policySet", label: "Policy set Π", options: [1, 2], optionLabels: ["stochastic (grid)", "deterministic"], default: 1 },
  ],

  compute(controls) {
    const proxyRewards = [1, 2, 3].map((arm) => controlValue(controls, `proxyArm${arm}`));
    const policies = controlValue(controls, "policySet") === 2 ? deterministicPolicies(3) : simplexGrid(banditGridResolution);
    const result = finiteSetHackability(banditTrueRewards, proxyRewards, policies);
    const verdict = simplexVerdict(banditTrueRewards, proxyRewards);
    const vertex = (policy: readonly number[]) => policy.findIndex((p) => p === 1) + 1;
    return {
      policies: result.points.map(({ index, policy, proxy, goal }) => ({
        index,
        arm1: policy[0]!,
        arm2: policy[1]!,
        arm3: policy[2]!,
        proxy,
        goal,
        deterministic: vertex(policy) > 0 ? `a${vertex(policy)}` : "",
      })),
      worstPair: result.worst
        ? [{ fromProxy: result.worst.from.proxy, fromGoal: result.worst.from.goal, toProxy: result.worst.to.proxy, toGoal: result.worst.to.goal }]
        : [],
      summary: [
        {
          hackingPairs: result.hackingPairs,
          pairs: result.pairs,
          policies: result.points.length,
          hackableOnAllStochastic: verdict.hackable,
          proxyTrivial: verdict.proxyTrivial,
          equivalent: verdict.equivalent,
        },
      ],
    };
  },

  plot(data) {
    const points = table(data, "policies");
    const summary = table(data, "summary")[0]!;
    const verdict = Number(summary["hackingPairs"]) > 0 ? `hackable on Π: ${summary["hackingPairs"]} hacking pairs` : "unhackable on Π";
    return {
      marginTop: 28,
      marginRight: 24,
      x: { label: "proxy value U(π)", labelAnchor: "center", labelArrow: "none", grid: true },
      y: { label: "true value U*(π)", labelArrow: "none", grid: true },
      marks: [
        Plot.dot(points, { x: "proxy", y: "goal", r: 2.5, fill: "currentColor", fillOpacity: 0.45 }),
        Plot.text(
          points.filter((row) => row["deterministic"] !== ""),
          { x: "proxy", y: "goal", text: "deterministic", dx: 10, dy: -8, fontSize: 12, fill: "currentColor" },
        ),
        Plot.arrow(table(data, "worstPair"), {
          x1: "fromProxy",
          y1: "fromGoal",
          x2: "toProxy",
          y2: "toGoal",
          stroke: contrast,
          strokeWidth: 2.5,
          headLength: 10,
          inset: 3,
        }),
        Plot.dot(table(data, "worstPair"), { x: "fromProxy", y: "fromGoal", r: 4.5, fill: accent }),
        Plot.text([verdict], { frameAnchor: "top-right", dy: -20, fontSize: 12, fill: "currentColor" }),
      ],
    };
  },

  describe(data, controls) {
    const summary = table(data, "summary")[0]!;
    const worst = table(data, "worstPair")[0];
    const proxy = [1, 2, 3].map((arm) => controlValue(controls, `proxyArm${arm}`)).join(", ");
    const set = controlValue(controls, "policySet") === 2 ? "the 3 deterministic policies" : `the ${summary["policies"]} policies of a grid of step 1/${banditGridResolution} over the simplex`;
    const f = (value: unknown) => Number(value).toFixed(2);
    const onAll = summary["hackableOnAllStochastic"]
      ? "On the set of all stochastic policies the pair is hackable."
      : `On the set of all stochastic policies the pair is unhackable (${summary["proxyTrivial"] ? "the proxy is constant" : "the proxy is equivalent to the true reward"}).`;
    return (
      `True reward per arm ${banditTrueRewards.join(", ")}; proxy reward per arm ${proxy}. Shown: ${set} as points (proxy value, true value). ` +
      `${summary["hackingPairs"]} of ${summary["pairs"]} pairs are hacking pairs, ordered oppositely by the proxy and the true reward` +
      (worst
        ? `; the arrow goes from (${f(worst["fromProxy"])}, ${f(worst["fromGoal"])}) to (${f(worst["toProxy"])}, ${f(worst["toGoal"])}), the proxy rising while the true value falls most. `
        : ". ") +
      onAll
    );
  },
};

export default rewardHackingBanditFigure;
