import { Button, ToggleGroup } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { planMonths } from '../../../../shared/rules/annual-plan.ts';
import { isSchoolYear, osloDate, type SchoolYear } from '../../../../shared/rules/school-year.ts';
import { PLAN_AUDIENCES, PLAN_ITEM_KINDS } from '../../../../shared/schemas/annual-plan.ts';
import { SelectField } from '../../../lib/form.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { ButtonLink } from '../../../lib/links.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { type AnnualPlan, annualPlanRoutes, type PlanAudience, type PlanItemKind, planQueryPath } from '../api.ts';
import { ListView } from './list-view.tsx';
import { MonthView } from './month-view.tsx';
import { YearWheel } from './year-wheel.tsx';
import '../annual-plan.css';

const VIEWS = ['liste', 'maned', 'hjul'] as const;
type View = (typeof VIEWS)[number];
const isView = (v: string | null): v is View => VIEWS.includes(v as View);

/**
 * A programme's annual plan: the filters (audience, kind), the view (list, month, year wheel, kept in
 * the URL as `?visning=`), print, and for managers the way to add an event.
 */
export function PlanView({ ownerId, programmeId }: { ownerId: string; programmeId: string }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const view: View = isView(params.get('visning')) ? (params.get('visning') as View) : 'liste';
  const [audience, setAudience] = useState<PlanAudience | ''>('');
  const [kind, setKind] = useState<PlanItemKind | ''>('');
  const [month, setMonth] = useState<string | null>(null);
  const loaded = useApiGet<AnnualPlan>(planQueryPath(ownerId, programmeId, { audience, kind }));
  const plan = loaded.data;
  const viewLabels: Record<View, string> = {
    liste: t('annualPlan.view.list'),
    maned: t('annualPlan.view.month'),
    hjul: t('annualPlan.view.wheel'),
  };
  const schoolYear: SchoolYear | null =
    plan && isSchoolYear(plan.programme.schoolYear) ? plan.programme.schoolYear : null;
  const months = schoolYear ? planMonths(schoolYear) : [];
  const thisMonth = osloDate(new Date()).slice(0, 7);
  const firstWithItems = plan?.items[0]?.date.slice(0, 7);
  const initialMonth = months.includes(thisMonth) ? thisMonth : (firstWithItems ?? months[0] ?? thisMonth);
  return (
    <div className="annual-plan">
      <div className="plan-controls">
        <ToggleGroup
          aria-label={t('annualPlan.view.label')}
          value={view}
          data-size="sm"
          onChange={(value) =>
            setParams(
              (prev) => {
                const next = new URLSearchParams(prev);
                next.set('visning', value);
                return next;
              },
              { replace: true },
            )
          }
        >
          {VIEWS.map((v) => (
            <ToggleGroup.Item key={v} value={v}>
              {viewLabels[v]}
            </ToggleGroup.Item>
          ))}
        </ToggleGroup>
        <div className="plan-controls__filters">
          <SelectField
            label={t('annualPlan.filter.audience')}
            value={audience}
            width="auto"
            onChange={(e) => setAudience(e.target.value as PlanAudience | '')}
          >
            <option value="">{t('annualPlan.filter.all')}</option>
            {(plan?.audiences ?? PLAN_AUDIENCES).map((a) => (
              <option key={a} value={a}>
                {t(`annualPlan.audience.${a}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('annualPlan.filter.kind')}
            value={kind}
            width="auto"
            onChange={(e) => setKind(e.target.value as PlanItemKind | '')}
          >
            <option value="">{t('annualPlan.filter.all')}</option>
            {PLAN_ITEM_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`annualPlan.kind.${k}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="plan-controls__actions">
          {plan?.canManage ? (
            <ButtonLink to={annualPlanRoutes.newEvent(programmeId)} data-size="sm">
              {t('annualPlan.add')}
            </ButtonLink>
          ) : null}
          <Button variant="secondary" data-size="sm" onClick={() => window.print()}>
            {t('annualPlan.print')}
          </Button>
        </div>
      </div>
      {loaded.error ? (
        <LoadError error={loaded.error} onRetry={loaded.reload} />
      ) : !plan ? (
        <Loading />
      ) : view === 'maned' && months.length > 0 ? (
        <MonthView
          items={plan.items}
          months={months}
          month={month ?? initialMonth}
          onMonth={setMonth}
          programmeId={programmeId}
          canManage={plan.canManage}
        />
      ) : view === 'hjul' && schoolYear ? (
        <YearWheel
          items={plan.items}
          schoolYear={schoolYear}
          programmeName={plan.programme.name}
          programmeId={programmeId}
          canManage={plan.canManage}
        />
      ) : (
        <ListView items={plan.items} programmeId={programmeId} canManage={plan.canManage} />
      )}
    </div>
  );
}
