import { useState } from 'react';
import { Button, Radio, RadioGroup } from 'react-aria-components';
import { useAppStore, useAppStoreApi, useT } from '../../store/hooks';

/** Focus on a node's neighbourhood, expand it, or start a path from it. */
export function NodeActions({ id }: { id: string }) {
  const t = useT();
  const store = useAppStoreApi();
  const focus = useAppStore((s) => s.focus);
  const [k, setK] = useState(String(focus?.id === id ? focus.k : 1));
  const canExpand = focus && focus.id !== id && !focus.expanded.includes(id);
  return (
    <div className="node-actions">
      <div className="action-row">
        <Button className="button" onPress={() => store.getState().setFocus({ id, k: Number(k), expanded: [] })}>
          {t('focus')}
        </Button>
        <RadioGroup
          className="segmented small"
          aria-label={t('hops')}
          orientation="horizontal"
          value={k}
          onChange={(v) => {
            setK(v);
            const f = store.getState().focus;
            if (f?.id === id) store.getState().setFocus({ ...f, k: Number(v) });
          }}
        >
          <span className="field-label" aria-hidden="true">{t('hops')}</span>
          {['1', '2', '3'].map((v) => (
            <Radio key={v} value={v}>
              {v}
            </Radio>
          ))}
        </RadioGroup>
        {canExpand && (
          <Button className="button" onPress={() => store.getState().expand(id)}>
            {t('expand')}
          </Button>
        )}
      </div>
      <Button className="button" onPress={() => store.getState().startPath(id)}>
        {t('pathFromHere')}
      </Button>
    </div>
  );
}
