import { Alert, Button, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { errorMessage } from './api.ts';
import { useT } from './i18n.tsx';

export function Loading() {
  const t = useT();
  return (
    <div className="loading">
      <Spinner aria-label={t('web.common.loading')} data-size="md" />
    </div>
  );
}

/** A failed load with the server's message and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{errorMessage(error)}</Paragraph>
      {onRetry ? (
        <Button variant="secondary" data-size="sm" onClick={onRetry} className="load-error__retry">
          {t('web.common.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}

/** A short, polite confirmation after a save ("Lagret."), read out by screen readers. */
export function Saved({ message }: { message: string | null }) {
  return (
    <div aria-live="polite" role="status" className="saved">
      {message ? (
        <Alert data-color="success">
          <Paragraph>{message}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
