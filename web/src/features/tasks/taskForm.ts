import type { Task, TaskPriority, UserSummary } from '@artel/common';
import { fromLocalInputValue, toLocalInputValue } from './zonedTime';

/** What the task form edits. Dates are input strings: deadline `datetime-local`, plans `YYYY-MM-DD`. */
export interface TaskFormValues {
  title: string;
  description: string;
  responsibleId: string | null;
  participants: UserSummary[];
  observers: UserSummary[];
  project: { id: string; name: string } | null;
  parent: { id: string; title: string } | null;
  deadline: string;
  startDate: string;
  endDate: string;
  priority: TaskPriority;
  tags: string[];
  requiresApproval: boolean;
}

/** Every field the server may name in a 400, mapped onto the form's inputs. */
export const TASK_FORM_FIELDS = [
  'title',
  'description',
  'responsibleId',
  'participantIds',
  'observerIds',
  'projectId',
  'parentId',
  'deadline',
  'startDate',
  'endDate',
  'priority',
  'tags',
] as const;

/** An empty form, with the creator as the responsible person unless told otherwise. */
export function emptyValues(responsibleId: string | null): TaskFormValues {
  return {
    title: '',
    description: '',
    responsibleId,
    participants: [],
    observers: [],
    project: null,
    parent: null,
    deadline: '',
    startDate: '',
    endDate: '',
    priority: 'normal',
    tags: [],
    requiresApproval: false,
  };
}

/** The form filled from a task. */
export function valuesFromTask(task: Task): TaskFormValues {
  return {
    title: task.title,
    description: task.description,
    responsibleId: task.responsibleId,
    participants: task.participants,
    observers: task.observers,
    project: task.project,
    parent: task.parent,
    deadline: toLocalInputValue(task.deadline),
    startDate: task.startDate?.slice(0, 10) ?? '',
    endDate: task.endDate?.slice(0, 10) ?? '',
    priority: task.priority,
    tags: task.tags,
    requiresApproval: task.requiresApproval,
  };
}

/** The body of `POST /tasks`. */
export function createBody(v: TaskFormValues): Record<string, unknown> {
  return {
    title: v.title.trim(),
    description: v.description,
    responsibleId: v.responsibleId,
    participantIds: v.participants.map((u) => u.id),
    observerIds: v.observers.map((u) => u.id),
    projectId: v.project?.id ?? null,
    parentId: v.parent?.id ?? null,
    deadline: fromLocalInputValue(v.deadline),
    startDate: v.startDate || null,
    endDate: v.endDate || null,
    priority: v.priority,
    tags: v.tags,
    requiresApproval: v.requiresApproval,
  };
}

const sameIds = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The body of `PATCH /tasks/:id`: only what changed, with the version the form started from. */
export function patchBody(task: Task, v: TaskFormValues): Record<string, unknown> & { version: number } {
  const before = createBody(valuesFromTask(task));
  const after = createBody(v);
  const patch: Record<string, unknown> & { version: number } = { version: task.version };
  for (const [key, value] of Object.entries(after)) {
    if (!sameIds(value, before[key])) patch[key] = value;
  }
  return patch;
}

/** Problems the form can see before asking the server, as translation keys per field. */
export function formProblems(v: TaskFormValues): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!v.title.trim()) problems.title = 'validation.required';
  if (!v.responsibleId) problems.responsibleId = 'validation.required';
  if (v.startDate && v.endDate && v.endDate < v.startDate) problems.endDate = 'tasks.form.endBeforeStart';
  return problems;
}
