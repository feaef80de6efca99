import { Tag } from '@digdir/designsystemet-react';
import type { Meeting } from '../../../../shared/schemas/network-meetings.ts';
import { formatDate, type Translate, useI18n } from '../../../lib/i18n.tsx';

/** A meeting's title: its own, else its theme's name. */
export const meetingName = (t: Translate, m: Pick<Meeting, 'title' | 'theme'>) =>
  m.title || t(`resources.theme.${m.theme}`);

/** "24. nov. 2026, 12:30–15:00". */
export function MeetingWhen({ meeting }: { meeting: Pick<Meeting, 'date' | 'startTime' | 'endTime'> }) {
  const { locale } = useI18n();
  return (
    <>
      {formatDate(locale, meeting.date)}, {meeting.startTime}–{meeting.endTime}
    </>
  );
}

export function CancelledTag({ cancelled }: { cancelled: boolean }) {
  const { t } = useI18n();
  return cancelled ? (
    <Tag data-color="danger" data-size="sm">
      {t('networkMeetings.web.cancelled')}
    </Tag>
  ) : null;
}
