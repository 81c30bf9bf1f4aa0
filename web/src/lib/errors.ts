import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** A human message for any failure, translated by error code when we know the code. */
export function errorMessage(err: unknown, t: TFunction): string {
  if (err instanceof ApiError) {
    if (err.code === 'too_many_attempts' && err.retryAfter !== null) {
      return t('errors.too_many_attempts_in', { count: Math.max(1, Math.ceil(err.retryAfter / 60)) });
    }
    return t(`errors.${err.code}`, { defaultValue: err.message || t('errors.unknown') });
  }
  return t('errors.unknown');
}

/** The part of a Mantine form we need to put server field errors on the inputs. */
interface FormWithErrors {
  setFieldError: (path: never, error: React.ReactNode) => void;
}

/**
 * Puts the server's field-level details on the matching inputs; returns true when at least one
 * landed, so the caller can skip a duplicate toast.
 */
export function applyFieldErrors(form: FormWithErrors, err: unknown, t: TFunction, fields: readonly string[]): boolean {
  if (!(err instanceof ApiError) || err.details.length === 0) return false;
  let applied = false;
  for (const detail of err.details) {
    // Details may name nested paths ("phones.0.value"); match the top-level field we render.
    const field = fields.find((f) => detail.field === f || detail.field.startsWith(`${f}.`));
    if (!field) continue;
    const setError = form.setFieldError as (path: string, error: React.ReactNode) => void;
    setError(field, t(`errors.${err.code}`, { defaultValue: detail.message }));
    applied = true;
  }
  return applied;
}
