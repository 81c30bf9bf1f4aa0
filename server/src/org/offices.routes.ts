import { z } from 'zod';
import { createOfficeSchema, officeSchema, updateOfficeSchema } from '@artel/common';
import { actorOf } from '../auth/actor.js';
import type { App, AppContext } from '../context.js';
import { errorResponses, idParams, noContent } from '../http/route-schemas.js';
import { newId } from '../db/ids.js';
import { nowIso } from '../db/values.js';
import { appendEvent, diffFields } from '../events/event-log.js';
import { conflict, forbidden, notFound } from '../http/errors.js';
import { canManageStructure } from './org.policy.js';
import { missingOrStale } from './versioned-update.js';

const tag = { tags: ['organisation'] };
const OFFICE_COLUMNS = ['id', 'name', 'city', 'timezone', 'version'] as const;
/** Moscow time is the sensible default for the company this portal is first built for. */
const DEFAULT_TIMEZONE = 'Europe/Moscow';

/** Offices and locations: every employee reads them, admins change them. */
export async function officeRoutes(app: App, ctx: AppContext): Promise<void> {
  const { db } = ctx;

  app.get(
    '/offices',
    {
      schema: {
        ...tag,
        summary: 'All offices',
        response: { 200: z.object({ items: z.array(officeSchema) }), ...errorResponses },
      },
    },
    async () => ({ items: await db.selectFrom('offices').select(OFFICE_COLUMNS).orderBy('name').execute() }),
  );

  app.get(
    '/offices/:id',
    { schema: { ...tag, summary: 'One office', params: idParams, response: { 200: officeSchema, ...errorResponses } } },
    async (request) => {
      const office = await db
        .selectFrom('offices')
        .select(OFFICE_COLUMNS)
        .where('id', '=', request.params.id)
        .executeTakeFirst();
      if (!office) throw notFound('Office');
      return office;
    },
  );

  app.post(
    '/offices',
    {
      schema: {
        ...tag,
        summary: 'Create an office (admin)',
        body: createOfficeSchema,
        response: { 201: officeSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!canManageStructure(actor)) throw forbidden('Only admins manage offices');
      const office = { id: newId(), ...request.body, timezone: request.body.timezone ?? DEFAULT_TIMEZONE, version: 1 };
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('offices')
          .values({ ...office, createdAt: nowIso(), updatedAt: nowIso() })
          .execute();
        await appendEvent(trx, {
          type: 'office.created',
          entityType: 'office',
          entityId: office.id,
          actorId: actor.id,
          data: { name: office.name, city: office.city, timezone: office.timezone },
        });
      });
      return reply.status(201).send(office);
    },
  );

  app.patch(
    '/offices/:id',
    {
      schema: {
        ...tag,
        summary: 'Change an office (admin)',
        params: idParams,
        body: updateOfficeSchema,
        response: { 200: officeSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      if (!canManageStructure(actor)) throw forbidden('Only admins manage offices');
      const { version, ...patch } = request.body;
      return db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom('offices')
          .select(OFFICE_COLUMNS)
          .where('id', '=', request.params.id)
          .executeTakeFirst();
        if (!before || before.version !== version) missingOrStale(Boolean(before), 'Office');
        const changes = diffFields(before, patch);
        const updated = await trx
          .updateTable('offices')
          .set({ ...patch, version: version + 1, updatedAt: nowIso() })
          .where('id', '=', before.id)
          .where('version', '=', version)
          .returning(OFFICE_COLUMNS)
          .executeTakeFirst();
        if (!updated) missingOrStale(true, 'Office');
        await appendEvent(trx, {
          type: 'office.updated',
          entityType: 'office',
          entityId: before.id,
          actorId: actor.id,
          data: { changes },
        });
        return updated;
      });
    },
  );

  app.delete(
    '/offices/:id',
    {
      schema: {
        ...tag,
        summary: 'Delete an unused office (admin)',
        params: idParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!canManageStructure(actor)) throw forbidden('Only admins manage offices');
      await db.transaction().execute(async (trx) => {
        const office = await trx
          .selectFrom('offices')
          .select(['id', 'name'])
          .where('id', '=', request.params.id)
          .executeTakeFirst();
        if (!office) throw notFound('Office');
        const user = await trx
          .selectFrom('users')
          .select('id')
          .where('officeId', '=', office.id)
          .limit(1)
          .executeTakeFirst();
        const dept = await trx
          .selectFrom('departments')
          .select('id')
          .where('officeId', '=', office.id)
          .limit(1)
          .executeTakeFirst();
        if (user || dept) throw conflict('office_in_use', 'Move its people and departments to another office first');
        await trx.deleteFrom('offices').where('id', '=', office.id).execute();
        await appendEvent(trx, {
          type: 'office.deleted',
          entityType: 'office',
          entityId: office.id,
          actorId: actor.id,
          data: { name: office.name },
        });
      });
      return reply.status(204).send(null);
    },
  );
}
