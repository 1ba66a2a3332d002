// The page's shared previews: ids by position, and the one CSS rule that shows each while a reference to it is hovered or focused.
import { describe, expect, it } from "vitest";
import { previewId, previewStyle } from "../../../components/results/previews";

describe("shared previews", () => {
  it("number their ids from 1 in order of first reference", () => {
    expect([0, 1, 9].map(previewId)).toEqual(["xref-preview-1", "xref-preview-2", "xref-preview-10"]);
  });

  it("are shown by one rule listing a selector per preview", () => {
    expect(previewStyle(2)).toBe(':root:has([data-preview="xref-preview-1"]:is(:hover,:focus)) #xref-preview-1,:root:has([data-preview="xref-preview-2"]:is(:hover,:focus)) #xref-preview-2{display:block}');
  });

  it("need no rule on a page without references", () => {
    expect(previewStyle(0)).toBe("");
  });
});
