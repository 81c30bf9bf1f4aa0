import { errorBodySchema, idSchema } from '@artel/common';
import { z } from 'zod';

/** The error answers every API route may give, documented once for the OpenAPI document. */
export const errorResponses = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  413: errorBodySchema,
  429: errorBodySchema,
} as const;

/** `:id` in a route path. */
export const idParams = z.object({ id: idSchema });

/** Answer schema of a 204. */
export const noContent = z.null();
