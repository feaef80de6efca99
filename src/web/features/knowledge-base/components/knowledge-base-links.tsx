import { Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { knowledgeBaseRoutes } from '../api.ts';

/**
 * A link to the knowledge base of each programme the caller's pairs belong to (usually one), for the
 * NQT's "Min veiledning" and the mentor's "Mine nyutdannede".
 */
export function KnowledgeBaseLinks({ pairs }: { pairs: readonly { ownerId: string; programmeId: string }[] }) {
  const { t } = useI18n();
  const programmes = [...new Map(pairs.map((p) => [p.programmeId, p])).values()];
  if (programmes.length === 0) return null;
  return (
    <section className="section" aria-labelledby="kb-links">
      <Heading level={2} data-size="sm" id="kb-links">
        {t('web.knowledgeBase.mine.title')}
      </Heading>
      <Paragraph>{t('web.knowledgeBase.mine.text')}</Paragraph>
      <List.Unordered>
        {programmes.map((p, i) => (
          <List.Item key={p.programmeId}>
            <AppLink to={knowledgeBaseRoutes.read(p.ownerId, p.programmeId)}>
              {programmes.length === 1
                ? t('web.knowledgeBase.mine.link')
                : t('web.knowledgeBase.mine.linkNumbered', { number: i + 1 })}
            </AppLink>
          </List.Item>
        ))}
      </List.Unordered>
    </section>
  );
}
