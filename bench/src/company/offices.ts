import { newId } from '../server-api.js';
import { eventRow, insertRows, type GeneratorContext } from './context.js';
import { OFFICES } from './vocabulary.js';

export interface GeneratedOffice {
  id: string;
  name: string;
  city: string;
  timezone: string;
}

/** The company's offices (the first is the head office). */
export async function generateOffices(ctx: GeneratorContext, count: number): Promise<GeneratedOffice[]> {
  const offices = OFFICES.slice(0, Math.max(1, Math.min(count, OFFICES.length))).map((o) => ({
    id: newId(),
    name: o.name,
    city: o.city,
    timezone: o.timezone,
  }));
  await insertRows(
    ctx,
    'offices',
    offices.map((o) => ({ ...o, version: 1, createdAt: ctx.now, updatedAt: ctx.now })),
  );
  return offices;
}

export function officeEvents(ctx: GeneratorContext, offices: readonly GeneratedOffice[]) {
  return offices.map((o) =>
    eventRow(ctx, 'office.created', 'office', o.id, { name: o.name, city: o.city, timezone: o.timezone }),
  );
}
