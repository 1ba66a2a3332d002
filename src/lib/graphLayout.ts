/**
 * Layered layout of a directed graph (dagre), used at build time for the dependency graph of
 * results and for catalogued causal graphs. Pure: boxes and edges in, coordinates out.
 */
import dagre from "@dagrejs/dagre";

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

export interface LayoutEdge {
  from: string;
  to: string;
}

export interface PlacedNode extends LayoutNode {
  /** Centre of the box. */
  x: number;
  y: number;
}

export interface PlacedEdge extends LayoutEdge {
  points: { x: number; y: number }[];
}

export interface GraphLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

export function layoutGraph(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], direction: "TB" | "LR" = "TB"): GraphLayout {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: direction, nodesep: 18, ranksep: 42, marginx: 8, marginy: 8 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: node.width, height: node.height });
  for (const edge of edges) {
    if (!graph.hasNode(edge.from) || !graph.hasNode(edge.to)) throw new Error(`edge ${edge.from} → ${edge.to} names a node that is not in the graph`);
    graph.setEdge(edge.from, edge.to);
  }
  dagre.layout(graph);
  const { width = 0, height = 0 } = graph.graph();
  return {
    nodes: nodes.map((node) => {
      const placed = graph.node(node.id);
      return { ...node, x: placed.x, y: placed.y };
    }),
    edges: edges.map((edge) => ({ ...edge, points: graph.edge(edge.from, edge.to).points ?? [] })),
    width,
    height,
  };
}
