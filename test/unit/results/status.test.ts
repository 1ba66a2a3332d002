// The status pass: what backs each result is derived from the proof files and the check registry,
// and a result without a check fails the build with its file and line.
import { describe, expect, it } from "vitest";
import type { LabelledItem } from "../../../src/site/results/index";
import { graphNodeLines, graphNodeStyle } from "../../../src/site/results/graphNodes";
import { buildStatuses, statusPhrases, statusSummary, type FormalDeclaration } from "../../../src/site/results/status";

const item = (label: string, kind: LabelledItem["kind"], line: number, title?: string): LabelledItem => ({
  label, kind, number: `1.${line}`, display: `${kind[0]!.toUpperCase()}${kind.slice(1)} 1.${line}`, href: `/a/#${label}`,
  pageId: "a", file: "content/a.mdx", line, title, statement: [], tag: `000${line}`, environment: undefined,
});

const results = [
  item("basis", "definition", 1),
  item("small-lemma", "lemma", 2, "A small lemma"),
  item("tested-theorem", "theorem", 3),
  item("top", "corollary", 4),
  item("formal-special", "proposition", 5),
];
const uses = new Map([
  ["small-lemma", ["basis"]],
  ["tested-theorem", ["small-lemma"]],
  ["top", ["tested-theorem", "formal-special"]],
]);
const formal = (label: string, tag: string, scope: FormalDeclaration["scope"]): FormalDeclaration => ({
  file: "content/formal/A.v", line: 10, tag, label, scope, declarationKind: "Theorem", name: label.replace(/-/g, "_"), statement: "Theorem x : True.", assumptions: [],
});
const checks = [
  { theorem: "tested-theorem", label: "random instances", instances: 300 },
  { theorem: "tested-theorem", label: "boundary instances", instances: 20 },
  { theorem: "top", label: "top", instances: 5 },
];
const inputs = {
  results, uses, checks, checksFile: "checks/",
  formal: [formal("small-lemma", "0002", { kind: "full" }), formal("formal-special", "0005", { kind: "special", description: "finite spaces" })],
};

describe("result statuses", () => {
  const statuses = buildStatuses(inputs);

  it("takes the strongest check: a full Coq proof, a special case, tests", () => {
    expect(statuses.get("small-lemma")?.level).toBe("formal-full");
    expect(statuses.get("formal-special")?.level).toBe("formal-special");
    expect(statuses.get("tested-theorem")?.level).toBe("tested");
    expect(statuses.get("tested-theorem")?.instances).toBe(320);
    expect(statuses.get("basis")?.provable).toBe(false);
  });

  it("says what backs each result in words", () => {
    expect(statusPhrases(statuses.get("small-lemma")!)).toEqual(["Proved in Coq (full)"]);
    expect(statusPhrases(statuses.get("formal-special")!)).toEqual(["Proved in Coq (special case: finite spaces)"]);
    expect(statusPhrases(statuses.get("tested-theorem")!)).toEqual(["Tested on 320 instances"]);
  });

  it("says when the proof is the source's, beside what tests the statement", () => {
    const cited = buildStatuses({ ...inputs, proofSources: new Map([["tested-theorem", { citation: "Gao et al. 2022", section: "Section 3" }]]) });
    expect(statusPhrases(cited.get("tested-theorem")!)).toEqual(["Tested on 320 instances", "Proof in the source (Gao et al. 2022, Section 3)"]);
    expect(statusSummary(cited.get("tested-theorem")!)).toBe("tested on 320, proof in the source");
    expect(cited.get("top")?.proofInSource).toBeUndefined();
    expect(statusSummary(cited.get("top")!)).toBe("tested on 5");
  });

  it("marks a result fully checked when it and every result it depends on are checked", () => {
    expect(statuses.get("top")?.fullyChecked).toBe(true);
    expect(statuses.get("top")?.uncheckedAncestors).toEqual([]);
    expect(statuses.get("tested-theorem")?.fullyChecked).toBe(true);
  });

  it("fills a graph box by how far its proof is machine-checked: in Coq down to its roots, in Coq itself, not in Coq", () => {
    expect(graphNodeStyle(statuses.get("small-lemma"))).toEqual({ border: "formal", fill: "full" });
    expect(graphNodeStyle(statuses.get("formal-special"))).toEqual({ border: "formal-special", fill: "full" });
    expect(graphNodeStyle(statuses.get("top"))).toEqual({ border: "tested", fill: "none" });
    expect(graphNodeStyle(statuses.get("basis"))).toEqual({ border: "plain", fill: "none" });
    expect(statuses.get("top")?.informalAncestors).toEqual(["tested-theorem"]);
    // a Coq proof whose proof uses a result that is only tested
    const above = buildStatuses({ ...inputs, uses: new Map([...uses, ["formal-special", ["tested-theorem"]]]) });
    expect(above.get("formal-special")?.formallyClosed).toBe(false);
    expect(graphNodeStyle(above.get("formal-special"))).toEqual({ border: "formal-special", fill: "partial" });
  });

  it("fails on a result without a check, naming its file and line", () => {
    const without = { ...inputs, checks: checks.filter((check) => check.theorem !== "top") };
    expect(() => buildStatuses(without)).toThrow(`content/a.mdx:4: corollary "top" has no executable check`);
  });

  it("rejects a check of a definition, a check of nothing, and a Coq proof naming the wrong tag", () => {
    expect(() => buildStatuses({ ...inputs, checks: [...checks, { theorem: "basis", label: "defs", instances: 1 }] })).toThrow(/only theorem, lemma, proposition, corollary are checked/);
    expect(() => buildStatuses({ ...inputs, checks: [...checks, { theorem: "gone", label: "orphan", instances: 1 }] })).toThrow(`checks/: the check "orphan" names "gone", which no page defines`);
    expect(() => buildStatuses({ ...inputs, formal: [formal("small-lemma", "0009", { kind: "full" }), inputs.formal[1]!] })).toThrow(`content/formal/A.v:10: small_lemma names tag 0009, but "small-lemma" has tag 0002`);
  });

  it("labels graph boxes with an abbreviated number and a short title cut at a word", () => {
    expect(graphNodeLines(item("long", "proposition", 7, "When a regulariser raises efficiency"))).toEqual({ number: "Prop 1.7", title: "When a regulariser…" });
    expect(graphNodeLines(item("short", "lemma", 8, "Cosine of a sum"))).toEqual({ number: "Lem 1.8", title: "Cosine of a sum" });
  });
});
