import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import { LoadError, Loading, Saved } from '../../../lib/load-state.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import {
  type ProgrammeContext,
  ProgrammeGate,
  ProgrammePage,
  useProgramme,
} from '../../mentoring/components/programme-frame.tsx';
import { type KnowledgeBase, knowledgeBasePath } from '../api.ts';
import { KnowledgeBaseForm } from '../components/knowledge-base-form.tsx';
import { KnowledgeBaseStatus, KnowledgeBaseView } from '../components/knowledge-base-view.tsx';
import { SubGoalTimeSection } from '../components/sub-goal-time.tsx';

function KnowledgeBaseSection({ ctx }: { ctx: ProgrammeContext }) {
  const { t } = useI18n();
  const loaded = useApiGet<KnowledgeBase>(knowledgeBasePath(ctx.owner.id, ctx.programme.id));
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const kb = loaded.data;
  if (editing) {
    return (
      <section className="section">
        <KnowledgeBaseForm
          key={kb.version}
          ownerId={ctx.owner.id}
          kb={kb}
          onCancel={() => setEditing(false)}
          onStale={() => {
            setEditing(false);
            loaded.reload();
          }}
          onSaved={(next) => {
            loaded.setData(next);
            setEditing(false);
            setMessage(t('web.knowledgeBase.saved', { version: next.version }));
          }}
        />
      </section>
    );
  }
  return (
    <section className="section" aria-labelledby="kb-text">
      <div className="section__head">
        <Heading level={2} data-size="sm" id="kb-text">
          {t('web.knowledgeBase.title')}
        </Heading>
        {kb.abilities.manage ? (
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => {
              setMessage(null);
              setEditing(true);
            }}
          >
            {t('web.knowledgeBase.edit')}
          </Button>
        ) : null}
      </div>
      <KnowledgeBaseStatus kb={kb} />
      <Saved message={message} />
      <KnowledgeBaseView kb={kb} />
    </section>
  );
}

/** "Kunnskapsgrunnlag": the programme's knowledge base (read and edited in three languages) and which sub-goals get time. */
export function ProgrammeKnowledgeBasePage() {
  const { t } = useI18n();
  const state = useProgramme();
  const title = t('web.knowledgeBase.title');
  return (
    <ProgrammeGate title={title} state={state}>
      {(ctx) => (
        <ProgrammePage title={title} programme={ctx.programme}>
          <Paragraph>{t('web.knowledgeBase.lead')}</Paragraph>
          <SubGoalTimeSection ownerId={ctx.owner.id} programmeId={ctx.programme.id} />
          <KnowledgeBaseSection ctx={ctx} />
        </ProgrammePage>
      )}
    </ProgrammeGate>
  );
}
