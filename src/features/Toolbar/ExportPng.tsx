import { useState } from 'react';
import { Button, Checkbox, Dialog, DialogTrigger, Popover, Radio, RadioGroup } from 'react-aria-components';
import { graphCommands } from '../../renderer/commands';
import { useAppStore, useAppStoreApi, useT } from '../../store/hooks';

export function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'graph';
}

export function pngFileName(title: string, date: Date): string {
  return `${slugify(title)}-${date.toISOString().slice(0, 10)}.png`;
}

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportPng() {
  const t = useT();
  const store = useAppStoreApi();
  const title = useAppStore((s) => s.graph.meta.title.en);
  const [scale, setScale] = useState('2');
  const [transparent, setTransparent] = useState(false);
  const [working, setWorking] = useState(false);

  const run = async () => {
    const commands = graphCommands();
    if (!commands) return;
    setWorking(true);
    try {
      const blob = await commands.exportPng({ scale: Number(scale), transparent });
      const name = pngFileName(title, new Date());
      download(blob, name);
      store.getState().pushNotice({ key: 'exported', params: { file: name }, tone: 'info' });
    } catch (err) {
      store.getState().pushNotice({ key: 'exportFailed', params: { error: err instanceof Error ? err.message : String(err) }, tone: 'error' });
    } finally {
      setWorking(false);
    }
  };

  return (
    <div className="split-button">
      <Button className="button" onPress={run} isDisabled={working}>
        {t('exportPng')}
      </Button>
      <DialogTrigger>
        <Button className="button split-toggle" aria-label={t('pngOptions')}>
          ▾
        </Button>
        <Popover placement="bottom end" className="popover">
          <Dialog className="export-options" aria-label={t('pngOptions')}>
            <RadioGroup value={scale} onChange={setScale} className="segmented small" orientation="horizontal" aria-label={t('exportScale')}>
              <span className="field-label">{t('exportScale')}</span>
              {['2', '3', '4'].map((s) => (
                <Radio key={s} value={s}>{`${s}×`}</Radio>
              ))}
            </RadioGroup>
            <Checkbox isSelected={transparent} onChange={setTransparent} className="checkbox">
              <span className="checkbox-box" aria-hidden="true" />
              {t('transparent')}
            </Checkbox>
          </Dialog>
        </Popover>
      </DialogTrigger>
    </div>
  );
}
