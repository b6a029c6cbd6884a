import { useState } from 'react';
import { holdsAny } from '../../../../src/platform/roles';
import { TAX_OFFICERS } from '../../../../src/tax/roles';
import { groupedBillingCode } from '../../receivables/bills';
import { documentUrl, type RegionGrant, regionPath } from '../../shell/api';
import { FilterTabs } from '../../shell/filter-tabs';
import { formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { Loading } from '../../shell/loading';
import { useNavigation } from '../../shell/navigation';
import { PdfLink } from '../../shell/pdf-link';
import { ProblemAlert } from '../../shell/problem-alert';
import { useResource } from '../../shell/use-resource';
import { useTaxTypes } from '../config/use-tax-types';
import { AssessmentForm } from './assessment-form';
import { ASSESSMENT_KINDS, type Assessment, type AssessmentKind, payableOf } from './assessments';
import { AssessmentsTable } from './assessments-table';

/** Ketetapan: assessments issued in the region, and (for officers) the form to issue one. */
export function AssessmentsPage({ region }: { region: RegionGrant }) {
  const { t } = useI18n();
  const { canOpen } = useNavigation();
  const [kind, setKind] = useState<AssessmentKind | 'all'>('all');
  const list = useResource<{ items: Assessment[] }>(
    regionPath(region.regionId, `/assessments?limit=200${kind === 'all' ? '' : `&kind=${kind}`}`),
  );
  const taxTypes = useTaxTypes();
  const [issuing, setIssuing] = useState(false);
  const [issued, setIssued] = useState<Assessment>();
  const canIssue = holdsAny(region.roles, TAX_OFFICERS);

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('assessments.title')}</h1>
          <p className="muted">{t('assessments.subtitle')}</p>
        </div>
        {canIssue && !issuing && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setIssued(undefined);
              setIssuing(true);
            }}
          >
            {t('assessments.issue')}
          </button>
        )}
      </div>
      {issued && (
        <div className="alert alert-ok" role="status">
          {t('assessments.issued', { number: issued.number, amount: formatRupiah(payableOf(issued)) })}{' '}
          {issued.billingCode && t('assessments.billed', { code: groupedBillingCode(issued.billingCode) })}{' '}
          <PdfLink href={documentUrl(region.regionId, `/assessments/${issued.id}/pdf`)} label={issued.kind} />
        </div>
      )}
      {issuing && (
        <AssessmentForm
          region={region}
          onCancel={() => setIssuing(false)}
          onIssued={(a) => {
            setIssuing(false);
            setIssued(a);
            list.reload();
          }}
        />
      )}
      <FilterTabs
        label={t('assessments.kind')}
        value={kind}
        onChange={setKind}
        options={[
          { value: 'all', label: t('myBills.all') },
          ...ASSESSMENT_KINDS.map((k) => ({ value: k, label: k })),
        ]}
      />
      <ProblemAlert error={list.error} />
      {!list.data && !list.error && <Loading />}
      {list.data?.items.length === 0 && <p className="empty">{t('assessments.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <AssessmentsTable
          regionId={region.regionId}
          assessments={list.data.items}
          taxName={taxTypes.nameOf}
          showTaxpayer={canOpen('/taxpayers')}
        />
      )}
    </>
  );
}
