import { useEffect, useMemo, useState } from 'react';
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Radio, RadioGroup, Text } from 'react-aria-components';
import { addEdge, addRelationType, updateEdge, type Evidence } from '../../domain/curation';
import type { SearchHit } from '../../domain/search';
import { pick } from '../../i18n/messages';
import type { Graph, GraphEdge, Localized } from '../../io/schema';
import { useAppStore, useAppStoreApi, useNodeName } from '../../store/hooks';
import { sharedSearchClient } from '../Search/searchClient';
import { useApplyEdit } from './edit';
import { useCT } from './messages';
import { Field, FormDialog, SelectField } from './NodeEditor';
import { QuoteLine } from './EvidenceBar';

const NEW_TYPE = '__new__';

/** Searches the graph's names with the search box's own index (Chinese, English, pinyin, aliases). */
function useNodeSearch(query: string): SearchHit[] {
  const nodes = useAppStore((s) => s.graph.nodes);
  // The search box's index for this graph (built already, or now if nobody has searched yet).
  const client = useMemo(() => sharedSearchClient(nodes), [nodes]);
  const [hits, setHits] = useState<SearchHit[]>([]);
  useEffect(() => {
    let live = true;
    if (!query.trim()) {
      setHits([]);
      return;
    }
    void client.search(query, 12).then((h) => live && setHits(h));
    return () => {
      live = false;
    };
  }, [client, query]);
  return hits;
}

/**
 * "Connect to…": a relationship from the selected node to one chosen by searching, of a type from
 * the vocabulary (or a new one, with its inverse), with a year, a role and its evidence. With `edge`,
 * edits that relationship's type, year and role.
 */
export function ConnectDialog({ from, to, edge, isOpen, onClose }: { from?: string; to?: string; edge?: GraphEdge; isOpen: boolean; onClose: () => void }) {
  const ct = useCT();
  const store = useAppStoreApi();
  const applyEdit = useApplyEdit();
  const lang = useAppStore((s) => s.lang);
  const relations = useAppStore((s) => s.graph.vocabularies.relationTypes);
  const pending = useAppStore((s) => s.evidence);
  const name = useNodeName();
  const [query, setQuery] = useState(() => (to ? name(to) : ''));
  const [other, setOther] = useState<string | null>(to ?? null);
  const [outgoing, setOutgoing] = useState('out');
  const [type, setType] = useState(edge?.type ?? relations[0]!.id);
  const [newType, setNewType] = useState({ zh: '', en: '', izh: '', ien: '' });
  const [year, setYear] = useState(edge?.year !== undefined ? String(edge.year) : '');
  const [role, setRole] = useState<Localized>({ zh: edge?.role?.zh ?? '', en: edge?.role?.en ?? '' });
  const [evidenceKind, setEvidenceKind] = useState<string>(pending ? 'quote' : 'none');
  const [note, setNote] = useState<Localized>({ zh: '', en: '' });
  const [error, setError] = useState<string | null>(null);
  const hits = useNodeSearch(query);
  const found = hits.filter((h) => h.id !== from).map((h) => ({ id: h.id, name: name(h.id) }));
  // The node a drawn line ended on is chosen already.
  const items = other && !found.some((f) => f.id === other) ? [{ id: other, name: name(other) }, ...found] : found;

  const save = () => {
    if (!edge && !other) {
      setError(ct('refused', { problems: `${ct('otherNode')}: ${ct('required')}` }));
      return;
    }
    const y = year.trim() ? Number(year.trim()) : undefined;
    const withType = (g: Graph): { graph: Graph; type: string } => {
      if (type !== NEW_TYPE) return { graph: g, type };
      const r = addRelationType(g, { zh: newType.zh.trim(), en: newType.en.trim() }, { zh: newType.izh.trim(), en: newType.ien.trim() });
      return { graph: r.graph, type: r.id };
    };
    let problem: string | null;
    if (edge) {
      problem = applyEdit({ key: 'stepEditEdge', params: { from: name(edge.source), to: name(edge.target) } }, (g) => {
        const t = withType(g);
        return updateEdge(t.graph, edge.id, { type: t.type, year: y, role });
      });
    } else {
      const [source, target] = outgoing === 'out' ? [from!, other!] : [other!, from!];
      const evidence: Evidence =
        evidenceKind === 'quote' && pending ? { kind: 'quote', source: pending } : evidenceKind === 'inferred' ? { kind: 'inferred', note: { zh: note.zh.trim(), en: note.en.trim() } } : { kind: 'none' };
      let id = '';
      problem = applyEdit({ key: 'stepAddEdge', params: { from: name(source), to: name(target) } }, (g) => {
        const t = withType(g);
        const r = addEdge(t.graph, { source, target, type: t.type, year: y, role }, evidence);
        id = r.id;
        return r.graph;
      });
      if (!problem) {
        store.getState().select({ kind: 'edge', id });
        if (evidence.kind === 'quote') store.getState().setEvidence(null);
      }
    }
    setError(problem);
    if (!problem) onClose();
  };

  return (
    <FormDialog title={edge ? ct('editEdge') : ct('connect')} isOpen={isOpen} onClose={onClose} onSubmit={save} error={error} wide>
      {!edge && from && (
        <>
          <ComboBox
            className="field node-picker"
            inputValue={query}
            onInputChange={setQuery}
            selectedKey={other}
            onSelectionChange={(k) => {
              setOther(k === null ? null : String(k));
              if (k !== null) setQuery(name(String(k)));
            }}
            items={items}
            menuTrigger="input"
            allowsEmptyCollection
            autoFocus
          >
            <Label>{ct('otherNode')}</Label>
            <Input className="text-input" />
            <Text slot="description" className="muted small">
              {ct('otherNodeHint')}
            </Text>
            <Popover className="popover">
              <ListBox className="listbox" items={items}>
                {(item) => (
                  <ListBoxItem id={item.id} textValue={item.name} className="listbox-item">
                    {item.name}
                  </ListBoxItem>
                )}
              </ListBox>
            </Popover>
          </ComboBox>
          <RadioGroup className="field radio-row" value={outgoing} onChange={setOutgoing}>
            <Label>{ct('direction')}</Label>
            <Radio value="out" className="radio">
              {ct('outgoing', { name: name(from) })}
            </Radio>
            <Radio value="in" className="radio">
              {ct('incoming', { name: name(from) })}
            </Radio>
          </RadioGroup>
        </>
      )}
      <SelectField
        label={ct('relationType')}
        value={type}
        onChange={setType}
        options={[...relations.map((r) => ({ value: r.id, label: pick(r.label, lang) })), { value: NEW_TYPE, label: ct('newRelation') }]}
      />
      {type === NEW_TYPE && (
        <div className="field-grid">
          <Field label={ct('relLabelZh')} value={newType.zh} onChange={(zh) => setNewType({ ...newType, zh })} required />
          <Field label={ct('relLabelEn')} value={newType.en} onChange={(en) => setNewType({ ...newType, en })} required />
          <Field label={ct('inverseZh')} value={newType.izh} onChange={(izh) => setNewType({ ...newType, izh })} required />
          <Field label={ct('inverseEn')} value={newType.ien} onChange={(ien) => setNewType({ ...newType, ien })} required />
        </div>
      )}
      <div className="field-row">
        <Field label={ct('yearField')} value={year} onChange={setYear} />
        <Field label={ct('roleZh')} value={role.zh} onChange={(zh) => setRole({ ...role, zh })} />
        <Field label={ct('roleEn')} value={role.en} onChange={(en) => setRole({ ...role, en })} />
      </div>
      {!edge && (
        <RadioGroup className="field" value={evidenceKind} onChange={setEvidenceKind}>
          <Label>{ct('evidence')}</Label>
          <Radio value="quote" className="radio" isDisabled={!pending}>
            {ct('evidenceQuote')}
          </Radio>
          {pending ? <QuoteLine source={pending} /> : <p className="muted small">{ct('selectInReader')}</p>}
          <Radio value="inferred" className="radio">
            {ct('evidenceInferred')}
          </Radio>
          {evidenceKind === 'inferred' && (
            <div className="field-row">
              <Field label={ct('noteZh')} value={note.zh} onChange={(zh) => setNote({ ...note, zh })} required />
              <Field label={ct('noteEn')} value={note.en} onChange={(en) => setNote({ ...note, en })} required />
            </div>
          )}
          <Radio value="none" className="radio">
            {ct('evidenceNone')}
          </Radio>
        </RadioGroup>
      )}
    </FormDialog>
  );
}
