import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { addEvidence } from '../../domain/curation';
import { pick } from '../../i18n/messages';
import { ARTICLE_DOCUMENT, type Source } from '../../io/schema';
import { useAppStore, useAppStoreApi, useEdgeName, useNodeName } from '../../store/hooks';
import { useApplyEdit } from './edit';
import { useCT, type CurateKey } from './messages';

/** A quote as it will be recorded: its words, its document and paragraph. */
export function QuoteLine({ source }: { source: Source }) {
  const ct = useCT();
  const lang = useAppStore((s) => s.lang);
  const docs = useAppStore((s) => s.graph.documents);
  const doc = source.document ? docs?.find((d) => d.id === source.document) : undefined;
  const short = source.quote.length > 60 ? `${source.quote.slice(0, 60)}…` : source.quote;
  return (
    <p className="quote-line small" lang="zh">
      {ct('quoteFrom', { quote: short, doc: doc ? pick(doc.title, lang) : ct('theArticle'), n: source.paragraph })}
    </p>
  );
}

/**
 * Where selected words of the reader stand in the paragraph's own text: the reader may show it
 * converted to simplified characters, so the quote is taken from the text itself, at the same place,
 * and recorded exactly as it stands there.
 */
function quoteOfSelection(root: HTMLElement, paragraphs: readonly string[]): { source?: { quote: string; paragraph: number }; problem?: CurateKey } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const para = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest<HTMLElement>('[data-paragraph]');
  const a = para(range.startContainer);
  const b = para(range.endContainer);
  if (!a || !b) return null;
  if (a !== b) return { problem: 'quoteAcrossParagraphs' };
  const n = Number(a.dataset.paragraph);
  const textEl = a.querySelector('.ptext');
  const original = paragraphs[n - 1];
  if (!textEl || original === undefined) return null;
  const before = document.createRange();
  before.setStart(textEl, 0);
  if (!textEl.contains(range.startContainer)) return null;
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const shown = range.toString();
  const rendered = textEl.textContent ?? '';
  // Character for character when the conversion kept the length (it nearly always does).
  let quote = rendered.length === original.length ? original.slice(start, start + shown.length) : shown;
  quote = quote.trim();
  if (quote.length < 2) return { problem: 'quoteTooShort' };
  return { source: { quote, paragraph: n } };
}

/**
 * Under the reader in edit mode: the words selected, and "Use as evidence for" the selected node or
 * relationship. The quote is checked verbatim, as `validate-data` checks it, before it is recorded.
 */
export function EvidenceBar({ root, paragraphs, document: docId }: { root: HTMLElement | null; paragraphs: readonly string[]; document: string }) {
  const ct = useCT();
  const store = useAppStoreApi();
  const applyEdit = useApplyEdit();
  const selection = useAppStore((s) => s.selection);
  const evidence = useAppStore((s) => s.evidence);
  const name = useNodeName();
  const edgeName = useEdgeName();
  const [problem, setProblem] = useState<CurateKey | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (!root) return;
    const onChange = () => {
      const r = quoteOfSelection(root, paragraphs);
      if (!r) return;
      setProblem(r.problem ?? null);
      setMessage(null);
      if (r.source) store.getState().setEvidence({ ...r.source, ...(docId === ARTICLE_DOCUMENT ? {} : { document: docId }) });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [root, paragraphs, docId, store]);

  const targetName = selection ? (selection.kind === 'node' ? name(selection.id) : edgeName(selection.id)) : null;

  const use = () => {
    if (!evidence || !selection || !targetName) return;
    const err = applyEdit({ key: 'stepEvidence', params: { name: targetName } }, (g) => addEvidence(g, selection, evidence));
    setMessage(err ?? ct('evidenceAdded', { name: targetName }));
    if (!err) store.getState().setEvidence(null);
  };

  return (
    <div className="evidence-bar" role="group" aria-label={ct('evidence')}>
      {evidence ? <QuoteLine source={evidence} /> : <p className="muted small">{problem ? ct(problem) : ct('selectToQuote')}</p>}
      <Button className="button primary" isDisabled={!evidence || !selection} onPress={use}>
        {targetName ? ct('useAsEvidence', { name: targetName }) : ct('selectTarget')}
      </Button>
      {message && (
        <p role="status" className="small">
          {message}
        </p>
      )}
    </div>
  );
}
