import { useState, type ReactNode } from 'react';
import { Button, Dialog, Heading, Input, Label, Modal, TextArea, TextField } from 'react-aria-components';
import { addNode, figuresToFacts, updateNode, type FigureDraft, type NodeDraft } from '../../domain/curation';
import { pick } from '../../i18n/messages';
import type { GraphNode } from '../../io/schema';
import { graphCommands } from '../../renderer/commands';
import { useAppStore, useAppStoreApi } from '../../store/hooks';
import { useApplyEdit } from './edit';
import { useCT } from './messages';

/** A modal dialog with a title, a form, an error line and Save / Cancel. */
export function FormDialog({ title, isOpen, onClose, onSubmit, error, submitLabel, children, wide = false }: { title: string; isOpen: boolean; onClose: () => void; onSubmit: () => void; error: string | null; submitLabel?: string; children: ReactNode; wide?: boolean }) {
  const ct = useCT();
  return (
    <Modal isOpen={isOpen} onOpenChange={(open) => !open && onClose()} isDismissable className="modal">
      <Dialog className={wide ? 'dialog curate-dialog wide' : 'dialog curate-dialog'} aria-label={title}>
        <Heading slot="title">{title}</Heading>
        <form
          className="curate-form"
          onSubmit={(e) => {
            e.preventDefault();
            onSubmit();
          }}
        >
          {children}
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <Button type="submit" className="button primary">
              {submitLabel ?? ct('save')}
            </Button>
            <Button className="button" onPress={onClose}>
              {ct('cancel')}
            </Button>
          </div>
        </form>
      </Dialog>
    </Modal>
  );
}

export function Field({ label, value, onChange, required = false, multiline = false, autoFocus = false }: { label: string; value: string; onChange: (v: string) => void; required?: boolean; multiline?: boolean; autoFocus?: boolean }) {
  return (
    <TextField value={value} onChange={onChange} isRequired={required} autoFocus={autoFocus} className="field">
      <Label>{label}</Label>
      {multiline ? <TextArea className="text-input" rows={3} /> : <Input className="text-input" />}
    </TextField>
  );
}

/** A native select with its label: as accessible as a custom one, and it fits a short form. */
export function SelectField({ label, value, onChange, options }: { label: string; value: string; onChange: (v: string) => void; options: readonly { value: string; label: string }[] }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select className="text-input" value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

const draftOf = (n: GraphNode | undefined, type: string): NodeDraft => ({
  name: { zh: n?.name.zh ?? '', en: n?.name.en ?? '' },
  aliases: n?.aliases ?? [],
  type: n?.type ?? type,
  country: n?.country,
  sectors: n?.sectors ?? [],
  description: n?.description ? { ...n.description } : { zh: '', en: '' },
});

/** Adds a node (no `node`) or edits one: names, aliases, type, country, sectors, description. */
export function NodeEditor({ node, isOpen, onClose }: { node?: GraphNode; isOpen: boolean; onClose: () => void }) {
  const ct = useCT();
  const store = useAppStoreApi();
  const applyEdit = useApplyEdit();
  const vocab = useAppStore((s) => s.graph.vocabularies);
  const lang = useAppStore((s) => s.lang);
  const [draft, setDraft] = useState<NodeDraft>(() => draftOf(node, vocab.nodeTypes[0]!.id));
  const [aliases, setAliases] = useState((node?.aliases ?? []).join('\n'));
  const [figures, setFigures] = useState<FigureDraft[]>(() =>
    (node?.facts ?? []).map((f) => ({ key: f.key, label: { ...f.label }, value: String(f.value), unit: { zh: f.unit?.zh ?? '', en: f.unit?.en ?? '' }, year: f.year !== undefined ? String(f.year) : '', rest: f })),
  );
  const setFigure = (i: number, patch: Partial<FigureDraft>) => setFigures((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<NodeDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = () => {
    const full: NodeDraft = { ...draft, aliases: aliases.split('\n'), facts: figuresToFacts(figures) };
    const label = (lang === 'en' ? full.name.en : full.name.zh) || full.name.en || full.name.zh;
    let problem: string | null;
    if (node) {
      problem = applyEdit({ key: 'stepEditNode', params: { name: label } }, (g) => updateNode(g, node.id, full));
    } else {
      // A new node appears in the middle of what is on screen.
      let id = '';
      problem = applyEdit({ key: 'stepAddNode', params: { name: label } }, (g) => {
        const r = addNode(g, full);
        id = r.id;
        return r.graph;
      });
      if (!problem) {
        store.getState().select({ kind: 'node', id });
        setTimeout(() => graphCommands()?.centerOn(id), 50);
      }
    }
    setError(problem);
    if (!problem) onClose();
  };
  return (
    <FormDialog title={node ? ct('editNode') : ct('addNode')} isOpen={isOpen} onClose={onClose} onSubmit={save} error={error}>
      <div className="field-row">
        <Field label={ct('nameZh')} value={draft.name.zh} onChange={(zh) => set({ name: { ...draft.name, zh } })} required autoFocus />
        <Field label={ct('nameEn')} value={draft.name.en} onChange={(en) => set({ name: { ...draft.name, en } })} required />
      </div>
      <Field label={ct('aliasesField')} value={aliases} onChange={setAliases} multiline />
      <div className="field-row">
        <SelectField label={ct('typeField')} value={draft.type} onChange={(type) => set({ type })} options={vocab.nodeTypes.map((t) => ({ value: t.id, label: pick(t.label, lang) }))} />
        <SelectField
          label={ct('countryField')}
          value={draft.country ?? ''}
          onChange={(c) => set({ country: c || undefined })}
          options={[{ value: '', label: ct('none') }, ...vocab.countries.map((c) => ({ value: c.code, label: pick(c.label, lang) }))]}
        />
      </div>
      {vocab.sectors.length > 0 && (
        <fieldset className="field sectors-field">
          <legend>{ct('sectorsField')}</legend>
          {vocab.sectors.map((s) => (
            <label key={s.id} className="check">
              <input type="checkbox" checked={draft.sectors.includes(s.id)} onChange={(e) => set({ sectors: e.target.checked ? [...draft.sectors, s.id] : draft.sectors.filter((x) => x !== s.id) })} />
              {pick(s.label, lang)}
            </label>
          ))}
        </fieldset>
      )}
      <Field label={ct('descZh')} value={draft.description?.zh ?? ''} onChange={(zh) => set({ description: { en: draft.description?.en ?? '', zh } })} multiline />
      <Field label={ct('descEn')} value={draft.description?.en ?? ''} onChange={(en) => set({ description: { zh: draft.description?.zh ?? '', en } })} multiline />
      <fieldset className="field figures-field">
        <legend>{ct('figures')}</legend>
        {figures.map((f, i) => (
          <div key={i} className="figure-row" role="group" aria-label={ct('figureN', { n: i + 1 })}>
            <Field label={ct('figureLabelZh')} value={f.label.zh} onChange={(zh) => setFigure(i, { label: { ...f.label, zh } })} />
            <Field label={ct('figureLabelEn')} value={f.label.en} onChange={(en) => setFigure(i, { label: { ...f.label, en } })} />
            <Field label={ct('figureValue')} value={f.value} onChange={(value) => setFigure(i, { value })} />
            <Field label={ct('figureUnitZh')} value={f.unit.zh} onChange={(zh) => setFigure(i, { unit: { ...f.unit, zh } })} />
            <Field label={ct('figureUnitEn')} value={f.unit.en} onChange={(en) => setFigure(i, { unit: { ...f.unit, en } })} />
            <Field label={ct('yearField')} value={f.year} onChange={(year) => setFigure(i, { year })} />
            <Button className="button subtle" onPress={() => setFigures((rows) => rows.filter((_, j) => j !== i))}>
              {ct('removeFigure', { n: i + 1 })}
            </Button>
          </div>
        ))}
        <Button className="button" onPress={() => setFigures((rows) => [...rows, { label: { zh: '', en: '' }, value: '', unit: { zh: '', en: '' }, year: '' }])}>
          {ct('addFigure')}
        </Button>
      </fieldset>
    </FormDialog>
  );
}
