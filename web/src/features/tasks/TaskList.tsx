import type { TaskListItem } from '@artel/common';
import { Center, Loader, Paper, Skeleton, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { TaskListHeader, TaskRow } from './TaskRow';

/** Props: the loaded tasks, whether more pages exist, and how to fetch the next one. */
export interface TaskListProps {
  tasks: TaskListItem[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

/** Rows within this distance of the end trigger the next page. */
const PREFETCH_ROWS = 40;

/** The task list, virtualised against the window scroll: only visible rows are in the DOM. */
export function TaskList({ tasks, hasMore, loadingMore, onLoadMore }: TaskListProps) {
  const compact = useMediaQuery('(max-width: 48em)') ?? false;
  const rowHeight = compact ? 72 : 64;
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  useLayoutEffect(() => {
    setScrollMargin(listRef.current?.offsetTop ?? 0);
  }, [compact]);

  const virtualizer = useWindowVirtualizer({
    count: tasks.length + (hasMore ? 1 : 0),
    estimateSize: () => rowHeight,
    overscan: 10,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= tasks.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, tasks.length, onLoadMore]);

  useEffect(() => {
    virtualizer.measure();
  }, [rowHeight, virtualizer]);

  return (
    <Paper withBorder style={{ overflow: 'hidden' }}>
      {!compact && <TaskListHeader />}
      <div ref={listRef} style={{ height: virtualizer.getTotalSize(), position: 'relative' }} data-testid="task-list">
        {items.map((item) => {
          const task = tasks[item.index];
          const top = item.start - virtualizer.options.scrollMargin;
          if (!task) {
            return (
              <Center
                key="loader"
                pos="absolute"
                top={0}
                left={0}
                w="100%"
                h={item.size}
                style={{ transform: `translateY(${top}px)` }}
              >
                <Loader size="sm" type="dots" />
              </Center>
            );
          }
          return <TaskRow key={task.id} task={task} compact={compact} top={top} height={item.size} />;
        })}
      </div>
    </Paper>
  );
}

/** Placeholder rows while the first page loads. */
export function TaskListSkeleton() {
  return (
    <Paper withBorder p="md">
      <Stack gap="lg">
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} h={36} />
        ))}
      </Stack>
    </Paper>
  );
}
