import { z } from 'zod';
import { bilingualMessage } from '../platform/problem';

/** The schema pieces the performance area's routes share. */

/** A record's id in a path. */
export const id = () => z.coerce.number().int().positive();

/** A change names at least one field (a PATCH with nothing in it is a mistake, not a no-op). */
export const somethingToChange = <T extends z.ZodObject>(schema: T) =>
  schema.refine((body) => Object.keys(body).length > 0, {
    message: bilingualMessage({
      id: 'Sebutkan paling sedikit satu isian yang diubah',
      en: 'Name at least one field to change',
    }),
  });
