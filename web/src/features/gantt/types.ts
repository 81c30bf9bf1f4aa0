import type { Gantt } from '@artel/common';

export type { GanttLink, GanttTask, ProjectProgress, UpdatedTask } from '@artel/common';

/** A link type: finish-to-start, start-to-start, finish-to-finish, start-to-finish. */
export type LinkType = 'FS' | 'SS' | 'FF' | 'SF';

/** The answer of `GET /projects/:id/gantt`. */
export type GanttData = Gantt;
