import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { annualPlanRoutes, ownEventId, type PlanItem } from '../api.ts';
import { whenText } from './format.ts';

/** One item of the plan: when, what kind, title, place, for whom, and a link to change or open it. */
export function PlanItemRow({
  item,
  programmeId,
  canManage,
}: {
  item: PlanItem;
  programmeId: string;
  canManage: boolean;
}) {
  const { t, locale } = useI18n();
  const eventId = ownEventId(item);
  return (
    <li className={`plan-item plan-item--${item.kind}${item.cancelled ? ' plan-item--cancelled' : ''}`}>
      <div className="plan-item__when">{whenText(locale, item, t('annualPlan.allDay'))}</div>
      <div className="plan-item__body">
        <div className="plan-item__head">
          <Tag data-size="sm" data-color="neutral" className="plan-item__kind">
            {t(`annualPlan.kind.${item.kind}`)}
          </Tag>
          {item.cancelled ? (
            <Tag data-size="sm" data-color="danger">
              {t('annualPlan.cancelled')}
            </Tag>
          ) : null}
          <span className="plan-item__title">{item.title}</span>
        </div>
        {item.place ? <Paragraph data-size="sm">{item.place}</Paragraph> : null}
        {item.description ? (
          <Paragraph data-size="sm" className="plan-item__description">
            {item.description}
          </Paragraph>
        ) : null}
        <Paragraph data-size="sm" className="plan-item__for">
          {t('annualPlan.for', {
            audiences: item.audiences.map((a) => t(`annualPlan.audience.${a}`)).join(', '),
          })}
        </Paragraph>
        {canManage && eventId ? (
          <AppLink
            to={annualPlanRoutes.event(programmeId, eventId)}
            aria-label={t('annualPlan.edit.label', { title: item.title })}
            className="plan-item__action"
          >
            {t('annualPlan.edit')}
          </AppLink>
        ) : item.href ? (
          <AppLink to={item.href} className="plan-item__action">
            {t('annualPlan.open')}
            <span className="visually-hidden">: {item.title}</span>
          </AppLink>
        ) : null}
      </div>
    </li>
  );
}
