import { memo, useCallback, useDeferredValue, useMemo } from 'react';
import { ListBox, ListBoxItem, ListLayout, Virtualizer, type Selection as AriaSelection } from 'react-aria-components';
import { graphCommands } from '../../renderer/commands';
import { useAppStore, useAppStoreApi, useT, useVisibility } from '../../store/hooks';

/** The visible nodes as a keyboard- and screen-reader-friendly list; choosing one selects it. */
export function NodeList() {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const nodes = useAppStore((s) => s.graph.nodes);
  const selection = useAppStore((s) => s.selection);
  const { visible } = useVisibility();
  const collator = useMemo(() => new Intl.Collator(lang === 'en' ? 'en' : 'zh-Hans-CN-u-co-pinyin'), [lang]);
  // Sorted once per graph and language (collation is the costly part), then filtered per view.
  const sorted = useMemo(
    () =>
      nodes
        .map((n) => ({ id: n.id, primary: lang === 'en' ? n.name.en : n.name.zh, secondary: lang === 'both' ? n.name.en : '' }))
        .sort((a, b) => collator.compare(a.primary, b.primary)),
    [nodes, lang, collator],
  );
  const items = useMemo(() => sorted.filter((item) => visible.has(item.id)), [sorted, visible]);
  // The list follows a new graph (an expand, a filter) a moment after the canvas, in a render React
  // may interrupt: building its collection of every row is the costly part at thousands of nodes.
  const shown = useDeferredValue(items);
  const selectedKey = selection?.kind === 'node' ? selection.id : null;
  const onChoose = useCallback(
    (id: string) => {
      store.getState().select({ kind: 'node', id });
      graphCommands()?.centerOn(id);
    },
    [store],
  );
  return <NodeListBox items={shown} selectedKey={selectedKey} onChoose={onChoose} label={t('visibleNodes')} />;
}

interface Row {
  id: string;
  primary: string;
  secondary: string;
}

/** The list itself: rendered again only when its rows, the selection or its name change. */
const NodeListBox = memo(function NodeListBox({ items, selectedKey, onChoose, label }: { items: Row[]; selectedKey: string | null; onChoose: (id: string) => void; label: string }) {
  const onChange = (keys: AriaSelection) => {
    if (keys === 'all') return;
    const [first] = [...keys];
    if (first !== undefined) onChoose(String(first));
  };
  // Virtualised: only the rows in view are in the DOM, so 50,000 nodes cost what 30 do.
  return (
    <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: 26 }}>
      <ListBox aria-label={label} className="node-list" items={items} selectionMode="single" selectedKeys={selectedKey === null ? [] : [selectedKey]} onSelectionChange={onChange}>
        {(item) => (
          // Rows are one line (the list is virtualised with a fixed row height): a long name ends in
          // an ellipsis, and its whole text is the row's tooltip.
          <ListBoxItem id={item.id} textValue={item.primary} className="node-list-item">
            <span title={item.secondary ? `${item.primary} ${item.secondary}` : item.primary}>
              {item.primary}
              {item.secondary && <span className="muted"> {item.secondary}</span>}
            </span>
          </ListBoxItem>
        )}
      </ListBox>
    </Virtualizer>
  );
});
