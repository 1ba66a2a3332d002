// The own-words rule applied between texts: RUN_WORDS words in a row shared by two texts count as copied.
// Words only, as in the maintainers' essay check: math, markup and punctuation drop out, so formulas never count.
import { parse } from "yaml";

export const RUN_WORDS = 9;

const words = (text) =>
  text
    .replace(/\$\$[\s\S]*?\$\$/g, " ")
    .replace(/\$[^$\n]*\$/g, " ")
    .toLowerCase()
    .match(/[a-z][a-z'’-]*/g) ?? [];

/** The texts of a meta.yaml, one per field (a run of words never spans two fields). */
function fieldTexts(yamlText) {
  const texts = [];
  const collect = (value) => {
    if (typeof value === "string") texts.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  collect(parse(yamlText));
  return texts;
}

/** Every run of RUN_WORDS words in a meta.yaml's texts. */
export function wordRuns(yamlText) {
  const runs = new Set();
  for (const text of fieldTexts(yamlText)) {
    const list = words(text);
    for (let start = 0; start + RUN_WORDS <= list.length; start++) runs.add(list.slice(start, start + RUN_WORDS).join(" "));
  }
  return runs;
}

/** The passages of a meta.yaml's texts that repeat runs of `runs`: overlapping runs make one passage. */
export function sharedRuns(yamlText, runs) {
  const passages = [];
  for (const text of fieldTexts(yamlText)) {
    const list = words(text);
    let end = -1; // where the passage being collected ends (exclusive)
    let start = 0;
    for (let at = 0; at + RUN_WORDS <= list.length; at++) {
      if (!runs.has(list.slice(at, at + RUN_WORDS).join(" "))) continue;
      if (at > end) {
        if (end >= 0) passages.push(list.slice(start, end).join(" "));
        start = at;
      }
      end = at + RUN_WORDS;
    }
    if (end >= 0) passages.push(list.slice(start, end).join(" "));
  }
  return passages;
}
