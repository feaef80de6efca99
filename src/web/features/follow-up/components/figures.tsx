import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { formatDate, formatNumber, useI18n } from '../../../lib/i18n.tsx';
import type { Lapse } from '../api.ts';

/** Held as a share of planned, as "83 %", or a dash while nothing is planned. */
export function RatioText({ ratio }: { ratio: number | null }) {
  const { locale } = useI18n();
  if (ratio === null) return <>–</>;
  return <>{`${formatNumber(locale, Math.round(ratio * 100))} %`}</>;
}

/** Behind or on track as a word in a tag (never colour alone), with since when and who has been told. */
export function StatusCell({
  isBehind,
  lapse,
  leftOn,
}: {
  isBehind: boolean;
  lapse: Lapse | null;
  leftOn: string | null;
}) {
  const { t, locale } = useI18n();
  if (leftOn) {
    return (
      <Tag data-size="sm" data-color="neutral">
        {t('followUp.status.left', { date: formatDate(locale, leftOn) })}
      </Tag>
    );
  }
  return (
    <div className="follow-up__status">
      {isBehind ? (
        <Tag data-size="sm" data-color="warning">
          {t('followUp.status.behind')}
        </Tag>
      ) : (
        <Tag data-size="sm" data-color="success">
          {t('followUp.status.onTrack')}
        </Tag>
      )}
      {isBehind && lapse ? (
        <Paragraph data-size="xs">
          {[
            t('followUp.lapse.since', { date: formatDate(locale, lapse.startedOn) }),
            lapse.mentorNudgedOn
              ? t('followUp.lapse.mentorTold', { date: formatDate(locale, lapse.mentorNudgedOn) })
              : null,
            lapse.leaderNudgedOn
              ? t('followUp.lapse.leaderTold', { date: formatDate(locale, lapse.leaderNudgedOn) })
              : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Paragraph>
      ) : null}
    </div>
  );
}

/** Planned, held and the share as three figures. */
export function FigureStats({
  planned,
  held,
  ratio,
  extra,
}: {
  planned: number;
  held: number;
  ratio: number | null;
  extra?: { label: string; value: string }[];
}) {
  const { t, locale } = useI18n();
  return (
    <dl className="stats">
      <div>
        <dt>{t('followUp.planned')}</dt>
        <dd>{t('followUp.minutes', { minutes: formatNumber(locale, planned) })}</dd>
      </div>
      <div>
        <dt>{t('followUp.held')}</dt>
        <dd>{t('followUp.minutes', { minutes: formatNumber(locale, held) })}</dd>
      </div>
      <div>
        <dt>{t('followUp.share')}</dt>
        <dd>
          <RatioText ratio={ratio} />
        </dd>
      </div>
      {(extra ?? []).map((e) => (
        <div key={e.label}>
          <dt>{e.label}</dt>
          <dd>{e.value}</dd>
        </div>
      ))}
    </dl>
  );
}
