import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { initialProjectValues, projectBody, validateProject } from './projectForm';

const t = ((key: string) => key) as unknown as TFunction;
const validate = validateProject(t);

describe('the project form', () => {
  it('names the field of each problem', () => {
    const errors = validate({ ...initialProjectValues(), name: '   ', startDate: '2026-12-10', endDate: '2026-12-01' });
    expect(errors.name).toBe('validation.required');
    expect(errors.endDate).toBe('projects.form.endBeforeStart');
    expect(errors.startDate).toBeUndefined();
  });

  it('rejects a date the server would not read', () => {
    expect(validate({ ...initialProjectValues(), name: 'Stand', startDate: '2026-13-45' }).startDate).toBe(
      'validation.date',
    );
  });

  it('accepts a project without dates and sends empty dates as null', () => {
    const values = { ...initialProjectValues(), name: '  Stand  ' };
    expect(validate(values)).toEqual({});
    expect(projectBody(values)).toEqual({
      name: 'Stand',
      description: '',
      visibility: 'open',
      startDate: null,
      endDate: null,
    });
  });

  it('starts editing from the project as stored, dates cut to days', () => {
    const values = initialProjectValues({
      name: 'Style',
      description: 'Brand book',
      visibility: 'closed',
      startDate: '2026-12-01T00:00:00.000Z',
      endDate: null,
    } as Parameters<typeof initialProjectValues>[0]);
    expect(values).toMatchObject({ name: 'Style', visibility: 'closed', startDate: '2026-12-01', endDate: '' });
  });
});
