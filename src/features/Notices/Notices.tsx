import { useAppStore, useAppStoreApi, useT } from '../../store/hooks';

/** Messages about what was ignored or failed; errors are alerts, the rest polite status. */
export function Notices() {
  const t = useT();
  const store = useAppStoreApi();
  const notices = useAppStore((s) => s.notices);
  return (
    <div className="notices" role="status" aria-live="polite" aria-label={t('notices')}>
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.tone}`} role={n.tone === 'error' ? 'alert' : undefined}>
          <span>{t(n.key, n.params)}</span>
          <button type="button" className="icon-button" aria-label={t('dismiss')} onClick={() => store.getState().dismissNotice(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
