import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROW_HEIGHT } from './chartModel';
import classes from './Gantt.module.css';
import type { TreeRow } from './taskTree';
import type { RowWindow } from './virtualWindow';

/** Props: every row (only the window is drawn), the column width, and expand/collapse. */
export interface TreeColumnProps {
  rows: readonly TreeRow[];
  window: RowWindow;
  width: number;
  onToggle: (taskId: string) => void;
}

/** The task names on the left, indented by subtask depth, with expand/collapse buttons. */
export const TreeColumn = memo(function TreeColumn({ rows, window, width, onToggle }: TreeColumnProps) {
  const items = [];
  for (let i = window.first; i < window.last; i++) {
    items.push(<TreeRowItem key={rows[i]!.task.id} row={rows[i]!} index={i} onToggle={onToggle} />);
  }
  return (
    <div className={classes.tree} style={{ width, height: rows.length * ROW_HEIGHT }} role="list">
      {items}
    </div>
  );
});

/** One task line; unchanged lines are kept as they are while the list scrolls. */
const TreeRowItem = memo(function TreeRowItem({
  row,
  index,
  onToggle,
}: {
  row: TreeRow;
  index: number;
  onToggle: (taskId: string) => void;
}) {
  const { t } = useTranslation();
  const { task } = row;
  return (
    <div
      className={classes.treeRow}
      style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT, paddingLeft: 6 + row.depth * 16 }}
      role="listitem"
      data-testid="gantt-row"
      data-task-id={task.id}
    >
      {row.hasChildren ? (
        <button
          type="button"
          className={classes.toggle}
          onClick={() => onToggle(task.id)}
          aria-expanded={row.expanded}
          aria-label={t(row.expanded ? 'gantt.collapse' : 'gantt.expand', { title: task.title })}
        >
          {row.expanded ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
        </button>
      ) : (
        <span className={classes.toggleSpacer} />
      )}
      <Link
        to={`/tasks/${task.id}`}
        className={`${classes.title} ${row.hasChildren ? classes.summaryTitle : ''}`}
        title={task.title}
      >
        {task.title}
      </Link>
      <span className={classes.percent}>{task.progress}%</span>
    </div>
  );
});
