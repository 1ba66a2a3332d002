// Every built page is valid HTML by html-validate's standards-conformance rules.
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { builtPages } from "../support/dist.mjs";

const validator = new HtmlValidate({ extends: ["html-validate:standard"] });
const pages: { path: string; html: string }[] = builtPages();

async function problems(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) =>
    result.messages.map((message) => `${name}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
  );
}

describe("HTML validity", () => {
  it.each(pages.map((page) => [page.path, page] as const))("%s is valid", async (path, page) => {
    expect(await problems(page.html, path)).toEqual([]);
  });

  it("rejects invalid markup (the check can fail)", async () => {
    const found = await problems("<!doctype html><html lang=en><head><title>x</title></head><body><p><div></p></body></html>", "bad");
    expect(found.length).toBeGreaterThan(0);
  });
});
