import type { TaskListItem } from '@artel/common';
import { ListSkeleton, WindowVirtualList } from '../../components/WindowVirtualList';
import { TaskListHeader, TaskRow } from './TaskRow';

/** Props: the loaded tasks, whether more pages exist, and how to fetch the next one. */
export interface TaskListProps {
  tasks: TaskListItem[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

/** The task list: only visible rows are in the DOM, the next page loads ahead of the scroll. */
export function TaskList({ tasks, hasMore, loadingMore, onLoadMore }: TaskListProps) {
  return (
    <WindowVirtualList
      items={tasks}
      hasMore={hasMore}
      loadingMore={loadingMore}
      onLoadMore={onLoadMore}
      rowHeight={{ wide: 64, compact: 72 }}
      header={<TaskListHeader />}
      prefetchRows={40}
      testId="task-list"
      renderRow={(task, { top, height, compact }) => (
        <TaskRow key={task.id} task={task} compact={compact} top={top} height={height} />
      )}
    />
  );
}

/** Placeholder rows while the first page loads. */
export function TaskListSkeleton() {
  return <ListSkeleton rowHeight={36} />;
}
