import type { CrmAccess, Locale, User } from '@artel/common';
import type { AppContext } from '../../context.js';
import { hashPassword } from '../../auth/passwords.js';
import { newId } from '../../db/ids.js';
import { nowIso } from '../../db/values.js';
import { appendEvent } from '../../events/event-log.js';
import { assertDepartmentExists, assertOfficeExists } from '../references.js';
import { presentUser } from '../users.present.js';
import { findUser, userSearchColumns } from '../users.repo.js';
import { rethrowUnique } from '../versioned-update.js';

/** Everything needed to open an account. */
export interface NewUser {
  email: string;
  name: string;
  password: string;
  position?: string | null | undefined;
  departmentId?: string | null | undefined;
  officeId?: string | null | undefined;
  phones?: { value: string; type: string }[] | undefined;
  birthday?: string | null | undefined;
  hireDate?: string | null | undefined;
  skills?: string[] | undefined;
  isAdmin?: boolean | undefined;
  crmAccess?: CrmAccess | undefined;
  locale?: Locale | undefined;
}

/** Opens an account (admin, first-run setup or start-up bootstrap); 409 when the e-mail is taken. */
export async function createUser(ctx: AppContext, actorId: string | null, input: NewUser): Promise<User> {
  const passwordHash = await hashPassword(input.password, ctx.config.passwordHashing);
  const id = newId();
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      await assertDepartmentExists(trx, 'departmentId', input.departmentId);
      await assertOfficeExists(trx, 'officeId', input.officeId);
      const now = nowIso();
      await trx
        .insertInto('users')
        .values({
          id,
          email: input.email,
          name: input.name,
          ...userSearchColumns({ name: input.name, email: input.email, position: input.position ?? null }),
          passwordHash,
          position: input.position ?? null,
          departmentId: input.departmentId ?? null,
          officeId: input.officeId ?? null,
          phones: JSON.stringify(input.phones ?? []),
          birthday: input.birthday ?? null,
          hireDate: input.hireDate ?? null,
          skills: JSON.stringify(input.skills ?? []),
          photoFile: null,
          isAdmin: input.isAdmin ?? false,
          crmAccess: input.crmAccess ?? 'own',
          isActive: true,
          locale: input.locale ?? 'ru',
          version: 1,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      await appendEvent(trx, {
        type: 'user.created',
        entityType: 'user',
        entityId: id,
        actorId: actorId ?? id,
        data: {
          name: input.name,
          email: input.email,
          departmentId: input.departmentId ?? null,
          isAdmin: input.isAdmin ?? false,
        },
      });
    })
    .catch((error: unknown) => rethrowUnique(error, 'email', 'email_taken', 'Someone already uses this e-mail'));
  const row = await findUser(ctx.db, id);
  return presentUser(row!, await ctx.orgTree.get());
}
