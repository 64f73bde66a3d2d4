import { useState } from 'react';
import { Button, Checkbox, Dialog, DialogTrigger, Popover, Radio, RadioGroup } from 'react-aria-components';
import { graphCommands } from '../../renderer/commands';
import type { MessageKey } from '../../i18n/messages';
import type { Filters } from '../../domain/filters';
import { selectVisibility, useAppStore, useAppStoreApi, useT } from '../../store/hooks';

export function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'graph';
}

export function exportFileName(title: string, date: Date, ext: 'png' | 'svg' | 'json' | 'gexf' | 'graphml'): string {
  return `${slugify(title)}-${date.toISOString().slice(0, 10)}.${ext}`;
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

function OptionBox({ value, onChange, label }: { value: boolean; onChange: (v: boolean) => void; label: string }) {
  return (
    <Checkbox isSelected={value} onChange={onChange} className="checkbox">
      <span className="checkbox-box" aria-hidden="true" />
      {label}
    </Checkbox>
  );
}

export interface PngChoices {
  scale: string;
  transparent: boolean;
  legend: boolean;
  caption: boolean;
}

/** Exports the graph as shown, as a download named after the graph and the day, with a notice. */
export function useExporter() {
  const store = useAppStoreApi();
  const title = useAppStore((s) => s.graph.meta.title.en);
  const [working, setWorking] = useState(false);
  const run = async (ext: 'png' | 'svg' | 'json' | 'gexf' | 'graphml', { scale, transparent, legend, caption }: PngChoices = defaultPng(store.getState())) => {
    const commands = graphCommands();
    if (!commands) return;
    setWorking(true);
    try {
      let blob: Blob;
      if (ext === 'png') blob = await commands.exportPng({ scale: Number(scale), transparent, legend, caption });
      else if (ext === 'svg') blob = await commands.exportSvg();
      else if (ext === 'gexf' || ext === 'graphml') {
        const { toGexf, toGraphml } = await import('../../io/exportXml');
        const s = store.getState();
        const write = ext === 'gexf' ? toGexf : toGraphml;
        blob = new Blob([write(s.graph, commands.positions())], { type: 'application/xml' });
      }
      else {
        const s = store.getState();
        const { visibleSubgraph } = await import('../../io/exportJson');
        const sub = visibleSubgraph(s.index, selectVisibility(s), commands.positions(), s.views);
        blob = new Blob([JSON.stringify(sub, null, 2)], { type: 'application/json' });
        // The whole curated graph, with its documents, is now in a file.
        if (sub.nodes.length === s.graph.nodes.length && s.unsaved !== null) s.setUnsaved(false);
      }
      const name = exportFileName(title, new Date(), ext);
      download(blob, name);
      store.getState().pushNotice({ key: 'exported', params: { file: name }, tone: 'info' });
    } catch (err) {
      store.getState().pushNotice({ key: 'exportFailed', params: { error: err instanceof Error ? err.message : String(err) }, tone: 'error' });
    } finally {
      setWorking(false);
    }
  };
  return { run, working };
}

/** A filtered or focused view is not the whole graph: its picture says what it is, and what it shows. */
function defaultPng({ filters: f, focus }: { filters: Filters; focus: unknown }): PngChoices {
  const partial = f.countries.length > 0 || f.sectors.length > 0 || f.types.length > 0 || f.hideInferred || !!focus;
  return { scale: '2', transparent: false, legend: partial, caption: partial };
}

/** Export PNG (with its options), SVG and JSON of the graph as shown. */
export function ExportPng() {
  const t = useT();
  // Legend and caption follow the view (on for a filtered one) until the person sets them.
  const auto = useAppStore((s) => defaultPng(s).legend);
  const [scale, setScale] = useState('2');
  const [transparent, setTransparent] = useState(false);
  const [legendSet, setLegend] = useState<boolean | null>(null);
  const [captionSet, setCaption] = useState<boolean | null>(null);
  const legend = legendSet ?? auto;
  const caption = captionSet ?? auto;
  const { run, working } = useExporter();
  const choices = { scale, transparent, legend, caption };

  const more = (key: MessageKey, ext: 'svg' | 'json') => (
    <Button className="button in-wide-toolbar" onPress={() => run(ext)} isDisabled={working}>
      {t(key)}
    </Button>
  );

  return (
    <div className="export-group">
      <div className="split-button">
        <Button className="button" onPress={() => run('png', choices)} isDisabled={working}>
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
                {['1', '2', '3', '4'].map((s) => (
                  <Radio key={s} value={s}>{`${s}×`}</Radio>
                ))}
              </RadioGroup>
              <OptionBox value={transparent} onChange={setTransparent} label={t('transparent')} />
              <OptionBox value={legend} onChange={setLegend} label={t('withLegend')} />
              <OptionBox value={caption} onChange={setCaption} label={t('withCaption')} />
            </Dialog>
          </Popover>
        </DialogTrigger>
      </div>
      {more('exportSvg', 'svg')}
      {more('exportJson', 'json')}
    </div>
  );
}
