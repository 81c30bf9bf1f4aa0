import type { Task } from '@artel/common';
import { describe, expect, it } from 'vitest';
import { createBody, emptyValues, formProblems, patchBody, valuesFromTask } from './taskForm';

const person = (id: string, name: string) => ({ id, name, position: null, photoUrl: null });

const task: Task = {
  id: 't1',
  title: 'Макет буклета',
  status: 'pending',
  creatorId: 'olga',
  responsibleId: 'alina',
  participantIds: [],
  observerIds: ['vera'],
  projectId: null,
  parentId: null,
  deadline: '2026-03-06T15:00:00.000Z',
  startDate: '2026-03-02T00:00:00.000Z',
  endDate: null,
  priority: 'normal',
  requiresApproval: true,
  crmLink: null,
  declineReason: null,
  disapproveReason: null,
  version: 7,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  tags: ['выставка'],
  stageId: null,
  completedAt: null,
  creator: person('olga', 'Ольга Иванова'),
  responsible: person('alina', 'Алина Киселёва'),
  project: null,
  parent: null,
  checklist: { total: 0, done: 0 },
  subtaskCount: 0,
  commentCount: 0,
  description: 'Текст',
  participants: [],
  observers: [person('vera', 'Вера Андреева')],
  abilities: { edit: true, delete: true, comment: true, work: true, actions: [] },
};

describe('the task form', () => {
  it('sends only what changed, with the version it started from', () => {
    const values = valuesFromTask(task);
    expect(patchBody(task, values)).toEqual({ version: 7 });
    values.title = 'Макет буклета A4';
    values.observers = [...values.observers, person('grigory', 'Григорий Ершов')];
    values.endDate = '2026-03-10';
    expect(patchBody(task, values)).toEqual({
      version: 7,
      title: 'Макет буклета A4',
      observerIds: ['vera', 'grigory'],
      endDate: '2026-03-10',
    });
  });

  it('keeps a deadline it did not touch exactly as it was', () => {
    const values = valuesFromTask(task);
    expect(createBody(values).deadline).toBe('2026-03-06T15:00:00.000Z');
    expect(createBody(values).startDate).toBe('2026-03-02');
  });

  it('creates with empty dates as null and the chosen people as ids', () => {
    const values = emptyValues('olga');
    values.title = '  Позвонить клиенту ';
    values.participants = [person('igor', 'Игорь Петров')];
    expect(createBody(values)).toMatchObject({
      title: 'Позвонить клиенту',
      responsibleId: 'olga',
      participantIds: ['igor'],
      observerIds: [],
      deadline: null,
      startDate: null,
      endDate: null,
    });
  });

  it('asks for a title and a responsible person, and refuses an end before the start', () => {
    const values = emptyValues(null);
    values.startDate = '2026-03-10';
    values.endDate = '2026-03-09';
    expect(formProblems(values)).toEqual({
      title: 'validation.required',
      responsibleId: 'validation.required',
      endDate: 'tasks.form.endBeforeStart',
    });
  });
});
