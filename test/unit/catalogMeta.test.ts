// Example metadata: a clear error naming the file, the field and what was expected.
import { describe, expect, it } from "vitest";
import { parseExampleMeta } from "../../src/site/catalog/meta";

const valid = `tag: "00A1"
title: Collecting rocks for diamonds
summary: An agent rewarded for every item it brings back learns to bring back rocks, which are easier to find than diamonds.
mechanisms: [tampering]
tamperingCase: independent-cause
effect: naive
manheimGarrabrant: [causal]
goal: diamonds collected
proxy: items counted by the reward
observed: the agent collects rocks
sources:
  - title: Reward tampering problems and solutions in reinforcement learning
    authors: Everitt, Hutter, Kumar and Krakovna
    year: 2021
    url: https://arxiv.org/abs/1908.04734
`;

describe("example metadata", () => {
  it("accepts a complete file", () => {
    expect(parseExampleMeta(valid, "meta.yaml").mechanisms).toEqual(["tampering"]);
  });

  it("names a missing field", () => {
    expect(() => parseExampleMeta(valid.replace(/^proxy:.*\n/m, ""), "content/catalog/x/meta.yaml")).toThrow(/content\/catalog\/x\/meta\.yaml: field "proxy": /);
  });

  it("names an unknown mechanism and lists the known ones", () => {
    expect(() => parseExampleMeta(valid.replace("[tampering]", "[tampering, wishful]"), "m.yaml")).toThrow(
      /m\.yaml: field "mechanisms\.1": Invalid option: expected one of "regressional"\|"extremal"\|"tampering"\|"generalisation"/,
    );
  });

  it("requires the tampering case exactly for tampering examples", () => {
    expect(() => parseExampleMeta(valid.replace("tamperingCase: independent-cause\n", ""), "m.yaml")).toThrow('m.yaml: field "tamperingCase": tamperingCase is required exactly when mechanisms include tampering');
  });

  it("names a missing Manheim–Garrabrant field and lists the subtypes", () => {
    expect(() => parseExampleMeta(valid.replace(/^manheimGarrabrant:.*\n/m, ""), "content/catalog/x/meta.yaml")).toThrow(
      /content\/catalog\/x\/meta\.yaml: field "manheimGarrabrant": missing: list the Manheim–Garrabrant subtypes the example shows, from regressional, extremal-model-insufficiency, /,
    );
  });

  it("refuses a subtype the claims cannot show, naming the file, the field and the rule", () => {
    expect(() => parseExampleMeta(valid.replace("[causal]", "[causal, cobra-effect]"), "m.yaml")).toThrow(
      'm.yaml: field "manheimGarrabrant.1": "cobra-effect" requires the tampering mechanism and the adversarial effect (the mapping on /taxonomy/comparison/), but the example claims mechanisms [tampering] and the naive effect',
    );
    expect(() => parseExampleMeta(valid.replace("[causal]", "[regressional]"), "m.yaml")).toThrow('m.yaml: field "manheimGarrabrant.0": "regressional" requires the regressional mechanism');
    expect(() => parseExampleMeta(valid.replace("[causal]", "[adversarial-misappropriation]"), "m.yaml")).toThrow(
      'm.yaml: field "manheimGarrabrant.0": "adversarial-misappropriation" cannot be shown by a model here',
    );
    expect(() => parseExampleMeta(valid.replace("[causal]", "[causal, fraud]"), "m.yaml")).toThrow(/m\.yaml: field "manheimGarrabrant\.1": Invalid option: expected one of "regressional"\|/);
  });

  it("asks an adversarial example for an adversarial subtype", () => {
    expect(() => parseExampleMeta(valid.replace("effect: naive", "effect: adversarial"), "m.yaml")).toThrow(
      'm.yaml: field "manheimGarrabrant": an adversarial example shows one of Manheim and Garrabrant\'s adversarial subtypes',
    );
    expect(parseExampleMeta(valid.replace("effect: naive", "effect: adversarial").replace("[causal]", "[causal, cheating]"), "m.yaml").manheimGarrabrant).toEqual(["causal", "cheating"]);
  });

  it("rejects an unknown field, a bad URL and broken YAML", () => {
    expect(() => parseExampleMeta(`${valid}colour: blue\n`, "m.yaml")).toThrow(/m\.yaml: the file: Unrecognized key: "colour"/);
    expect(() => parseExampleMeta(valid.replace("https://arxiv.org/abs/1908.04734", "http://example.com"), "m.yaml")).toThrow('m.yaml: field "sources.0.url": "http://example.com" is http: a source\'s address must start with https://');
    expect(() => parseExampleMeta(valid.replace("https://arxiv.org/abs/1908.04734", "arxiv.org/abs/1908.04734"), "m.yaml")).toThrow('m.yaml: field "sources.0.url": expected a full https address, such as https://arxiv.org/abs/1908.04734');
    expect(() => parseExampleMeta("title: [unclosed", "m.yaml")).toThrow(/^m\.yaml:\d+: not valid YAML/);
  });
});
