import { z } from 'zod';
import { OPD_KINDS } from './perangkat-daerah';
import { HOLDING_KINDS } from './periods';
import { ESELONS } from './positions';
import { UNIT_KINDS } from './units';

/*
 * The organisation as the API reads and writes it. Every response schema the web reads is a named, exported const
 * (docs/architecture.md, "Web app"); dates are `YYYY-MM-DD`, a period's last day inclusive, null while open.
 */

const period = {
  activeFrom: z.string().describe('First day in force'),
  activeUntil: z.string().nullable().describe('Last day in force (inclusive); null while in force'),
};

export const opdSchema = z.object({
  id: z.number(),
  kind: z.enum(OPD_KINDS),
  name: z.string(),
  shortName: z.string(),
  districtCode: z
    .string()
    .nullable()
    .describe('A kecamatan’s Kemendagri district code; null for other kinds'),
  ...period,
});

export const unitSchema = z.object({
  id: z.number(),
  opdId: z.number(),
  parentId: z.number().nullable().describe('The unit it sits under; null: directly under the OPD'),
  kind: z.enum(UNIT_KINDS),
  name: z.string(),
  ...period,
});

export const positionSchema = z.object({
  id: z.number(),
  opdId: z.number(),
  unitId: z.number().nullable().describe('Its unit; null: directly under the OPD (its head)'),
  name: z.string(),
  eselon: z.enum(ESELONS).nullable().describe('Null for a functional position (jabatan fungsional)'),
  heads: z.boolean().describe('It leads its unit, or the OPD when it sits directly under it'),
  ...period,
});

export const holderOnDaySchema = z.object({
  holderId: z.number(),
  employeeId: z.number(),
  name: z.string(),
  nip: z.string().nullable(),
  kind: z.enum(HOLDING_KINDS),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
});

export const positionNodeSchema = positionSchema.extend({
  holders: z
    .array(holderOnDaySchema)
    .describe('Who holds it on the day: none when vacant; a Plh beside the holder while they are away'),
});

/** A unit with its positions and the units under it, at any depth. */
export const unitNodeSchema = unitSchema
  .extend({
    positions: z.array(positionNodeSchema),
    get units(): z.ZodArray<typeof unitNodeSchema> {
      return z.array(unitNodeSchema);
    },
  })
  .meta({ id: 'OrganisationUnit' });

export const opdNodeSchema = opdSchema.extend({
  positions: z.array(positionNodeSchema).describe('The positions directly under the OPD: its head'),
  units: z.array(unitNodeSchema).describe('Its units in force, as a tree'),
});

export const organisationSchema = z.object({
  day: z.string().describe('The day the organisation is read as of'),
  scope: z
    .enum(['region', 'own'])
    .describe(
      '`region`: every OPD in force; `own`: only those the reader works for (petugas kinerja, kepala OPD)',
    ),
  opds: z.array(opdNodeSchema),
});

export const holderSchema = z.object({
  id: z.number(),
  positionId: z.number(),
  employee: z.object({ id: z.number(), name: z.string(), nip: z.string().nullable() }),
  kind: z.enum(HOLDING_KINDS),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  decree: z.string().nullable(),
});

export const employeeSchema = z.object({
  id: z.number(),
  name: z.string(),
  nip: z.string().nullable(),
  user: z.object({ id: z.number(), name: z.string(), email: z.string() }).nullable(),
});

export const employeeRecordSchema = employeeSchema.extend({
  holdings: z
    .array(
      z.object({
        holderId: z.number(),
        positionId: z.number(),
        positionName: z.string(),
        eselon: z.string().nullable(),
        opdId: z.number(),
        opdName: z.string(),
        kind: z.enum(HOLDING_KINDS),
        startsOn: z.string(),
        endsOn: z.string().nullable(),
      }),
    )
    .describe('Every position they held, the latest first: their record follows them, not the chair'),
});

export const memberSchema = z.object({
  userId: z.number(),
  name: z.string(),
  email: z.string(),
  roles: z.array(z.string()),
  grantedAt: z.date(),
  grantedBy: z.string().nullable(),
});
export const membersSchema = z.object({ opd: opdSchema, members: z.array(memberSchema) });
