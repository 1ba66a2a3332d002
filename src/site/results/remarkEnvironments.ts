/**
 * Remark plugin for MDX: <Theorem id="x">…</Theorem> (and every other kind in kinds.ts) becomes
 * <Environment kind="theorem" id="x">, so that one component renders every kind.
 */
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { environmentKindOf } from "./kinds.ts";
import { isJsx } from "./scan.ts";

export default function remarkEnvironments() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (!isJsx(node)) return;
      const kind = environmentKindOf(node.name);
      if (!kind) return;
      node.name = "Environment";
      node.attributes.push({ type: "mdxJsxAttribute", name: "kind", value: kind });
    });
  };
}
