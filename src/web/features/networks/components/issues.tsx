import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ApiError } from '../../../lib/api.ts';
import { formatNumber, isMessageKey, type Translate, useI18n } from '../../../lib/i18n.tsx';
import type { NetworkIssue } from '../api.ts';

/** One grouping issue in the coordinator's words: the code's message with its figures, pools translated. */
export function issueText(t: Translate, locale: Parameters<typeof formatNumber>[0], issue: NetworkIssue): string {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(issue.params)) {
    params[key] = typeof value === 'number' ? formatNumber(locale, value) : value;
  }
  const pool = `networks.pool.${issue.params.pool}`;
  if (isMessageKey(pool)) params.pool = t(pool);
  const key = `networks.issue.${issue.code}`;
  return isMessageKey(key) ? t(key, params) : issue.code;
}

/** The issues a refused save or move answered with, if that is what `err` is. */
export function issuesOf(err: unknown): NetworkIssue[] | null {
  if (!(err instanceof ApiError) || err.code !== 'NETWORK_GROUPS_INVALID') return null;
  const details = err.details as { issues?: NetworkIssue[] } | undefined;
  return details?.issues ?? null;
}

export function IssueList({ title, issues, headingId }: { title: string; issues: NetworkIssue[]; headingId: string }) {
  const { t, locale } = useI18n();
  if (issues.length === 0) return null;
  return (
    <Alert data-color="warning" role="alert" aria-labelledby={headingId} className="network-issues">
      <Heading level={3} data-size="xs" id={headingId}>
        {title}
      </Heading>
      <ul>
        {issues.map((issue, i) => (
          // Issues have no id; the list is replaced whole.
          // biome-ignore lint/suspicious/noArrayIndexKey: a static list per render
          <li key={i}>
            <Paragraph data-size="sm">{issueText(t, locale, issue)}</Paragraph>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
