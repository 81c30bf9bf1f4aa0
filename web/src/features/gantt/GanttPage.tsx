import { Button, EmptyState, Group, Paper, SegmentedControl, Skeleton, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsMaximize, IconArrowsMinimize, IconPhotoDown, IconTimeline } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import type { BarSide } from './arrows';
import { linkTypeOf } from './arrows';
import { dateExtent, spanOf } from './chartModel';
import { dayOf, dayOfDate, isoOfDay } from './days';
import { changedDates, type DaySpan } from './dragDates';
import { chartToPng, download } from './exportPng';
import { addLink, saveTaskDates, useGantt, useRefreshProject } from './ganttApi';
import { GanttChart } from './GanttChart';
import { ganttErrorMessage } from './ganttErrors';
import { GanttLegend } from './GanttLegend';
import { LinkTypeModal, type LinkDraft } from './LinkTypeModal';
import { ProjectHeader } from './ProjectHeader';
import { defaultSpan } from './scheduling';
import { buildTree, flattenTree, parentIds } from './taskTree';
import { ZOOMS, makeScale, type Zoom } from './timeScale';
import type { GanttData, GanttTask, LinkType } from './types';
import { UnscheduledPanel } from './UnscheduledPanel';

/** The chart fills the window below the header, tabs and toolbar, but never gets unusably short. */
const CHART_HEIGHT = 'max(420px, calc(100dvh - 56px - 250px))';

/** The project's Gantt chart: the task tree and timeline, editable in place by those who may. */
export function GanttPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const gantt = useGantt(id);
  return (
    <>
      <ProjectHeader projectId={id} page="gantt" />
      {gantt.isPending ? (
        <Stack>
          <Skeleton h={36} w={420} />
          <Skeleton h={CHART_HEIGHT} />
        </Stack>
      ) : gantt.isError ? (
        <ErrorState error={gantt.error} onRetry={() => void gantt.refetch()} />
      ) : gantt.data.tasks.length === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState
            icon={<IconTimeline />}
            withIndicatorBackground
            title={t('gantt.empty.title')}
            description={t('gantt.empty.description')}
          />
        </Paper>
      ) : (
        <GanttWorkspace projectId={id} data={gantt.data} />
      )}
    </>
  );
}

function GanttWorkspace({ projectId, data }: { projectId: string; data: GanttData }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshProject(projectId);
  const [zoom, setZoom] = useState<Zoom>('week');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [overrides, setOverrides] = useState<ReadonlyMap<string, DaySpan>>(new Map());
  const [linkDraft, setLinkDraft] = useState<LinkDraft | null>(null);
  const [linking, setLinking] = useState(false);
  const [exporting, setExporting] = useState(false);
  const today = dayOfDate(new Date());

  const tree = useMemo(() => buildTree(data.tasks), [data.tasks]);
  const rows = useMemo(() => flattenTree(tree, collapsed), [tree, collapsed]);
  const undated = useMemo(() => data.tasks.filter((task) => !spanOf(task)), [data.tasks]);
  const extent = useMemo(() => dateExtent(data.tasks), [data.tasks]);
  const scale = useMemo(
    () => makeScale(zoom, Math.min(extent?.from ?? today, today), Math.max(extent?.to ?? today, today), 1600),
    [zoom, extent, today],
  );

  const canEdit = useCallback((task: GanttTask) => task.canEdit, []);

  const setOverride = useCallback((taskId: string, span: DaySpan | null) => {
    setOverrides((current) => {
      const next = new Map(current);
      if (span) next.set(taskId, span);
      else next.delete(taskId);
      return next;
    });
  }, []);

  const saveSpan = useCallback(
    async (task: GanttTask, dates: { startDate?: string; endDate?: string }, shown: DaySpan) => {
      setOverride(task.id, shown);
      try {
        const saved = await saveTaskDates(task.id, dates);
        const moved = saved.shifted?.length ?? 0;
        if (moved > 0)
          notifications.show({ color: 'blue', message: t('gantt.shifted', { count: moved, title: task.title }) });
      } catch (err) {
        notifications.show({
          color: 'red',
          title: t('gantt.saveFailed', { title: task.title }),
          message: ganttErrorMessage(err, t, 'move'),
        });
      } finally {
        // Dependants may have moved: the fresh chart replaces the pending bar.
        await refresh();
        setOverride(task.id, null);
      }
    },
    [refresh, setOverride, t],
  );

  const onChangeSpan = useCallback(
    (task: GanttTask, _before: DaySpan, after: DaySpan) => {
      // Only a task's own dates are saved (a parent's bar spans its subtasks and is not dragged).
      const own = { startDate: task.plannedStartDate, endDate: task.plannedEndDate };
      const base = spanOf(own);
      if (!base || !own.startDate || !own.endDate) return;
      const dates = changedDates({ startDate: own.startDate, endDate: own.endDate }, base, after);
      if (dates.startDate || dates.endDate) void saveSpan(task, dates, after);
    },
    [saveSpan],
  );

  const schedule = useCallback(
    (task: GanttTask, startDay: number) => {
      const span = defaultSpan(startDay, task.deadline ? dayOf(task.deadline) : null);
      void saveSpan(task, { startDate: isoOfDay(span.startDay), endDate: isoOfDay(span.endDay) }, span);
    },
    [saveSpan],
  );

  const onLink = useCallback((from: { task: GanttTask; side: BarSide }, to: { task: GanttTask; side: BarSide }) => {
    setLinkDraft({ predecessor: from.task, successor: to.task, type: linkTypeOf(from.side, to.side) });
  }, []);

  async function createLink() {
    if (!linkDraft) return;
    const { type } = linkDraft;
    setLinking(true);
    try {
      await addLink(linkDraft.successor.id, linkDraft.predecessor.id, type);
      setLinkDraft(null);
      await refresh();
    } catch (err) {
      notifications.show({ color: 'red', title: t('gantt.link.failed'), message: ganttErrorMessage(err, t) });
    } finally {
      setLinking(false);
    }
  }

  async function exportPng() {
    setExporting(true);
    try {
      const blob = await chartToPng({ rows, links: data.links, scale, today, lng: i18n.language, t });
      download(blob, `${data.project.name}.png`);
    } catch (err) {
      notifications.show({ color: 'red', message: ganttErrorMessage(err, t) });
    } finally {
      setExporting(false);
    }
  }

  const toggle = useCallback((taskId: string) => {
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(taskId)) next.delete(taskId);
      else next.add(taskId);
      return next;
    });
  }, []);

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <SegmentedControl
          value={zoom}
          onChange={(value) => setZoom(value as Zoom)}
          data={ZOOMS.map((value) => ({ value, label: t(`gantt.zoom.${value}`) }))}
          aria-label={t('gantt.zoom.label')}
        />
        <Group gap="xs">
          <Button
            variant="default"
            size="sm"
            leftSection={<IconArrowsMaximize size={16} />}
            onClick={() => setCollapsed(new Set())}
          >
            {t('gantt.expandAll')}
          </Button>
          <Button
            variant="default"
            size="sm"
            leftSection={<IconArrowsMinimize size={16} />}
            onClick={() => setCollapsed(new Set(parentIds(tree)))}
          >
            {t('gantt.collapseAll')}
          </Button>
          <Button
            variant="default"
            size="sm"
            leftSection={<IconPhotoDown size={16} />}
            loading={exporting}
            onClick={() => void exportPng()}
          >
            {t('gantt.exportPng')}
          </Button>
        </Group>
      </Group>
      <Group align="flex-start" gap="sm" wrap="nowrap" style={{ flexWrap: 'wrap' }}>
        <Paper withBorder style={{ flex: '1 1 600px', minWidth: 0, overflow: 'hidden' }}>
          <GanttChart
            rows={rows}
            links={data.links}
            scale={scale}
            today={today}
            overrides={overrides}
            firstDay={extent?.from ?? today}
            height={CHART_HEIGHT}
            canEdit={canEdit}
            onToggle={toggle}
            onChangeSpan={onChangeSpan}
            onLink={onLink}
            onOpen={(taskId) => void navigate(`/tasks/${taskId}`)}
            onScheduleDrop={(taskId, day) => {
              const task = data.tasks.find((candidate) => candidate.id === taskId);
              if (task && canEdit(task)) schedule(task, day);
            }}
          />
        </Paper>
        {undated.length > 0 && (
          <UnscheduledPanel
            tasks={undated}
            height={CHART_HEIGHT}
            canEdit={canEdit}
            onSchedule={(task) => schedule(task, today)}
          />
        )}
      </Group>
      <GanttLegend />
      <LinkTypeModal
        draft={linkDraft}
        saving={linking}
        onTypeChange={(type: LinkType) => setLinkDraft((draft) => draft && { ...draft, type })}
        onConfirm={() => void createLink()}
        onClose={() => setLinkDraft(null)}
      />
    </Stack>
  );
}
