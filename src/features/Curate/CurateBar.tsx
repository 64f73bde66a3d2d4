import { useRef, useState } from 'react';
import { Button, Dialog, Heading, Menu, MenuItem, MenuTrigger, Modal, Popover, ToggleButton } from 'react-aria-components';
import { ConnectDialog } from './ConnectDialog';
import { useGraphLoader } from '../../app/GraphLoader';
import { jumpTo, redoNext, undoLast } from '../../app/undo';
import { clearWork } from '../../app/autosave';
import { addDocument, documentFromText, unsourcedCount } from '../../domain/curation';
import { applyMerge, planMerge, type MergePlan } from '../../domain/merge';
import { pick } from '../../i18n/messages';
import { MAX_FILE_BYTES, readFileText, importInWorker } from '../../io/import/client';
import { describeIssues } from '../../io/issues';
import type { Graph } from '../../io/schema';
import { useAppStore, useAppStoreApi, useNodeName } from '../../store/hooks';
import { useApplyEdit } from './edit';
import { useCT, type CurateKey } from './messages';
import { Field, FormDialog, NodeEditor } from './NodeEditor';

/** "Add document": paste a text or open a .txt / .md file; reading aids are cleaned, as the article's are. */
function AddDocument({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const ct = useCT();
  const store = useAppStoreApi();
  const applyEdit = useApplyEdit();
  const [title, setTitle] = useState({ zh: '', en: '' });
  const [date, setDate] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    const taken = new Set((store.getState().graph.documents ?? []).map((d) => d.id));
    const doc = documentFromText(text, { zh: title.zh.trim(), en: title.en.trim() }, taken, date.trim() || undefined);
    const shown = store.getState().lang === 'en' ? doc.title.en : doc.title.zh;
    const problem = applyEdit({ key: 'stepDocument', params: { title: shown || doc.title.en || doc.title.zh } }, (g) => addDocument(g, doc));
    setError(problem);
    if (problem) return;
    // The reader opens on the new document.
    store.getState().setReaderDocument(doc.id);
    store.getState().openReader(1);
    onClose();
  };
  return (
    <FormDialog title={ct('addDocument')} isOpen={isOpen} onClose={onClose} onSubmit={save} error={error} wide>
      <div className="field-row">
        <Field label={ct('docTitleZh')} value={title.zh} onChange={(zh) => setTitle({ ...title, zh })} required autoFocus />
        <Field label={ct('docTitleEn')} value={title.en} onChange={(en) => setTitle({ ...title, en })} required />
      </div>
      <Field label={ct('docDate')} value={date} onChange={setDate} />
      <Field label={ct('docText')} value={text} onChange={setText} multiline required />
      <label className="field">
        <span>{ct('docFile')}</span>
        <input
          type="file"
          accept=".txt,.md,text/plain,text/markdown"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (!f) return;
            void readFileText(f, () => undefined, MAX_FILE_BYTES).then(
              (t) => {
                setText(t);
                if (!title.en && !title.zh) setTitle({ zh: f.name.replace(/\.\w+$/, ''), en: f.name.replace(/\.\w+$/, '') });
              },
              (err: Error) => setError(err.message),
            );
          }}
        />
      </label>
    </FormDialog>
  );
}

/** The review before a second graph is added: matches, conflicts, what is new. Nothing changes before "Add". */
function MergeReview({ file, incoming, plan, onClose }: { file: string; incoming: Graph; plan: MergePlan; onClose: () => void }) {
  const ct = useCT();
  const applyEdit = useApplyEdit();
  const name = useNodeName();
  const lang = useAppStore((s) => s.lang);
  const [error, setError] = useState<string | null>(null);
  const conflicts = [...plan.matches.flatMap((m) => m.conflicts.map((c) => ({ who: name(m.existing.id), c }))), ...plan.edgeMatches.flatMap((m) => m.conflicts.map((c) => ({ who: `${name(m.existing.source)} → ${name(m.existing.target)}`, c })))];
  const field: Record<string, CurateKey> = { country: 'fieldCountry', type: 'fieldType', year: 'fieldYear' };
  return (
    <FormDialog
      title={ct('mergeTitle', { file })}
      isOpen
      onClose={onClose}
      error={error}
      submitLabel={ct('mergeApply')}
      wide
      onSubmit={() => {
        const problem = applyEdit({ key: 'stepMerge', params: { file } }, (g) => applyMerge(g, incoming, plan));
        setError(problem);
        if (!problem) onClose();
      }}
    >
      <section aria-label={ct('mergeConflicts', { n: conflicts.length })}>
        <h3>{ct('mergeConflicts', { n: conflicts.length })}</h3>
        <ul className="merge-list">
          {conflicts.map(({ who, c }, i) => (
            <li key={i}>{ct('conflictLine', { name: who, field: ct(field[c.field]!), here: c.here, incoming: c.incoming })}</li>
          ))}
        </ul>
      </section>
      <section aria-label={ct('mergeMatches', { n: plan.matches.length })}>
        <h3>{ct('mergeMatches', { n: plan.matches.length })}</h3>
        <ul className="merge-list">
          {plan.matches.map((m) => (
            <li key={m.incoming.id}>
              {pick(m.incoming.name, lang)} = {name(m.existing.id)} <span className="muted small">({ct('mergeBy', { rule: ct(m.by === 'id' ? 'ruleId' : 'ruleName') })})</span>
            </li>
          ))}
        </ul>
        {plan.edgeMatches.length > 0 && <p className="muted small">{ct('mergeSame', { n: plan.edgeMatches.length })}</p>}
      </section>
      <section aria-label={ct('mergeNew', { nodes: plan.newNodes.length, edges: plan.newEdges.length })}>
        <h3>{ct('mergeNew', { nodes: plan.newNodes.length, edges: plan.newEdges.length })}</h3>
        <ul className="merge-list">
          {plan.newNodes.slice(0, 50).map((n) => (
            <li key={n.id}>{pick(n.name, lang)}</li>
          ))}
          {plan.newNodes.length > 50 && <li>… {plan.newNodes.length - 50}</li>}
        </ul>
      </section>
    </FormDialog>
  );
}

/** Formats a step's label from the curation words (or the few the canvas records). */
function useStepText() {
  const ct = useCT();
  return (label: { key: string; params?: Record<string, string | number> }) => ct(label.key as CurateKey, label.params);
}

/** The edit mode bar: undo, redo and the history; add a node, a document, another graph; where the edits are kept. */
export function CurateBar() {
  const ct = useCT();
  const store = useAppStoreApi();
  const loader = useGraphLoader();
  const history = useAppStore((s) => s.history);
  const unsaved = useAppStore((s) => s.unsaved);
  const graph = useAppStore((s) => s.graph);
  const drawLinks = useAppStore((s) => s.drawLinks);
  const connectRequest = useAppStore((s) => s.connectRequest);
  const stepText = useStepText();
  const [open, setOpen] = useState<null | 'node' | 'document' | 'discard'>(null);
  const [merge, setMerge] = useState<{ file: string; incoming: Graph; plan: MergePlan } | null>(null);
  const [mergeError, setMergeError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const steps = [...history.past, ...history.future];
  const done = history.past.length;
  const unsourced = unsourcedCount(graph);

  const chooseMerge = async (f: File) => {
    setMergeError(null);
    try {
      const text = await readFileText(f, () => undefined, MAX_FILE_BYTES);
      const result = await importInWorker([{ name: f.name, text }], undefined, () => undefined);
      if (!result.ok) {
        setMergeError(ct('mergeRefusedFile', { file: f.name, problems: describeIssues(result.issues, result.total, 3) }));
        return;
      }
      setMerge({ file: f.name, incoming: result.graph, plan: planMerge(store.getState().graph, result.graph) });
    } catch (err) {
      setMergeError(ct('mergeRefusedFile', { file: f.name, problems: (err as Error).message }));
    }
  };

  return (
    <div className="banner curate-bar" role="toolbar" aria-label={ct('editBar')}>
      <strong>{ct('editing')}</strong>
      <Button className="button" isDisabled={done === 0} onPress={() => undoLast(store)} aria-keyshortcuts="Control+Z">
        {ct('undo')}
      </Button>
      <Button className="button" isDisabled={history.future.length === 0} onPress={() => redoNext(store)} aria-keyshortcuts="Control+Shift+Z">
        {ct('redo')}
      </Button>
      <MenuTrigger>
        <Button className="button">
          {ct('history')} <span className="muted">({done})</span>
        </Button>
        <Popover placement="bottom start" className="popover">
          <Menu className="menu history-menu" onAction={(k) => jumpTo(store, Number(k))}>
            <MenuItem id="0" className="menu-item">
              {done === 0 ? '● ' : ''}
              {ct('historyStart')}
            </MenuItem>
            {steps.map((s, i) => (
              <MenuItem key={i + 1} id={String(i + 1)} className={i + 1 > done ? 'menu-item undone' : 'menu-item'}>
                {i + 1 === done ? '● ' : ''}
                {stepText(s.label)}
              </MenuItem>
            ))}
          </Menu>
        </Popover>
      </MenuTrigger>
      <Button className="button" onPress={() => setOpen('node')}>
        {ct('addNode')}
      </Button>
      <ToggleButton className="button" isSelected={drawLinks} onChange={(on) => store.getState().setDrawLinks(on)} aria-description={ct('drawLinksHint')}>
        {ct('drawLinks')}
      </ToggleButton>
      <Button className="button" onPress={() => setOpen('document')}>
        {ct('addDocument')}
      </Button>
      <Button className="button" onPress={() => fileInput.current?.click()}>
        {ct('addToGraph')}
      </Button>
      <input
        ref={fileInput}
        type="file"
        hidden
        aria-label={ct('mergeChoose')}
        accept=".json,.gexf,.graphml,.xml,.cyjs"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void chooseMerge(f);
        }}
      />
      <span className={unsaved ? 'save-state unsaved' : 'save-state'} role="status">
        {unsaved === true ? ct('unsavedToFile') : unsaved === false ? ct('savedToFile') : ''}
        {unsourced > 0 && `${unsaved !== null ? ' · ' : ''}${ct('unsourcedCount', { n: unsourced })}`}
      </span>
      <Button className="button subtle" onPress={() => setOpen('discard')}>
        {ct('discard')}
      </Button>
      {mergeError && (
        <p role="alert" className="form-error">
          {mergeError}
        </p>
      )}
      {open === 'node' && <NodeEditor isOpen onClose={() => setOpen(null)} />}
      {open === 'document' && <AddDocument isOpen onClose={() => setOpen(null)} />}
      {merge && <MergeReview {...merge} onClose={() => setMerge(null)} />}
      {connectRequest && <ConnectDialog key={`${connectRequest.from}>${connectRequest.to}`} from={connectRequest.from} to={connectRequest.to} isOpen onClose={() => store.getState().setConnectRequest(null)} />}
      {open === 'discard' && (
        <Modal isOpen isDismissable onOpenChange={(o) => !o && setOpen(null)} className="modal">
          <Dialog className="dialog curate-dialog" aria-label={ct('discard')}>
            <Heading slot="title">{ct('discard')}</Heading>
            <p>{ct('discardConfirm')}</p>
            <div className="dialog-actions">
              <Button
                className="button danger"
                onPress={() => {
                  void clearWork().finally(() => loader?.openBundled());
                }}
              >
                {ct('discard')}
              </Button>
              <Button className="button" onPress={() => setOpen(null)}>
                {ct('cancel')}
              </Button>
            </div>
          </Dialog>
        </Modal>
      )}
    </div>
  );
}
