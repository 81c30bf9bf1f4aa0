import { Button, EmptyState, Paper } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserSearch } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useOrgLookups } from '../../api/queries';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { usePeopleList } from './peopleApi';
import { PeopleFiltersBar } from './PeopleFilters';
import { PeopleList, PeopleListSkeleton } from './PeopleList';

/** The "who's who" directory: search, filters and a virtualised list of everyone. */
export function PeoplePage() {
  const { t } = useTranslation();
  // Filters live in the address so a filtered view can be shared and survives Back.
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const departmentId = params.get('department');
  const officeId = params.get('office');
  const [debouncedQuery] = useDebouncedValue(query, 250);
  const lookups = useOrgLookups();

  const setParam = useCallback(
    (key: string, value: string | null) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const list = usePeopleList({ q: debouncedQuery, departmentId, officeId });
  const people = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const filtered = Boolean(query || departmentId || officeId);

  return (
    <>
      <PageHeader title={t('people.title')} description={t('people.description')} />
      <PeopleFiltersBar
        query={query}
        departmentId={departmentId}
        officeId={officeId}
        onQuery={(v) => setParam('q', v)}
        onDepartment={(v) => setParam('department', v)}
        onOffice={(v) => setParam('office', v)}
      />
      {list.isPending ? (
        <PeopleListSkeleton />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : people.length === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState
            icon={<IconUserSearch />}
            withIndicatorBackground
            title={t(filtered ? 'people.noMatchesTitle' : 'people.emptyTitle')}
            description={t(filtered ? 'people.noMatchesDescription' : 'people.emptyDescription')}
          >
            {filtered && (
              <EmptyState.Actions>
                <Button variant="default" onClick={() => setParams({}, { replace: true })}>
                  {t('people.resetFilters')}
                </Button>
              </EmptyState.Actions>
            )}
          </EmptyState>
        </Paper>
      ) : (
        <PeopleList
          people={people}
          lookups={lookups}
          hasMore={Boolean(hasNextPage)}
          loadingMore={isFetchingNextPage}
          onLoadMore={loadMore}
        />
      )}
    </>
  );
}
