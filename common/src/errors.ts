import { z } from 'zod';

/** One field-level problem in a 400 answer: which field, and what is wrong with it. */
export const errorDetailSchema = z.object({
  field: z.string(),
  message: z.string(),
});

/** The error body every route answers with on failure (see API.md "Conventions"). */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(errorDetailSchema).optional(),
    }),
  })
  .meta({ id: 'Error' });

export type ErrorBody = z.infer<typeof errorBodySchema>;
