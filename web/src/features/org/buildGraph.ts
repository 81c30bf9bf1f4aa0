import type { Edge, Node } from '@xyflow/react';
import type { OrgChartNode } from '../../api/types';
import { CARD, cardHeight } from './chartModel';
import { layoutTree, type LayoutNode, type Position } from './treeLayout';

/** What a department card needs to draw itself. */
export type DepartmentNodeData = {
  dept: OrgChartNode;
  height: number;
  employeesOpen: boolean;
  collapsed: boolean;
  highlighted: boolean;
  highlightedPersonId: string | null;
};

/** The xyflow node type of a department card. */
export type DepartmentFlowNode = Node<DepartmentNodeData, 'department'>;

/** The chart's current view state. */
export interface ChartViewState {
  collapsed: ReadonlySet<string>;
  employeesOpen: ReadonlySet<string>;
  highlightedDepartmentId: string | null;
  highlightedPersonId: string | null;
}

/** The graph to render plus each card's box, used for centring on a search result. */
export interface ChartGraph {
  nodes: DepartmentFlowNode[];
  edges: Edge[];
  boxes: Map<string, Position & { width: number; height: number }>;
}

function toLayout(node: OrgChartNode, state: ChartViewState): LayoutNode {
  return {
    id: node.id,
    width: CARD.width,
    height: cardHeight(node, state.employeesOpen.has(node.id)),
    children: state.collapsed.has(node.id) ? [] : node.children.map((c) => toLayout(c, state)),
  };
}

/** Lays out the visible part of the tree and turns it into xyflow nodes and edges. */
export function buildGraph(root: OrgChartNode, state: ChartViewState): ChartGraph {
  const layoutRoot = toLayout(root, state);
  const positions = layoutTree(layoutRoot, { siblingGap: 28, rowGap: 72 });
  const nodes: DepartmentFlowNode[] = [];
  const edges: Edge[] = [];
  const boxes: ChartGraph['boxes'] = new Map();

  const visit = (node: OrgChartNode, layout: LayoutNode) => {
    const position = positions.get(node.id) ?? { x: 0, y: 0 };
    boxes.set(node.id, { ...position, width: layout.width, height: layout.height });
    nodes.push({
      id: node.id,
      type: 'department',
      position,
      width: layout.width,
      height: layout.height,
      draggable: false,
      selectable: false,
      connectable: false,
      data: {
        dept: node,
        height: layout.height,
        employeesOpen: state.employeesOpen.has(node.id),
        collapsed: state.collapsed.has(node.id),
        highlighted: state.highlightedDepartmentId === node.id,
        highlightedPersonId: state.highlightedPersonId,
      },
    });
    layout.children.forEach((childLayout, i) => {
      const child = node.children[i];
      if (!child) return;
      edges.push({
        id: `${node.id}->${child.id}`,
        source: node.id,
        target: child.id,
        type: 'smoothstep',
        selectable: false,
      });
      visit(child, childLayout);
    });
  };
  visit(root, layoutRoot);
  return { nodes, edges, boxes };
}
