import type { Role, RoleLabels } from '../platform/roles';

/**
 * The roles of performance management (SAKIP, lelang kinerja): the planner of Bappeda or the Bagian Organisasi
 * (perencana: runs the cycle, sets up the organisation, the trees and the rounds), an OPD's performance officer
 * (petugas kinerja: enters its realisation and evidence), the head of an OPD (kepala OPD: bids, signs, answers) and
 * the verifier of the Inspektorat or Bappeda (verifikator). The region's leadership (pimpinan), administrator and
 * auditors are the platform's.
 */
export const PERFORMANCE_ROLES = {
  perencana: { id: 'Perencana (Bappeda/Organisasi)', en: 'Planner (Bappeda/organisation)' },
  petugas_kinerja: { id: 'Petugas kinerja OPD', en: 'OPD performance officer' },
  kepala_opd: { id: 'Kepala perangkat daerah (OPD)', en: 'Head of a regional agency (OPD)' },
  verifikator: {
    id: 'Verifikator kinerja (Inspektorat/Bappeda)',
    en: 'Performance verifier (Inspectorate/Bappeda)',
  },
} satisfies RoleLabels;

type PerformanceRoles = typeof PERFORMANCE_ROLES;

declare module '../platform/roles' {
  interface RoleCatalogue extends PerformanceRoles {}
}

/*
 * Who may do what with performance management. The routes enforce these sets and the web app shows what they allow;
 * this module imports nothing but types, so the web app bundles it as it is.
 */

/**
 * Roles that act for the whole region: every OPD of it is theirs to read (and, as their sets allow, to act on). The
 * planner and the verifier work across the OPD; the leadership, the administrator and the auditors see everything.
 */
export const REGION_WIDE_ROLES: readonly Role[] = [
  'perencana',
  'verifikator',
  'pimpinan',
  'admin',
  'auditor',
];
/** Roles that act for their own OPD only, those their memberships name (src/performance/opd-access.ts). */
export const OPD_SCOPED_ROLES: readonly Role[] = ['petugas_kinerja', 'kepala_opd'];

/** Who reads the organisation: everyone in performance management; an OPD's own people read their OPD only. */
export const ORGANISATION_READERS: readonly Role[] = [...REGION_WIDE_ROLES, ...OPD_SCOPED_ROLES];
/** Who sets up the organisation (OPD, units, positions, who holds them): the planner, and the administrator. */
export const ORGANISATION_EDITORS: readonly Role[] = ['perencana', 'admin'];
/** Who reads the register of employees (NIP, account): those who read the whole region's organisation. */
export const EMPLOYEE_READERS: readonly Role[] = REGION_WIDE_ROLES;
/**
 * Who grants and revokes a person's work for an OPD: the planner and the administrator for any OPD, and the head of
 * an OPD for their own (who enters its realisation is theirs to say).
 */
export const MEMBERSHIP_EDITORS: readonly Role[] = ['perencana', 'admin', 'kepala_opd'];
/**
 * Who reads the performance tree (pohon kinerja) and its indicators: everyone in performance management, OPD staff
 * included, whole: the tree is the RPJMD's and the Renstra's cascade, published planning documents, and an OPD reads
 * the goals its own targets serve.
 */
export const TREE_READERS: readonly Role[] = [...REGION_WIDE_ROLES, ...OPD_SCOPED_ROLES];
/**
 * Who writes the tree, its indicators and their targets: the planner for the region's goals and any OPD, an OPD's
 * head and performance officer inside their own OPD only (opd-access.ts).
 */
export const TREE_EDITORS: readonly Role[] = ['perencana', 'kepala_opd', 'petugas_kinerja'];
/** Who reads evidence files: those who read the organisation, an OPD's people their OPD's files only. */
export const EVIDENCE_READERS: readonly Role[] = ORGANISATION_READERS;
/** Who reads the audit opinions and findings: everyone in performance management; OPD staff their OPD's only. */
export const AUDIT_FINDING_READERS: readonly Role[] = ORGANISATION_READERS;
/**
 * Who records the BPK's opinions, the findings and their recommendations and says whether a follow-up is done: the
 * verifier (Inspektorat) and the planner, never the OPD that answers.
 */
export const AUDIT_FINDING_EDITORS: readonly Role[] = ['verifikator', 'perencana'];
/** Who answers a recommendation with a follow-up and its evidence: the responsible OPD's head and officer. */
export const AUDIT_FOLLOWUP_WRITERS: readonly Role[] = ['kepala_opd', 'petugas_kinerja'];
/**
 * Who reads the quarterly rankings, the at-risk list, the rotation candidates and the 9-box: everyone in performance
 * management, OPD staff included, whole: the rankings are open (lelang kinerja's review is public within the region).
 */
export const RANKING_READERS: readonly Role[] = ORGANISATION_READERS;
/** Who recomputes a ranking on demand, sets the region's ranking rules and records a head's potential: the planner. */
export const RANKING_EDITORS: readonly Role[] = ['perencana'];
/** Who reads lelang kinerja's rounds and contracts: everyone in performance management, OPD staff their OPD's only. */
export const CONTRACT_READERS: readonly Role[] = ORGANISATION_READERS;
/** Who opens a year's lelang kinerja round: the planner (Bappeda/organisation), who runs the cycle. */
export const CONTRACT_ROUND_OPENERS: readonly Role[] = ['perencana'];
/** Who bids an OPD's targets, accepts a counter-offer and signs for the OPD: its head, for their own OPD. */
export const CONTRACT_BIDDERS: readonly Role[] = ['kepala_opd'];
/** Who counter-offers and accepts a bid for the mayor's team: the leadership, and the planner acting for it. */
export const CONTRACT_NEGOTIATORS: readonly Role[] = ['pimpinan', 'perencana'];
/** Who signs a performance contract for the region's side: the leadership (mayor, sekda) only. */
export const CONTRACT_SIGNERS: readonly Role[] = ['pimpinan'];
/** Who reads quarterly realisation: everyone in performance management; OPD staff their OPD's indicators only. */
export const REALISATION_READERS: readonly Role[] = ORGANISATION_READERS;
/** Who enters and submits a quarter's realisation with its evidence: the OPD's performance officer and its head. */
export const REALISATION_WRITERS: readonly Role[] = ['petugas_kinerja', 'kepala_opd'];
/** Who accepts a submitted realisation (locking it) or returns it with a note: the verifier. */
export const REALISATION_VERIFIERS: readonly Role[] = ['verifikator'];
/** Who sets a year's realisation deadlines: the planner, who runs the cycle. */
export const REALISATION_DEADLINE_EDITORS: readonly Role[] = ['perencana'];
/**
 * Who reads the region's LKjIP drafts and capaian bands: those who act for the whole region (the report is the
 * region's, of every OPD).
 */
export const LKJIP_READERS: readonly Role[] = REGION_WIDE_ROLES;
/** Who generates an LKjIP draft and sets the region's capaian bands: the planner, and the administrator. */
export const LKJIP_WRITERS: readonly Role[] = ['perencana', 'admin'];
/** Who sets the region's limits on evidence files (largest file, types taken) from a day: the planner, the administrator. */
export const EVIDENCE_LIMIT_EDITORS: readonly Role[] = ['perencana', 'admin'];
