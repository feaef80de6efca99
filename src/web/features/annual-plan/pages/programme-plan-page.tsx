import { useT } from '../../../lib/i18n.tsx';
import { ProgrammeGate, ProgrammePage, useProgramme } from '../../mentoring/components/programme-frame.tsx';
import { PlanView } from '../components/plan-view.tsx';

/** "Årshjul" for the programme's coordinators: every item, all audiences, and the own events to keep. */
export function ProgrammePlanPage() {
  const t = useT();
  const state = useProgramme();
  const title = t('annualPlan.page.title');
  return (
    <ProgrammeGate title={title} state={state}>
      {({ owner, programme }) => (
        <ProgrammePage title={title} programme={programme}>
          <PlanView ownerId={owner.id} programmeId={programme.id} />
        </ProgrammePage>
      )}
    </ProgrammeGate>
  );
}
