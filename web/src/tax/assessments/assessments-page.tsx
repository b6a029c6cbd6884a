import { useState } from 'react';
import { holdsAny } from '../../../../src/platform/roles';
import { TAX_OFFICERS } from '../../../../src/tax/roles';
import { groupedBillingCode } from '../../receivables/bills';
import { documentUrl, type RegionGrant, regionPath } from '../../shell/api';
import { DownloadButtons } from '../../shell/download-buttons';
import { Field } from '../../shell/field';
import { FilterTabs } from '../../shell/filter-tabs';
import { formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { ListBar, Pager } from '../../shell/list-controls';
import { useListQuery } from '../../shell/list-query';
import { Loading } from '../../shell/loading';
import { useNavigation } from '../../shell/navigation';
import { PdfLink } from '../../shell/pdf-link';
import { ProblemAlert } from '../../shell/problem-alert';
import { useResource } from '../../shell/use-resource';
import { TaxTypeSelect } from '../config/tax-type-select';
import { useTaxTypes } from '../config/use-tax-types';
import { AssessmentForm } from './assessment-form';
import { ASSESSMENT_KINDS, type Assessment, type AssessmentKind, payableOf } from './assessments';
import { AssessmentsTable } from './assessments-table';

/** Ketetapan: assessments issued in the region, and (for officers) the form to issue one. */
export function AssessmentsPage({ region }: { region: RegionGrant }) {
  const { t } = useI18n();
  const { canOpen } = useNavigation();
  const query = useListQuery({ q: '', kind: '', taxCode: '' }, '-issued');
  const kind = (query.filter.kind || 'all') as AssessmentKind | 'all';
  const list = useResource<{ total: number; items: Assessment[] }>(
    regionPath(region.regionId, `/assessments?${query.pageParams}`),
  );
  const total = list.data?.total ?? 0;
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
        onChange={(k) => query.choose('kind', k === 'all' ? '' : k)}
        options={[
          { value: 'all', label: t('myBills.all') },
          ...ASSESSMENT_KINDS.map((k) => ({ value: k, label: k })),
        ]}
      />
      <form className="panel filters" onSubmit={query.apply} data-testid="assessments-filters">
        <Field label={t('list.search')}>
          <input
            type="search"
            name="q"
            placeholder={t('assessments.qHint')}
            value={query.draft.q}
            onChange={(e) => query.setDraft({ ...query.draft, q: e.target.value })}
          />
        </Field>
        <Field label={t('object.taxType')}>
          <TaxTypeSelect
            types={taxTypes.types}
            value={query.draft.taxCode}
            emptyLabel={t('list.any')}
            onChange={(code) => query.choose('taxCode', code)}
          />
        </Field>
        <div className="filter-actions">
          <button type="submit" className="button button-primary">
            {t('list.search')}
          </button>
          <button type="button" className="button" onClick={query.clear}>
            {t('list.clear')}
          </button>
        </div>
      </form>
      <DownloadButtons
        regionId={region.regionId}
        path="/assessments/download"
        params={query.params}
        testId="assessments-download"
      />
      <ProblemAlert error={list.error} />
      {!list.data && !list.error && <Loading />}
      {list.data?.total === 0 && <p className="empty">{t('assessments.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <>
          <ListBar
            list={query}
            total={total}
            shown={list.data.items.length}
            columns={[
              { column: 'issued', label: t('assessment.issueDate') },
              { column: 'number', label: t('assessment.number') },
              { column: 'taxpayer', label: t('search.taxpayer') },
              { column: 'payable', label: t('assessment.payable') },
            ]}
            testId="assessments"
          />
          <AssessmentsTable
            regionId={region.regionId}
            assessments={list.data.items}
            taxName={taxTypes.nameOf}
            showTaxpayer={canOpen('/taxpayers')}
            list={query}
          />
          <Pager list={query} total={total} />
        </>
      )}
    </>
  );
}
