/**
 * Official documents of the SKPD family and the STPD (domain reference §2.1). A module of its own, importing nothing,
 * so that the web app lists the same kinds.
 */
export const ASSESSMENT_KINDS = ['SKPD', 'SKPDKB', 'SKPDKBT', 'SKPDN', 'SKPDLB', 'STPD'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];
