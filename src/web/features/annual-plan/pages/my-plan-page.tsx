import { Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { SelectField } from '../../../lib/form.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { Page } from '../../../lib/page.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { type MyPlans, myPlansPath } from '../api.ts';
import { PlanView } from '../components/plan-view.tsx';

/** "Årshjul" for NQTs, mentors and unit leaders: the plan of their programme, with their own audiences' items. */
export function MyPlanPage() {
  const t = useT();
  const loaded = useApiGet<MyPlans>(myPlansPath);
  const [chosen, setChosen] = useState<string | null>(null);
  const programmes = loaded.data?.programmes ?? [];
  const current = programmes.find((p) => p.programmeId === chosen) ?? programmes[0];
  return (
    <Page
      title={t('annualPlan.page.title')}
      lead={current ? <Paragraph>{t('annualPlan.page.lead', { programme: current.name })}</Paragraph> : undefined}
    >
      {loaded.error ? (
        <LoadError error={loaded.error} onRetry={loaded.reload} />
      ) : !loaded.data ? (
        <Loading />
      ) : !current ? (
        <Paragraph>{t('annualPlan.page.none')}</Paragraph>
      ) : (
        <>
          {programmes.length > 1 ? (
            <SelectField
              label={t('annualPlan.page.programme')}
              value={current.programmeId}
              width="auto"
              onChange={(e) => setChosen(e.target.value)}
            >
              {programmes.map((p) => (
                <option key={p.programmeId} value={p.programmeId}>
                  {p.name} ({p.schoolYear})
                </option>
              ))}
            </SelectField>
          ) : null}
          <PlanView key={current.programmeId} ownerId={current.ownerId} programmeId={current.programmeId} />
        </>
      )}
    </Page>
  );
}
