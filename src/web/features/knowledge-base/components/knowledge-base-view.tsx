import '../knowledge-base.css';
import { Heading, Paragraph, Tabs } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { LOCALES, type Locale } from '../../../../shared/enums.ts';
import { SUB_GOALS } from '../../../../shared/rules/sub-goals.ts';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import { KB_CONTRIBUTORS, type KnowledgeBase, type KnowledgeBaseText } from '../api.ts';

/** The knowledge base's text in one language: aim, progression, the four sub-goals with who contributes what. */
function LanguageText({ text, lang, idPrefix }: { text: KnowledgeBaseText; lang: Locale; idPrefix: string }) {
  const { t } = useI18n();
  return (
    <div className="kb" lang={lang}>
      <section aria-labelledby={`${idPrefix}-aim`}>
        <Heading level={3} data-size="xs" id={`${idPrefix}-aim`}>
          {t('web.knowledgeBase.aim')}
        </Heading>
        <Paragraph className="kb__text">{text.aim}</Paragraph>
      </section>
      <section aria-labelledby={`${idPrefix}-progression`}>
        <Heading level={3} data-size="xs" id={`${idPrefix}-progression`}>
          {t('web.knowledgeBase.progression')}
        </Heading>
        <dl className="kb__years">
          <div>
            <dt>{t('web.knowledgeBase.yearOne')}</dt>
            <dd className="kb__text">{text.yearOne}</dd>
          </div>
          <div>
            <dt>{t('web.knowledgeBase.yearTwo')}</dt>
            <dd className="kb__text">{text.yearTwo}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby={`${idPrefix}-subgoals`}>
        <Heading level={3} data-size="xs" id={`${idPrefix}-subgoals`}>
          {t('web.knowledgeBase.subGoals')}
        </Heading>
        <ol className="kb__subgoals">
          {SUB_GOALS.map((code, i) => {
            const goal = text.subGoals[code];
            const given = KB_CONTRIBUTORS.filter((c) => goal.contributions[c].trim() !== '');
            return (
              <li key={code} className="kb__subgoal">
                <Heading level={4} data-size="2xs">
                  {t('web.knowledgeBase.subGoalHeading', { number: i + 1, label: t(`mentoring.subGoal.${code}`) })}
                </Heading>
                <Paragraph className="kb__text">{goal.description}</Paragraph>
                {given.length > 0 ? (
                  <dl className="kb__contributions" aria-label={t('web.knowledgeBase.contributions')}>
                    {given.map((c) => (
                      <div key={c}>
                        <dt>{t(`web.knowledgeBase.contributor.${c}`)}</dt>
                        <dd className="kb__text">{goal.contributions[c]}</dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}

/** Who changed the text last, or that it is still the defaults. */
export function KnowledgeBaseStatus({ kb }: { kb: KnowledgeBase }) {
  const { t, locale } = useI18n();
  return (
    <Paragraph data-size="sm">
      {kb.isDefault
        ? t('web.knowledgeBase.defaults')
        : t('web.knowledgeBase.updated', {
            version: kb.version,
            date: formatDate(locale, kb.updatedAt),
            name: kb.updatedByName ?? '',
          })}
    </Paragraph>
  );
}

/**
 * The knowledge base as everyone in the programme reads it: in the interface's language first, the
 * other two a tab away (the coordinator checks all three; a reader may prefer another).
 */
export function KnowledgeBaseView({ kb }: { kb: KnowledgeBase }) {
  const { t, locale } = useI18n();
  const [shown, setShown] = useState<string>(locale);
  return (
    <Tabs value={shown} onChange={setShown} data-size="sm">
      <Tabs.List aria-label={t('web.knowledgeBase.languages')}>
        {LOCALES.map((lang) => (
          <Tabs.Tab key={lang} value={lang}>
            {t(`web.knowledgeBase.lang.${lang}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {LOCALES.map((lang) => (
        <Tabs.Panel key={lang} value={lang}>
          <LanguageText text={kb.texts[lang]} lang={lang} idPrefix={`kb-${lang}`} />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
