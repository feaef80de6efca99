import '../quality-cycle.css';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../../lib/i18n.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import {
  type ProgrammeContext,
  ProgrammeGate,
  ProgrammePage,
  useProgramme,
} from '../../mentoring/components/programme-frame.tsx';
import { type QualityCycle, qualityCyclePath } from '../api.ts';
import { GoalsContent } from '../components/goals.tsx';
import { MeasuresContent } from '../components/measures.tsx';
import { PhaseSection, PhaseTag, phaseAnchor } from '../components/phase-section.tsx';
import { AssessmentContent, InformationContent, KnowledgeBaseContent } from '../components/text-sections.tsx';
import { CycleWriter, StaleNotice, useWriter } from '../components/writer.tsx';

/** The five phases in order, each a link to its section, with its status in words. */
function PhaseSteps() {
  const { t } = useI18n();
  const { cycle } = useWriter();
  return (
    <nav className="section" aria-labelledby="qc-phases">
      <Heading level={2} data-size="sm" id="qc-phases">
        {t('web.qualityCycle.phasesHeading')}
      </Heading>
      <ol className="qc-steps">
        {cycle.phases.map((p) => (
          <li key={p.phase} className={`qc-steps__step qc-steps__step--${p.status}`}>
            <a href={`#${phaseAnchor(p.phase)}`}>{t(`web.qualityCycle.phase.${p.phase}`)}</a>{' '}
            <PhaseTag status={p.status} />
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Phases({ programmeId }: { programmeId: string }) {
  const { generation } = useWriter();
  // Forms start again from the server's text after "get the latest version" (the generation), not after every save.
  return (
    <div className="qc-phases" key={generation}>
      <PhaseSection phase="information">
        <InformationContent />
      </PhaseSection>
      <PhaseSection phase="knowledge_base">
        <KnowledgeBaseContent programmeId={programmeId} />
      </PhaseSection>
      <PhaseSection phase="assessment">
        <AssessmentContent />
      </PhaseSection>
      <PhaseSection phase="goals">
        <GoalsContent />
      </PhaseSection>
      <PhaseSection phase="measures">
        <MeasuresContent />
      </PhaseSection>
    </div>
  );
}

function Cycle({ ctx }: { ctx: ProgrammeContext }) {
  const loaded = useApiGet<QualityCycle>(qualityCyclePath(ctx.owner.id, ctx.programme.id));
  const { data } = loaded;
  if (!data) return loaded.error ? <LoadError error={loaded.error} onRetry={loaded.reload} /> : <Loading />;
  return (
    <CycleWriter loaded={{ ...loaded, data }}>
      <PhaseSteps />
      <StaleNotice />
      <Phases programmeId={ctx.programme.id} />
    </CycleWriter>
  );
}

/** "Kvalitetssyklus": the programme's yearly quality cycle, its five phases and the measures. */
export function QualityCyclePage() {
  const { t } = useI18n();
  const state = useProgramme();
  const title = t('web.qualityCycle.title');
  return (
    <ProgrammeGate title={title} state={state}>
      {(ctx) => (
        <ProgrammePage title={title} programme={ctx.programme}>
          <Paragraph>{t('web.qualityCycle.lead')}</Paragraph>
          <Cycle ctx={ctx} />
        </ProgrammePage>
      )}
    </ProgrammeGate>
  );
}
