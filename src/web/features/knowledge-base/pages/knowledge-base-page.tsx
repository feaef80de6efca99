import { Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { useI18n } from '../../../lib/i18n.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { Page } from '../../../lib/page.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { type KnowledgeBase, knowledgeBasePath } from '../api.ts';
import { KnowledgeBaseStatus, KnowledgeBaseView } from '../components/knowledge-base-view.tsx';

/**
 * The knowledge base as NQTs, mentors and unit leaders read it (linked from their own pages). The
 * server decides who may read it; this page only shows what it gets.
 */
export function KnowledgeBasePage() {
  const { t } = useI18n();
  const { ownerId = '', programmeId = '' } = useParams();
  const loaded = useApiGet<KnowledgeBase>(knowledgeBasePath(ownerId, programmeId));
  const kb = loaded.data;
  return (
    <Page
      title={t('web.knowledgeBase.title')}
      lead={
        <>
          {kb ? <Paragraph>{kb.programmeName}</Paragraph> : null}
          <Paragraph data-size="sm">{t('web.knowledgeBase.lead')}</Paragraph>
        </>
      }
    >
      {loaded.error ? (
        <LoadError error={loaded.error} onRetry={loaded.reload} />
      ) : !kb ? (
        <Loading />
      ) : (
        <section className="section">
          <KnowledgeBaseStatus kb={kb} />
          <KnowledgeBaseView kb={kb} />
        </section>
      )}
    </Page>
  );
}
