import { useEffect, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Input, Label, Popover, TextField } from 'react-aria-components';
import { currentViewQuery, showViewQuery } from '../../app/urlSync';
import { graphCommands } from '../../renderer/commands';
import type { GraphView } from '../../io/schema';
import { useAppStore, useAppStoreApi, useT } from '../../store/hooks';
import type { AppStore } from '../../store/appStore';

/** Shows a view: its address (filters, selection, layout…), then its positions once the layout has run. */
export function showView(view: GraphView, store: AppStore): void {
  showViewQuery(view.query);
  if (!view.positions) return;
  const positions = view.positions;
  // After the layout the address asks for has placed the nodes: the graph is busy while a layout
  // runs; a view with the layout already on screen starts none, and is placed after two frames.
  const start = performance.now();
  let seenBusy = false;
  const place = () => {
    const busy = store.getState().busy;
    seenBusy ||= busy;
    if (busy && performance.now() - start < 15_000) requestAnimationFrame(place);
    else if (!seenBusy && performance.now() - start < 120) requestAnimationFrame(place);
    else graphCommands()?.setPositions(positions);
  };
  requestAnimationFrame(place);
}

const newId = (views: readonly GraphView[]) => {
  let i = views.length + 1;
  while (views.some((v) => v.id === `view-${i}`)) i++;
  return `view-${i}`;
};

/** "Views" (视图): save the view under a name; restore, rename, reorder, delete, copy its link; present them in order. */
export function ViewsPanel() {
  const t = useT();
  const store = useAppStoreApi();
  const views = useAppStore((s) => s.views);
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [copied, setCopied] = useState<string | null>(null);

  const save = () => {
    const s = store.getState();
    const label = name.trim() || t('viewDefaultName', { n: views.length + 1 });
    const positions = Object.fromEntries([...(graphCommands()?.positions() ?? new Map())].map(([id, p]) => [id, { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 }]));
    s.setViews([...views, { id: newId(views), name: label.slice(0, 200), query: currentViewQuery(store), positions }]);
    setName('');
  };
  const move = (i: number, by: number) => {
    const next = [...views];
    const [v] = next.splice(i, 1);
    next.splice(Math.max(0, Math.min(next.length, i + by)), 0, v!);
    store.getState().setViews(next);
  };
  const link = (v: GraphView) => `${window.location.origin}${window.location.pathname}${v.query}`;

  return (
    <DialogTrigger>
      <Button className="button">{t('views')}</Button>
      <Popover placement="bottom end" className="popover views-popover">
        <Dialog className="dialog views-dialog" aria-label={t('views')}>
          {({ close }) => (
          <>
          <Heading slot="title">{t('views')}</Heading>
          <form
            className="views-save"
            onSubmit={(e) => {
              e.preventDefault();
              save();
            }}
          >
            <TextField value={name} onChange={setName}>
              <Label>{t('viewName')}</Label>
              <Input className="text-input" />
            </TextField>
            <Button type="submit" className="button primary">
              {t('viewSave')}
            </Button>
          </form>
          {views.length === 0 ? (
            <p className="muted small">{t('viewsNone')}</p>
          ) : (
            <ol className="views-list" aria-label={t('viewsSaved')}>
              {views.map((v, i) => (
                <li key={v.id}>
                  {editing === v.id ? (
                    <form
                      onSubmit={(e) => {
                        e.preventDefault();
                        if (draft.trim()) store.getState().setViews(views.map((x) => (x.id === v.id ? { ...x, name: draft.trim().slice(0, 200) } : x)));
                        setEditing(null);
                      }}
                    >
                      <TextField value={draft} onChange={setDraft} autoFocus aria-label={t('viewRenameTo', { name: v.name })}>
                        <Input className="text-input" />
                      </TextField>
                    </form>
                  ) : (
                    <Button
                      className="button subtle view-name"
                      onPress={() => {
                        close();
                        showView(v, store);
                      }}
                      aria-label={t('viewShow', { name: v.name })}
                    >
                      {v.name}
                    </Button>
                  )}
                  <span className="view-actions">
                    <Button className="icon-button" aria-label={t('viewUp', { name: v.name })} isDisabled={i === 0} onPress={() => move(i, -1)}>
                      ↑
                    </Button>
                    <Button className="icon-button" aria-label={t('viewDown', { name: v.name })} isDisabled={i === views.length - 1} onPress={() => move(i, 1)}>
                      ↓
                    </Button>
                    <Button
                      className="icon-button"
                      aria-label={t('viewRename', { name: v.name })}
                      onPress={() => {
                        setEditing(v.id);
                        setDraft(v.name);
                      }}
                    >
                      ✎
                    </Button>
                    <Button
                      className="icon-button"
                      aria-label={t('viewCopyLink', { name: v.name })}
                      onPress={() => {
                        void navigator.clipboard?.writeText(link(v)).then(
                          () => setCopied(v.id),
                          () => setCopied(null),
                        );
                      }}
                    >
                      🔗
                    </Button>
                    <Button className="icon-button" aria-label={t('viewDelete', { name: v.name })} onPress={() => store.getState().setViews(views.filter((x) => x.id !== v.id))}>
                      ×
                    </Button>
                  </span>
                  {copied === v.id && (
                    <span role="status" className="muted small">
                      {t('viewCopied')}
                    </span>
                  )}
                </li>
              ))}
            </ol>
          )}
          {views.length > 0 && (
            <Button
              className="button"
              onPress={() => {
                close();
                present(store, 0);
              }}
            >
              {t('viewPresent')}
            </Button>
          )}
          </>
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}

export function present(store: AppStore, index: number | null): void {
  const { views } = store.getState();
  if (index === null || !views.length) {
    store.getState().setPresenting(null);
    return;
  }
  const i = Math.max(0, Math.min(views.length - 1, index));
  store.getState().setPresenting(i);
  showView(views[i]!, store);
}

/** While presenting: which view of how many, Previous and Next (also ← and →), Escape to stop. */
export function PresentBar() {
  const t = useT();
  const store = useAppStoreApi();
  const presenting = useAppStore((s) => s.presenting);
  const views = useAppStore((s) => s.views);
  useEffect(() => {
    if (presenting === null) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [role=combobox], [role=slider]')) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown') present(store, presenting + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') present(store, presenting - 1);
      else if (e.key === 'Escape') present(store, null);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, store]);
  if (presenting === null || !views[presenting]) return null;
  return (
    <div className="banner accent present-bar" role="status">
      <span>{t('viewPresenting', { i: presenting + 1, n: views.length, name: views[presenting]!.name })}</span>
      <Button className="button subtle" isDisabled={presenting === 0} onPress={() => present(store, presenting - 1)}>
        {t('viewPrevious')}
      </Button>
      <Button className="button subtle" isDisabled={presenting === views.length - 1} onPress={() => present(store, presenting + 1)}>
        {t('viewNext')}
      </Button>
      <Button className="button subtle" onPress={() => present(store, null)}>
        {t('viewStop')}
      </Button>
    </div>
  );
}
