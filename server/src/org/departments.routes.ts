import { z } from 'zod';
import { createDepartmentSchema, departmentSchema, orgChartNodeSchema, updateDepartmentSchema } from '@artel/common';
import { actorOf } from '../auth/actor.js';
import type { App, AppContext } from '../context.js';
import { errorResponses, idParams, noContent } from '../http/route-schemas.js';
import { forbidden, notFound } from '../http/errors.js';
import { createDepartment, deleteDepartment, updateDepartment } from './commands/save-department.js';
import { findDepartment, listDepartments } from './departments.repo.js';
import { buildOrgChart } from './org-chart.js';
import { canManageStructure } from './org.policy.js';

const tag = { tags: ['organisation'] };

/** Departments and the org chart: everyone reads, admins restructure. */
export async function departmentRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get(
    '/departments',
    {
      schema: {
        ...tag,
        summary: 'All departments (flat)',
        response: { 200: z.object({ items: z.array(departmentSchema) }), ...errorResponses },
      },
    },
    async () => ({ items: await listDepartments(ctx.db) }),
  );

  app.get(
    '/departments/:id',
    {
      schema: {
        ...tag,
        summary: 'One department',
        params: idParams,
        response: { 200: departmentSchema, ...errorResponses },
      },
    },
    async (request) => {
      const department = await findDepartment(ctx.db, request.params.id);
      if (!department) throw notFound('Department');
      return department;
    },
  );

  app.post(
    '/departments',
    {
      schema: {
        ...tag,
        summary: 'Create a department (admin)',
        body: createDepartmentSchema,
        response: { 201: departmentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!canManageStructure(actor)) throw forbidden('Only admins manage departments');
      return reply.status(201).send(await createDepartment(ctx, actor, request.body));
    },
  );

  app.patch(
    '/departments/:id',
    {
      schema: {
        ...tag,
        summary: 'Rename, move or change the head of a department (admin)',
        params: idParams,
        body: updateDepartmentSchema,
        response: { 200: departmentSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      if (!canManageStructure(actor)) throw forbidden('Only admins manage departments');
      return updateDepartment(ctx, actor, request.params.id, request.body);
    },
  );

  app.delete(
    '/departments/:id',
    {
      schema: {
        ...tag,
        summary: 'Delete an empty department (admin)',
        params: idParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!canManageStructure(actor)) throw forbidden('Only admins manage departments');
      if (!(await deleteDepartment(ctx, actor, request.params.id))) throw notFound('Department');
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/org-chart',
    {
      schema: {
        ...tag,
        summary: 'The company structure as a nested tree from the top department',
        querystring: z.object({ employees: z.enum(['true', 'false']).default('true') }),
        response: { 200: orgChartNodeSchema, ...errorResponses },
      },
    },
    async (request) => {
      const chart = await buildOrgChart(ctx.db, request.query.employees === 'true');
      if (!chart) throw notFound('Org chart (no departments yet)');
      return chart;
    },
  );
}
