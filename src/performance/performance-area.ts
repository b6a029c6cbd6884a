import type { Area } from '../platform/area';
import { mergeAuditVocabularies } from '../platform/audit-vocabulary';
import { AUDIT_FINDING_MESSAGES } from './audit-findings/audit-findings-messages';
import { auditFindingsRoutes, publicAuditOpinionRoutes } from './audit-findings/audit-findings-routes';
import { AUDIT_FINDING_VOCABULARY } from './audit-findings/audit-findings-vocabulary';
import { PERFORMANCE_AUDIT_VOCABULARY } from './audit-vocabulary';
import { CONTRACT_AUDIT_VOCABULARY } from './contracts/contract-audit';
import { AGREEMENT_DOCUMENT, PACT_DOCUMENT } from './contracts/contract-document';
import { CONTRACT_MESSAGES } from './contracts/contract-messages';
import { contractRoutes } from './contracts/contract-routes';
import { seedPerformanceDemo } from './demo-performance';
import { EVALUATION_MESSAGES } from './evaluation/evaluation-messages';
import { evaluationRoutes } from './evaluations/evaluation-routes';
import { EVALUATIONS_AUDIT_VOCABULARY } from './evaluations/evaluations-audit';
import { EVALUATIONS_MESSAGES } from './evaluations/evaluations-messages';
import { EVIDENCE_LIMIT_MESSAGES } from './evidence/evidence-limit-messages';
import { EVIDENCE_LIMIT_VOCABULARY } from './evidence/evidence-limit-vocabulary';
import { evidenceRoutes } from './evidence/evidence-routes';
import { capaianBandRoutes } from './lkjip/capaian-band-routes';
import { LKJIP_AUDIT_VOCABULARY } from './lkjip/lkjip-audit';
import { LKJIP_DOCUMENT } from './lkjip/lkjip-document';
import { LKJIP_MESSAGES } from './lkjip/lkjip-messages';
import { lkjipRoutes } from './lkjip/lkjip-routes';
import { organisationRoutes } from './organisation/organisation-routes';
import { peopleRoutes } from './organisation/people-routes';
import { PERFORMANCE_MESSAGES } from './problem-messages';
import { CALCULATOR_MESSAGES } from './public/calculator-messages';
import { calculatorRoutes } from './public/calculator-routes';
import { publicPerformanceRoutes } from './public/public-performance-routes';
import { RANKING_AUDIT_VOCABULARY } from './ranking/ranking-audit';
import { RANKING_MESSAGES } from './ranking/ranking-messages';
import { rankingRoutes } from './ranking/ranking-routes';
import { REALISATION_AUDIT_VOCABULARY } from './realisation/realisation-audit';
import { REALISATION_MESSAGES } from './realisation/realisation-messages';
import { realisationRoutes } from './realisation/realisation-routes';
import { PERFORMANCE_ROLES } from './roles';
import { TREE_MESSAGES } from './tree/tree-messages';
import { treeRoutes } from './tree/tree-routes';

/**
 * Performance management (issue 16: SAKIP, lelang kinerja, quarterly realisation, evaluations). Its foundation so far:
 * the region's organisation (its OPD and kecamatan, their units as a tree, the positions with their eselon and who held
 * each when, so that a head's record follows the person, not the chair) and the OPD tenancy every OPD-scoped action
 * goes through (opd-access.ts): a performance officer or an OPD head acts for their own OPD only; the pure rules
 * (capaian, the LKE/RB evaluation engine, the predikat) and the public calculators that share them.
 */
export const performanceArea: Area = {
  name: 'performance',
  roles: PERFORMANCE_ROLES,
  tables: [
    ...['perangkat_daerah', 'opd_unit', 'opd_position', 'employee', 'position_holder', 'opd_membership'],
    ...['performance_node', 'performance_indicator', 'performance_indicator_owner', 'performance_target'],
    ...['evidence_limit', 'performance_evidence', 'audit_opinion', 'audit_finding', 'audit_recommendation'],
    'audit_followup',
    ...['evaluation_worksheet', 'evaluation', 'evaluation_answer'],
    ...['contract_round', 'performance_contract', 'contract_offer', 'contract_item'],
    ...['performance_ranking_setting', 'head_potential', 'performance_ranking', 'performance_ranking_row'],
    ...['performance_realisation', 'realisation_deadline'],
    ...['capaian_band_setting', 'lkjip_report'],
  ],
  messages: {
    ...PERFORMANCE_MESSAGES,
    ...CALCULATOR_MESSAGES,
    ...EVALUATION_MESSAGES,
    ...TREE_MESSAGES,
    ...AUDIT_FINDING_MESSAGES,
    ...EVALUATIONS_MESSAGES,
    ...RANKING_MESSAGES,
    ...CONTRACT_MESSAGES,
    ...REALISATION_MESSAGES,
    ...LKJIP_MESSAGES,
    ...EVIDENCE_LIMIT_MESSAGES,
  },
  audit: mergeAuditVocabularies([
    PERFORMANCE_AUDIT_VOCABULARY,
    AUDIT_FINDING_VOCABULARY,
    EVALUATIONS_AUDIT_VOCABULARY,
    RANKING_AUDIT_VOCABULARY,
    CONTRACT_AUDIT_VOCABULARY,
    REALISATION_AUDIT_VOCABULARY,
    LKJIP_AUDIT_VOCABULARY,
    EVIDENCE_LIMIT_VOCABULARY,
  ]),
  routes(app, ctx) {
    calculatorRoutes(app, ctx);
    publicAuditOpinionRoutes(app, ctx);
    publicPerformanceRoutes(app, ctx);
  },
  regionRoutes(scope, ctx) {
    organisationRoutes(scope, ctx);
    peopleRoutes(scope, ctx);
    treeRoutes(scope, ctx);
    evidenceRoutes(scope, ctx);
    auditFindingsRoutes(scope, ctx);
    evaluationRoutes(scope, ctx);
    rankingRoutes(scope, ctx);
    contractRoutes(scope, ctx);
    realisationRoutes(scope, ctx);
    capaianBandRoutes(scope, ctx);
    lkjipRoutes(scope, ctx);
  },
  demo: { configure: seedPerformanceDemo },
  documents: [PACT_DOCUMENT, AGREEMENT_DOCUMENT, LKJIP_DOCUMENT],
};
