import { describe, expect, it } from "vitest";
import { buildNavigation, chapterOf, hrefOf, neighbours } from "../../src/site/navigation";

const pages = [
  { id: "index", title: "Home", order: 0 },
  { id: "risk/index", title: "Risk", order: 2 },
  { id: "model/index", title: "Model", order: 1 },
  { id: "model/b", title: "B", order: 2 },
  { id: "model/a", title: "A", order: 1 },
  { id: "risk/c", title: "C", order: 5 },
];

describe("navigation", () => {
  it("maps ids to URLs", () => {
    expect(hrefOf("index")).toBe("/");
    expect(hrefOf("model/index")).toBe("/model/");
    expect(hrefOf("model/step-condition")).toBe("/model/step-condition/");
  });

  it("orders parts and chapters by their order field and numbers chapters across parts", () => {
    const navigation = buildNavigation(pages);
    expect(navigation.parts.map((part) => part.slug)).toEqual(["model", "risk"]);
    expect(navigation.parts.flatMap((part) => part.chapters.map((c) => `${c.number} ${c.title}`))).toEqual(["1 A", "2 B", "3 C"]);
    expect(navigation.readingOrder.map((page) => page.href)).toEqual(["/", "/model/", "/model/a/", "/model/b/", "/risk/", "/risk/c/"]);
    expect(chapterOf(navigation, "risk/c")?.number).toBe(3);
    expect(chapterOf(navigation, "model/index")).toBeUndefined();
  });

  it("links each page to its neighbours in reading order", () => {
    const navigation = buildNavigation(pages);
    expect(neighbours(navigation, "model/b")).toMatchObject({ previous: { href: "/model/a/" }, next: { href: "/risk/" } });
    expect(neighbours(navigation, "index").previous).toBeUndefined();
    expect(() => neighbours(navigation, "nowhere")).toThrow('page "nowhere" is not in the reading order');
  });

  it("names the files at fault for a tie, a missing part index and a missing home page", () => {
    expect(() => buildNavigation([...pages, { id: "model/c", title: "C2", order: 2 }])).toThrow(
      'content/model/c.mdx: frontmatter "order" 2 is also used by content/model/b.mdx in part "model"',
    );
    expect(() => buildNavigation([...pages, { id: "extra/x", title: "X", order: 1 }])).toThrow(
      "content/extra/x.mdx: its part has no content/extra/index.mdx introducing it",
    );
    expect(() => buildNavigation(pages.slice(1))).toThrow("content/index.mdx is missing");
    expect(() => buildNavigation([...pages, { id: "model/deep/x", title: "X", order: 9 }])).toThrow("nest one folder deep at most");
  });
});
