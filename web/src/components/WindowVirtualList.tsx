import { Center, Loader, Paper, Skeleton, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Where a row sits in the list and how tall it is; rows are absolutely placed. */
export interface RowPlacement {
  top: number;
  height: number;
  compact: boolean;
}

/** Props of a paged list that scrolls with the window. */
export interface WindowVirtualListProps<T> {
  items: T[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  /** Row height on a wide and on a narrow (phone) screen. */
  rowHeight: { wide: number; compact: number };
  /** Shown above the rows on a wide screen (column titles). */
  header?: ReactNode;
  /** Rows within this distance of the end trigger the next page, so scrolling rarely waits. */
  prefetchRows?: number;
  overscan?: number;
  testId?: string;
  renderRow: (item: T, placement: RowPlacement) => ReactNode;
}

/**
 * A list virtualised against the window scroll: only visible rows are in the DOM, so tens of
 * thousands of loaded rows stay smooth; the next page is requested before the end is reached.
 */
export function WindowVirtualList<T>({
  items,
  hasMore,
  loadingMore,
  onLoadMore,
  rowHeight,
  header,
  prefetchRows = 30,
  overscan = 10,
  testId,
  renderRow,
}: WindowVirtualListProps<T>) {
  const compact = useMediaQuery('(max-width: 48em)') ?? false;
  const height = compact ? rowHeight.compact : rowHeight.wide;
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  useLayoutEffect(() => {
    setScrollMargin(listRef.current?.offsetTop ?? 0);
  }, [compact]);

  const virtualizer = useWindowVirtualizer({
    count: items.length + (hasMore ? 1 : 0),
    estimateSize: () => height,
    overscan,
    scrollMargin,
  });
  const visible = virtualizer.getVirtualItems();
  const lastIndex = visible[visible.length - 1]?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= items.length - prefetchRows) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, items.length, prefetchRows, onLoadMore]);

  useEffect(() => {
    virtualizer.measure();
  }, [height, virtualizer]);

  return (
    <Paper withBorder style={{ overflow: 'hidden' }}>
      {!compact && header}
      <div ref={listRef} style={{ height: virtualizer.getTotalSize(), position: 'relative' }} data-testid={testId}>
        {visible.map((row) => {
          const item = items[row.index];
          const top = row.start - virtualizer.options.scrollMargin;
          if (item === undefined) {
            return (
              <Center
                key="loader"
                pos="absolute"
                top={0}
                left={0}
                w="100%"
                h={row.size}
                style={{ transform: `translateY(${top}px)` }}
              >
                <Loader size="sm" type="dots" />
              </Center>
            );
          }
          return renderRow(item, { top, height: row.size, compact });
        })}
      </div>
    </Paper>
  );
}

/** Placeholder rows while the first page loads. */
export function ListSkeleton({ rowHeight }: { rowHeight: number }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="lg">
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} h={rowHeight} />
        ))}
      </Stack>
    </Paper>
  );
}
