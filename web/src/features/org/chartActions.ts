import { createContext, useContext } from 'react';

/** What a card can ask the chart to do (passed by context so node data stays plain). */
export interface ChartActions {
  toggleCollapsed: (departmentId: string) => void;
  toggleEmployees: (departmentId: string) => void;
  openPerson: (userId: string) => void;
}

/** Context carrying the chart's actions down to the cards. */
export const ChartActionsContext = createContext<ChartActions | null>(null);

/** The chart actions; cards are only ever rendered inside the chart. */
export function useChartActions(): ChartActions {
  const actions = useContext(ChartActionsContext);
  if (!actions) throw new Error('useChartActions outside the org chart');
  return actions;
}
