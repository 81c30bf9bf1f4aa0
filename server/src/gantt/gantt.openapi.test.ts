import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, startTestPortal, type TestPortal } from '../test/harness.js';

// One app per file: the OpenAPI document is generated for the first app the process builds.
describe('the Gantt routes in the OpenAPI document', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startTestPortal('sqlite');
  });
  afterAll(() => portal.close());

  it('documents both routes and the move answer in the OpenAPI document', async () => {
    const doc = (await anonymous(portal).request('GET', '/api/v1/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/projects/{id}/gantt', '/api/v1/projects/{id}/progress']),
    );
    expect(Object.keys(doc.components.schemas.GanttTask.properties)).toEqual(
      expect.arrayContaining([
        'id',
        'title',
        'parentId',
        'startDate',
        'endDate',
        'deadline',
        'status',
        'progress',
        'responsibleId',
        'critical',
        'slackDays',
        'atRisk',
      ]),
    );
    expect(doc.components.schemas.GanttLink.required).toEqual(['id', 'fromId', 'toId', 'type']);
    expect(Object.keys(doc.components.schemas.ProjectProgress.properties)).toEqual(
      expect.arrayContaining(['total', 'completed', 'inProgress', 'overdue', 'atRisk', 'percent', 'burndown']),
    );
    expect(Object.keys(doc.components.schemas.UpdatedTask.properties)).toContain('shifted');
  });
});
