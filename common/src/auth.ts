import { z } from 'zod';
import { emailSchema, passwordSchema, userSchema } from './org.js';

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(200),
});

export const loginResultSchema = z.object({ user: userSchema });

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});

export const createTokenSchema = z.object({ name: z.string().trim().min(1).max(100) });

export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});

/** Answer to token creation: the secret appears here once and never again. */
export const createdTokenSchema = z.object({ id: z.string(), name: z.string(), token: z.string() });

export const setupStatusSchema = z.object({ needsSetup: z.boolean() });

export const setupSchema = z.object({
  name: z.string().trim().min(1).max(200),
  email: emailSchema,
  password: passwordSchema,
});
