import { useComputedColorScheme } from '@mantine/core';
import { Background, Controls, ReactFlow, ReactFlowProvider, useReactFlow, type NodeTypes } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OrgChartNode } from '../../api/types';
import { buildGraph, type ChartGraph } from './buildGraph';
import { ChartActionsContext, type ChartActions } from './chartActions';
import { CARD } from './chartModel';
import { DepartmentCard } from './DepartmentCard';
import type { ChartView } from './useChartView';

const NODE_TYPES: NodeTypes = { department: DepartmentCard };
const MIN_READABLE_ZOOM = 0.55;

/** Props: the tree and the interactive state from useChartView. */
export interface OrgChartCanvasProps {
  root: OrgChartNode;
  view: ChartView;
}

function useInitialViewport(graph: ChartGraph, container: React.RefObject<HTMLDivElement | null>) {
  const flow = useReactFlow();
  const done = useRef(false);
  return () => {
    if (done.current) return;
    done.current = true;
    const el = container.current;
    const rootBox = graph.boxes.values().next().value;
    if (!el || !rootBox) return;
    let minX = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const b of graph.boxes.values()) {
      minX = Math.min(minX, b.x);
      maxX = Math.max(maxX, b.x + b.width);
      maxY = Math.max(maxY, b.y + b.height);
    }
    const fit = Math.min((el.clientWidth - 48) / (maxX - minX), (el.clientHeight - 48) / (maxY + 24), 1);
    if (fit >= MIN_READABLE_ZOOM) {
      void flow.fitView({ padding: 0.08, maxZoom: 1 });
      return;
    }
    // Too wide to read when fitted: start at a readable zoom with the top of the company in view.
    const zoom = Math.max(Math.min(el.clientWidth / (CARD.width * 2.2), 0.75), 0.5);
    void flow.setViewport({ x: el.clientWidth / 2 - (rootBox.x + rootBox.width / 2) * zoom, y: 24, zoom });
  };
}

function Canvas({ root, view }: OrgChartCanvasProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flow = useReactFlow();
  const scheme = useComputedColorScheme('light');
  const container = useRef<HTMLDivElement>(null);
  const { collapsed, employeesOpen, focus, toggleCollapsed, toggleEmployees } = view;

  const graph = useMemo(
    () =>
      buildGraph(root, {
        collapsed,
        employeesOpen,
        highlightedDepartmentId: focus?.departmentId ?? null,
        highlightedPersonId: focus?.personId ?? null,
      }),
    [root, collapsed, employeesOpen, focus],
  );

  const actions = useMemo<ChartActions>(
    () => ({ toggleCollapsed, toggleEmployees, openPerson: (id) => void navigate(`/people/${id}`) }),
    [toggleCollapsed, toggleEmployees, navigate],
  );

  const onInit = useInitialViewport(graph, container);
  const ariaLabels = useMemo(
    () => ({
      'controls.ariaLabel': t('org.controls'),
      'controls.zoomIn.ariaLabel': t('org.zoomIn'),
      'controls.zoomOut.ariaLabel': t('org.zoomOut'),
      'controls.fitView.ariaLabel': t('org.fitView'),
    }),
    [t],
  );

  // Centre on the focused card once the layout that reveals it is on screen.
  const boxes = graph.boxes;
  useEffect(() => {
    if (!focus) return;
    const box = boxes.get(focus.departmentId);
    if (!box) return;
    const zoom = Math.max(flow.getZoom(), 0.9);
    void flow.setCenter(box.x + box.width / 2, box.y + Math.min(box.height, 420) / 2, { zoom, duration: 500 });
  }, [focus, boxes, flow]);

  return (
    <ChartActionsContext.Provider value={actions}>
      <div ref={container} style={{ width: '100%', height: '100%' }} data-testid="org-chart">
        <ReactFlow
          nodes={graph.nodes}
          edges={graph.edges}
          nodeTypes={NODE_TYPES}
          colorMode={scheme}
          onInit={onInit}
          minZoom={0.15}
          maxZoom={1.6}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          zoomOnDoubleClick={false}
          onlyRenderVisibleElements={graph.nodes.length > 120}
          defaultEdgeOptions={{ style: { strokeWidth: 1.5 } }}
          proOptions={{ hideAttribution: true }}
          ariaLabelConfig={ariaLabels}
        >
          <Background gap={24} size={1} />
          <Controls showInteractive={false} position="bottom-right" />
        </ReactFlow>
      </div>
    </ChartActionsContext.Provider>
  );
}

/** The pan-and-zoom org chart (its own chunk, with xyflow). */
export function OrgChartCanvas(props: OrgChartCanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}
