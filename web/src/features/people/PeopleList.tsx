import { Center, Loader, Paper, Skeleton, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { OrgLookups, User } from '../../api/types';
import { PeopleListHeader, PersonRow } from './PersonRow';

/** Props: the loaded people, whether more pages exist, and how to fetch the next one. */
export interface PeopleListProps {
  people: User[];
  lookups: OrgLookups;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

/** Rows within this distance of the end trigger the next page, so scrolling rarely waits. */
const PREFETCH_ROWS = 30;

/** The directory list, virtualised against the window scroll: only visible rows are in the DOM. */
export function PeopleList({ people, lookups, hasMore, loadingMore, onLoadMore }: PeopleListProps) {
  const compact = useMediaQuery('(max-width: 48em)') ?? false;
  const rowHeight = compact ? 76 : 68;
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  useLayoutEffect(() => {
    setScrollMargin(listRef.current?.offsetTop ?? 0);
  }, [compact]);

  const virtualizer = useWindowVirtualizer({
    count: people.length + (hasMore ? 1 : 0),
    estimateSize: () => rowHeight,
    overscan: 12,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= people.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, people.length, onLoadMore]);

  useEffect(() => {
    virtualizer.measure();
  }, [rowHeight, virtualizer]);

  return (
    <Paper withBorder style={{ overflow: 'hidden' }}>
      {!compact && <PeopleListHeader />}
      <div ref={listRef} style={{ height: virtualizer.getTotalSize(), position: 'relative' }} data-testid="people-list">
        {items.map((item) => {
          const user = people[item.index];
          const top = item.start - virtualizer.options.scrollMargin;
          if (!user) {
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
          return (
            <PersonRow key={user.id} user={user} lookups={lookups} compact={compact} top={top} height={item.size} />
          );
        })}
      </div>
    </Paper>
  );
}

/** Placeholder rows while the first page loads. */
export function PeopleListSkeleton() {
  return (
    <Paper withBorder p="md">
      <Stack gap="lg">
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} h={40} />
        ))}
      </Stack>
    </Paper>
  );
}
