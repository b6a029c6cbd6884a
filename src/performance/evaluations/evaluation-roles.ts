import type { Role } from '../../platform/roles';
import { ORGANISATION_READERS, REGION_WIDE_ROLES } from '../roles';

/*
 * Who may do what with the SAKIP (LKE) and RB (PMPRB) evaluations. Imports nothing but types and role sets, so the web
 * app bundles it as it is.
 */

/** Who records the region's worksheets and opens evaluations: the planner, the verifier, the administrator. */
export const EVALUATION_ORGANISERS: readonly Role[] = ['perencana', 'verifikator', 'admin'];
/**
 * Who answers an OPD's self-assessment: its head and performance officer (for their own OPD, opd-access.ts), and the
 * planner who runs the cycle.
 */
export const OPD_EVALUATION_ANSWERERS: readonly Role[] = ['kepala_opd', 'petugas_kinerja', 'perencana'];
/** Who answers the region's own self-evaluation (the pemda as a whole): the planner of Bappeda or Organisasi. */
export const REGION_EVALUATION_ANSWERERS: readonly Role[] = ['perencana'];
/** Who reviews a submitted evaluation criterion by criterion and finishes it: the verifier (Inspektorat/Bappeda). */
export const EVALUATION_REVIEWERS: readonly Role[] = ['verifikator'];
/** Who reads evaluations: everyone in performance management; an OPD's own people read their OPD's only. */
export const EVALUATION_READERS: readonly Role[] = ORGANISATION_READERS;
/** Who reads the region's own evaluations (the pemda as a whole): those who act for the whole region. */
export const REGION_EVALUATION_READERS: readonly Role[] = REGION_WIDE_ROLES;
