import { useEffect, useState } from 'react';
import { Button, Dialog, Heading, Modal } from 'react-aria-components';
import { useGraphLoader } from '../../app/GraphLoader';
import type { CsvMapping } from '../../io/import/formats';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../store/hooks';
import { useOpenFiles, type CsvPending } from './useOpenFiles';

const FIELDS: { key: keyof CsvMapping; label: MessageKey; table: 'nodes' | 'edges'; required: boolean }[] = [
  { key: 'nodeId', label: 'csvNodeId', table: 'nodes', required: true },
  { key: 'nodeLabel', label: 'csvNodeLabel', table: 'nodes', required: false },
  { key: 'nodeType', label: 'csvNodeType', table: 'nodes', required: false },
  { key: 'nodeCountry', label: 'csvNodeCountry', table: 'nodes', required: false },
  { key: 'nodeColor', label: 'csvNodeColor', table: 'nodes', required: false },
  { key: 'edgeSource', label: 'csvEdgeSource', table: 'edges', required: true },
  { key: 'edgeTarget', label: 'csvEdgeTarget', table: 'edges', required: true },
  { key: 'edgeType', label: 'csvEdgeType', table: 'edges', required: false },
];

function CsvMappingDialog({ pending, onConfirm, onCancel }: { pending: CsvPending; onConfirm: (m: CsvMapping) => void; onCancel: () => void }) {
  const t = useT();
  const [mapping, setMapping] = useState<CsvMapping>(pending.mapping);
  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && onCancel()} className="modal">
      <Dialog className="dialog" aria-label={t('csvMapping')}>
        <Heading slot="title">{t('csvMapping')}</Heading>
        <p className="muted">
          {pending.nodes.name} · {pending.edges.name}
        </p>
        <div className="mapping-grid">
          {FIELDS.map((f) => {
            const headers = pending[f.table].headers;
            return (
              <label key={f.key}>
                <span>{t(f.label)}</span>
                <select value={mapping[f.key] ?? ''} onChange={(e) => setMapping({ ...mapping, [f.key]: e.currentTarget.value || undefined })}>
                  {!f.required && <option value="">{t('csvNone')}</option>}
                  {headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </label>
            );
          })}
        </div>
        {/* The first rows of each file, so that the columns can be told apart by what they hold. */}
        {[pending.nodes, pending.edges].map((table) => (
          <div key={table.name} className="csv-preview">
            <table>
              <caption>{t('csvPreview', { file: table.name })}</caption>
              <thead>
                <tr>
                  {table.headers.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.slice(0, 3).map((row, i) => (
                  <tr key={i}>
                    {table.headers.map((h) => (
                      <td key={h}>{row[h]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
        <div className="dialog-actions">
          <Button className="button" onPress={onCancel}>
            {t('cancel')}
          </Button>
          <Button className="button primary" onPress={() => onConfirm(mapping)}>
            {t('open')}
          </Button>
        </div>
      </Dialog>
    </Modal>
  );
}

/** "Open graph file", drag and drop onto the page, and the way back to the bundled graph. */
export function OpenGraph() {
  const t = useT();
  const loader = useGraphLoader();
  const { progress, csv, openFiles, confirmCsv, cancelCsv } = useOpenFiles();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      void openFiles([...(e.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [openFiles]);

  return (
    <div className="open-graph">
      <label className="button file-button">
        <input
          type="file"
          aria-label={t('openGraphFile')}
          multiple
          accept=".json,.cyjs,.graphml,.gexf,.xml,.csv,.tsv,application/json"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            void openFiles(files);
          }}
        />
        <span aria-hidden="true">{t('openGraph')}</span>
      </label>
      {loader && !loader.isBundled && (
        <button type="button" className="button" onClick={() => loader.openBundled()}>
          {t('bundledGraph')}
        </button>
      )}
      {progress && <progress className="open-progress" aria-label={t('openingGraph')} max={1} value={progress.fraction} />}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('dropHere')}
        </div>
      )}
      {csv && <CsvMappingDialog pending={csv} onConfirm={confirmCsv} onCancel={cancelCsv} />}
    </div>
  );
}
