import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { ApiError } from '../../../lib/api.ts';
import { useT } from '../../../lib/i18n.tsx';
import type { Loaded } from '../../../lib/use-api.ts';
import type { QualityCycle } from '../api.ts';

interface Writer {
  cycle: QualityCycle;
  /** Runs a write and shows its answer; a 409 marks the page stale (someone saved in between). Rethrows for the form. */
  write: (action: () => Promise<QualityCycle>) => Promise<void>;
  stale: boolean;
  reload: () => void;
  /** Counts reloads: forms keyed on it start again from the server's text, and not after every save elsewhere. */
  generation: number;
}

const WriterContext = createContext<Writer | null>(null);

export function useWriter(): Writer {
  const writer = useContext(WriterContext);
  if (!writer) throw new Error('useWriter outside CycleWriter');
  return writer;
}

/** Holds the loaded cycle for the sections: every write answers with the whole cycle, which replaces it. */
export function CycleWriter({
  loaded,
  children,
}: {
  loaded: Loaded<QualityCycle> & { data: QualityCycle };
  children: ReactNode;
}) {
  const [stale, setStale] = useState(false);
  const [generation, setGeneration] = useState(0);
  const { setData, reload: reloadData, data } = loaded;
  const write = useCallback(
    async (action: () => Promise<QualityCycle>) => {
      try {
        const next = await action();
        setData(next);
        setStale(false);
      } catch (err) {
        if (err instanceof ApiError && err.code === 'QUALITY_CYCLE_CHANGED') setStale(true);
        throw err;
      }
    },
    [setData],
  );
  const reload = useCallback(() => {
    setStale(false);
    setGeneration((n) => n + 1);
    reloadData();
  }, [reloadData]);
  const value = useMemo(
    () => ({ cycle: data, write, stale, reload, generation }),
    [data, write, stale, reload, generation],
  );
  return <WriterContext.Provider value={value}>{children}</WriterContext.Provider>;
}

/** Shown when a save met someone else's: get the latest version in one press. */
export function StaleNotice() {
  const t = useT();
  const { stale, reload } = useWriter();
  if (!stale) return null;
  return (
    <Alert data-color="warning">
      <Paragraph>{t('errors.QUALITY_CYCLE_CHANGED')}</Paragraph>
      <Button variant="secondary" data-size="sm" onClick={reload} className="load-error__retry">
        {t('web.qualityCycle.reload')}
      </Button>
    </Alert>
  );
}
