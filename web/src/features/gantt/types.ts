import type { TaskStatus } from '@artel/common';

/** A link type: finish-to-start, start-to-start, finish-to-finish, start-to-finish. */
export type LinkType = 'FS' | 'SS' | 'FF' | 'SF';

/** One task of `GET /projects/:id/gantt`. */
export interface GanttTask {
  id: string;
  title: string;
  parentId: string | null;
  startDate: string | null;
  endDate: string | null;
  deadline: string | null;
  status: TaskStatus;
  /** 0–100. */
  progress: number;
  responsibleId: string;
  critical: boolean;
  slackDays: number | null;
  atRisk: boolean;
}

/** One dependency of `GET /projects/:id/gantt`: `toId` waits on `fromId` as `type` says. */
export interface GanttLink {
  id: string;
  fromId: string;
  toId: string;
  type: LinkType;
}

/** The answer of `GET /projects/:id/gantt`. */
export interface GanttData {
  tasks: GanttTask[];
  links: GanttLink[];
}
