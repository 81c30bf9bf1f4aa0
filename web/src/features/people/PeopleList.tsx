import type { OrgLookups, User } from '../../api/types';
import { ListSkeleton, WindowVirtualList } from '../../components/WindowVirtualList';
import { PeopleListHeader, PersonRow } from './PersonRow';

/** Props: the loaded people, whether more pages exist, and how to fetch the next one. */
export interface PeopleListProps {
  people: User[];
  lookups: OrgLookups;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

/** The directory list: only visible rows are in the DOM, the next page loads ahead of the scroll. */
export function PeopleList({ people, lookups, hasMore, loadingMore, onLoadMore }: PeopleListProps) {
  return (
    <WindowVirtualList
      items={people}
      hasMore={hasMore}
      loadingMore={loadingMore}
      onLoadMore={onLoadMore}
      rowHeight={{ wide: 68, compact: 76 }}
      header={<PeopleListHeader />}
      overscan={12}
      testId="people-list"
      renderRow={(user, { top, height, compact }) => (
        <PersonRow key={user.id} user={user} lookups={lookups} compact={compact} top={top} height={height} />
      )}
    />
  );
}

/** Placeholder rows while the first page loads. */
export function PeopleListSkeleton() {
  return <ListSkeleton rowHeight={40} />;
}
