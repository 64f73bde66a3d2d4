import { useState } from 'react';
import { Button } from 'react-aria-components';
import { deleteEdge, deleteNode, edgesOf, markInferred } from '../../domain/curation';
import type { GraphEdge, GraphNode, Localized } from '../../io/schema';
import { useAppStore, useAppStoreApi, useEdgeName, useNodeName } from '../../store/hooks';
import { ConnectDialog } from './ConnectDialog';
import { useApplyEdit } from './edit';
import { useCT } from './messages';
import { Field, FormDialog, NodeEditor } from './NodeEditor';

type Open = null | 'edit' | 'connect' | 'delete' | 'inferred';

/** Mark inferred, with a note saying why. */
function InferredDialog({ target, label, isOpen, onClose }: { target: { kind: 'node' | 'edge'; id: string }; label: string; isOpen: boolean; onClose: () => void }) {
  const ct = useCT();
  const applyEdit = useApplyEdit();
  const [note, setNote] = useState<Localized>({ zh: '', en: '' });
  const [error, setError] = useState<string | null>(null);
  return (
    <FormDialog
      title={ct('markInferred')}
      isOpen={isOpen}
      onClose={onClose}
      error={error}
      onSubmit={() => {
        const problem = applyEdit({ key: 'stepInferred', params: { name: label } }, (g) => markInferred(g, target, { zh: note.zh.trim(), en: note.en.trim() }));
        setError(problem);
        if (!problem) onClose();
      }}
    >
      <Field label={ct('noteZh')} value={note.zh} onChange={(zh) => setNote({ ...note, zh })} required autoFocus />
      <Field label={ct('noteEn')} value={note.en} onChange={(en) => setNote({ ...note, en })} required />
    </FormDialog>
  );
}

/** In edit mode, under a node's details: edit it, connect it, mark it inferred, delete it (its relationships listed first). */
export function NodeEditActions({ node }: { node: GraphNode }) {
  const ct = useCT();
  const applyEdit = useApplyEdit();
  const graph = useAppStore((s) => s.graph);
  const name = useNodeName();
  const edgeName = useEdgeName();
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<string | null>(null);
  const close = () => setOpen(null);
  const label = name(node.id);
  const edges = open === 'delete' ? edgesOf(graph, node.id) : [];
  return (
    <div className="edit-actions" role="group" aria-label={ct('editBar')}>
      <Button className="button" onPress={() => setOpen('edit')}>
        {ct('editNode')}
      </Button>
      <Button className="button" onPress={() => setOpen('connect')}>
        {ct('connect')}
      </Button>
      <Button className="button" onPress={() => setOpen('inferred')}>
        {ct('markInferred')}
      </Button>
      <Button className="button danger" onPress={() => setOpen('delete')}>
        {ct('deleteNode')}
      </Button>
      {open === 'edit' && <NodeEditor node={node} isOpen onClose={close} />}
      {open === 'connect' && <ConnectDialog from={node.id} isOpen onClose={close} />}
      {open === 'inferred' && <InferredDialog target={{ kind: 'node', id: node.id }} label={label} isOpen onClose={close} />}
      {open === 'delete' && (
        <FormDialog
          title={ct('deleteNode')}
          isOpen
          onClose={close}
          error={error}
          submitLabel={ct('delete')}
          onSubmit={() => {
            const problem = applyEdit({ key: 'stepDeleteNode', params: { name: label } }, (g) => deleteNode(g, node.id));
            setError(problem);
            if (!problem) close();
          }}
        >
          <p>{ct('deleteNodeConfirm', { name: label, n: edges.length })}</p>
          <ul className="delete-list">
            {edges.map((e) => (
              <li key={e.id}>{edgeName(e.id)}</li>
            ))}
          </ul>
        </FormDialog>
      )}
    </div>
  );
}

/** In edit mode, under a relationship's details: edit its type, year and role; mark it inferred; delete it. */
export function EdgeEditActions({ edge }: { edge: GraphEdge }) {
  const ct = useCT();
  const store = useAppStoreApi();
  const applyEdit = useApplyEdit();
  const name = useNodeName();
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<string | null>(null);
  const close = () => setOpen(null);
  const params = { from: name(edge.source), to: name(edge.target) };
  return (
    <div className="edit-actions" role="group" aria-label={ct('editBar')}>
      <Button className="button" onPress={() => setOpen('edit')}>
        {ct('editEdge')}
      </Button>
      <Button className="button" onPress={() => setOpen('inferred')}>
        {ct('markInferred')}
      </Button>
      <Button className="button danger" onPress={() => setOpen('delete')}>
        {ct('deleteEdge')}
      </Button>
      {open === 'edit' && <ConnectDialog edge={edge} isOpen onClose={close} />}
      {open === 'inferred' && <InferredDialog target={{ kind: 'edge', id: edge.id }} label={`${params.from} → ${params.to}`} isOpen onClose={close} />}
      {open === 'delete' && (
        <FormDialog
          title={ct('deleteEdge')}
          isOpen
          onClose={close}
          error={error}
          submitLabel={ct('delete')}
          onSubmit={() => {
            const problem = applyEdit({ key: 'stepDeleteEdge', params }, (g) => deleteEdge(g, edge.id));
            setError(problem);
            if (!problem) {
              store.getState().select(null);
              close();
            }
          }}
        >
          <p>{ct('deleteEdgeConfirm', params)}</p>
        </FormDialog>
      )}
    </div>
  );
}
