import { useCallback, useMemo, useState } from 'react';
import { ancestorsOf, initiallyCollapsed, type ChartIndex } from './chartModel';

/** A request to bring a department (and maybe one person in it) into view. */
export interface ChartFocus {
  departmentId: string;
  personId: string | null;
  /** Bumped on every request so choosing the same result twice still re-centres. */
  seq: number;
}

/** The chart's interactive state: folded subtrees, open employee lists, the current focus. */
export function useChartView(index: ChartIndex) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => initiallyCollapsed(index));
  const [employeesOpen, setEmployeesOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [focus, setFocus] = useState<ChartFocus | null>(null);

  const toggleIn = (set: ReadonlySet<string>, id: string) => {
    const next = new Set(set);
    if (!next.delete(id)) next.add(id);
    return next;
  };

  const toggleCollapsed = useCallback((id: string) => setCollapsed((s) => toggleIn(s, id)), []);
  const toggleEmployees = useCallback((id: string) => setEmployeesOpen((s) => toggleIn(s, id)), []);

  const reveal = useCallback(
    (departmentId: string) => {
      const ancestors = ancestorsOf(index, departmentId);
      setCollapsed((s) => {
        if (!ancestors.some((a) => s.has(a))) return s;
        const next = new Set(s);
        ancestors.forEach((a) => next.delete(a));
        return next;
      });
    },
    [index],
  );

  const focusDepartment = useCallback(
    (departmentId: string) => {
      reveal(departmentId);
      setFocus((f) => ({ departmentId, personId: null, seq: (f?.seq ?? 0) + 1 }));
    },
    [reveal],
  );

  const focusPerson = useCallback(
    (personId: string) => {
      const entry = index.people.get(personId);
      if (!entry) return;
      reveal(entry.departmentId);
      if (entry.role === 'employee')
        setEmployeesOpen((s) => (s.has(entry.departmentId) ? s : new Set(s).add(entry.departmentId)));
      setFocus((f) => ({ departmentId: entry.departmentId, personId, seq: (f?.seq ?? 0) + 1 }));
    },
    [index, reveal],
  );

  const expandAll = useCallback(() => setCollapsed(new Set()), []);
  const collapseAll = useCallback(() => {
    // Keep the top two levels: the company and its divisions are the useful overview.
    const next = new Set<string>();
    for (const [id, entry] of index.departments) if (entry.depth >= 1 && entry.node.children.length > 0) next.add(id);
    setCollapsed(next);
    setEmployeesOpen(new Set());
  }, [index]);

  const clearFocus = useCallback(() => setFocus(null), []);

  return useMemo(
    () => ({
      collapsed,
      employeesOpen,
      focus,
      toggleCollapsed,
      toggleEmployees,
      focusDepartment,
      focusPerson,
      expandAll,
      collapseAll,
      clearFocus,
    }),
    [
      collapsed,
      employeesOpen,
      focus,
      toggleCollapsed,
      toggleEmployees,
      focusDepartment,
      focusPerson,
      expandAll,
      collapseAll,
      clearFocus,
    ],
  );
}

/** The value returned by useChartView. */
export type ChartView = ReturnType<typeof useChartView>;
