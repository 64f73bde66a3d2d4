import { Fragment, lazy, Suspense, useMemo, useState } from 'react';
import { useActiveSparql } from '../../sparql/active';
import { groupRelations, UNNAMED_RELATION } from '../../domain/graph';
import type { AttrDef, AttrValue, GraphEdge, GraphNode } from '../../io/schema';
import { flagOf, pick, uiLangOf } from '../../i18n/messages';
import { graphCommands } from '../../renderer/commands';
import { useAppStore, useAppStoreApi, useT } from '../../store/hooks';
import { safeLink } from '../../io/safeLink';
import { formatFactValue } from './format';
import { NodeActions } from './NodeActions';
import { PathPanel } from './PathPanel';
import { Sources } from './Sources';

function useLabels() {
  const lang = useAppStore((s) => s.lang);
  const vocab = useAppStore((s) => s.graph.vocabularies);
  return useMemo(() => {
    const l = lang === 'both' ? 'en' : lang;
    const map = <T extends { label: { zh: string; en: string } }>(items: T[], key: (t: T) => string) =>
      new Map(items.map((i) => [key(i), pick(i.label, l)]));
    return {
      lang,
      types: map(vocab.nodeTypes, (t) => t.id),
      colors: new Map(vocab.nodeTypes.map((t) => [t.id, t.color])),
      sectors: map(vocab.sectors, (t) => t.id),
      countries: map(vocab.countries, (t) => t.code),
      relations: new Map(vocab.relationTypes.map((r) => [r.id, r])),
      name: (n: GraphNode) => (lang === 'en' ? n.name.en : n.name.zh),
      /** Both names in the bilingual mode (relationship lists, an edge's title). */
      shortName: (n: GraphNode) => (lang === 'en' ? n.name.en : lang === 'zh' || n.name.zh === n.name.en ? n.name.zh : `${n.name.zh} · ${n.name.en}`),
      otherName: (n: GraphNode) => (lang === 'en' ? n.name.zh : n.name.en),
    };
  }, [lang, vocab]);
}

/** The attributes the graph's file declares, by key (titles and types, in the file's order). */
function useAttributeDefs() {
  const meta = useAppStore((s) => s.graph.meta.attributes);
  return useMemo(() => ({ nodes: meta?.nodes ?? [], edges: meta?.edges ?? [] }), [meta]);
}

// Expanding a node of a SPARQL endpoint: the code loads with the first session.
const SparqlExpand = lazy(() => import('../Sparql/SparqlExpand').then((m) => ({ default: m.SparqlExpand })));

// Edit mode's actions load with it.
const NodeEditActions = lazy(() => import('../Curate/DetailsEdit').then((m) => ({ default: m.NodeEditActions })));
const EdgeEditActions = lazy(() => import('../Curate/DetailsEdit').then((m) => ({ default: m.EdgeEditActions })));

function EditSlot({ node, edge }: { node?: GraphNode; edge?: GraphEdge }) {
  const editMode = useAppStore((s) => s.editMode);
  if (!editMode) return null;
  return <Suspense fallback={null}>{node ? <NodeEditActions key={node.id} node={node} /> : edge ? <EdgeEditActions key={edge.id} edge={edge} /> : null}</Suspense>;
}

/** A fact a curator saved without evidence says so. */
function UnsourcedTag({ on }: { on: boolean | undefined }) {
  const t = useT();
  return on ? <p className="unsourced-tag">{t('unsourced')}</p> : null;
}

function SparqlSlot({ node }: { node: GraphNode }) {
  const session = useActiveSparql();
  const iri = typeof node.attributes?.IRI === 'string' ? node.attributes.IRI : null;
  if (!session || !iri) return null;
  return (
    <Suspense fallback={null}>
      <SparqlExpand key={iri} session={session} iri={iri} />
    </Suspense>
  );
}

/** A node's or an edge's attributes from its file, in the file's order, each with its title. */
function Attributes({ values, defs }: { values: Record<string, AttrValue> | undefined; defs: readonly AttrDef[] }) {
  const t = useT();
  const ui = useAppStore((s) => uiLangOf(s.lang));
  if (!values || Object.keys(values).length === 0) return null;
  const declared = defs.filter((d) => d.key in values);
  const rest = Object.keys(values).filter((k) => !defs.some((d) => d.key === k));
  const rows = [...declared.map((d) => ({ key: d.key, title: d.title })), ...rest.map((k) => ({ key: k, title: k }))];
  return (
    <section aria-labelledby="attrs-h">
      <h3 id="attrs-h">{t('attributes')}</h3>
      <dl className="meta-list attributes">
        {rows.map(({ key, title }) => (
          <Fragment key={key}>
            <dt>{title}</dt>
            <dd>{formatAttr(values[key] ?? null, ui)}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}

function formatAttr(v: AttrValue, ui: 'zh' | 'en'): string {
  if (v === null) return '—';
  if (Array.isArray(v)) return v.map((x) => formatAttr(x, ui)).join(', ');
  if (typeof v === 'boolean') return v ? (ui === 'zh' ? '是' : 'yes') : ui === 'zh' ? '否' : 'no';
  if (typeof v === 'number') return v.toLocaleString(ui === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 6 });
  return v;
}

/** A year, a date, or a period ("2016–2018"). */
const when = (x: { year?: number; endYear?: number; date?: string }) => (x.date ?? (x.year !== undefined ? (x.endYear ? `${x.year}–${x.endYear}` : String(x.year)) : ''));

/** After a button in the panel changes what it shows, focus stays in the panel: on the new title. */
function focusTitle(): void {
  requestAnimationFrame(() => document.getElementById('details-title')?.focus());
}

type Labels = ReturnType<typeof useLabels>;

/** A neighbour, as a button that selects it. The names come from the panel (`labels`), worked out once for all its buttons. */
function NodeButton({ node, labels }: { node: GraphNode; labels: Pick<Labels, 'shortName' | 'colors'> }) {
  const store = useAppStoreApi();
  const { shortName, colors } = labels;
  return (
    <button
      type="button"
      className="node-link"
      onClick={() => {
        store.getState().select({ kind: 'node', id: node.id });
        graphCommands()?.centerOn(node.id);
        focusTitle();
      }}
    >
      <span className="dot" style={{ background: node.color ?? colors.get(node.type) }} aria-hidden="true" />
      {shortName(node)}
    </button>
  );
}

/**
 * Neighbours listed per relationship before "Show all": a hub's thousand neighbours would be a
 * thousand buttons nobody reads, rebuilt whenever the graph grows.
 */
const NEIGHBOURS_SHOWN = 50;
const NONE_OPENED: ReadonlySet<string> = new Set();

function NodeDetails({ node }: { node: GraphNode }) {
  // The bundled graph's figures come from its article; a file's or a store's from their own sources.
  const fromArticle = useAppStore((s) => s.articleParagraphCount > 0);
  const t = useT();
  const attributeDefs = useAttributeDefs();
  const store = useAppStoreApi();
  const index = useAppStore((s) => s.index);
  const labels = useLabels();
  const ui = uiLangOf(labels.lang);
  const groups = useMemo(() => groupRelations(index, node.id), [index, node.id]);
  // Groups of a hub opened in full by the person ("Show all"), for as long as this node is shown.
  const [openedFor, setOpenedFor] = useState<{ id: string; keys: ReadonlySet<string> } | null>(null);
  if (openedFor && openedFor.id !== node.id) setOpenedFor(null); // another node: its lists start short
  const opened = openedFor?.id === node.id ? openedFor.keys : NONE_OPENED;
  const countryInferred = node.inferredFields?.includes('country');
  return (
    <article className="details-body" aria-labelledby="details-title">
      <header className="details-header">
        {labels.types.size > 1 && (
          <span className="type-badge" style={{ background: labels.colors.get(node.type) }}>
            {labels.types.get(node.type) ?? node.type}
          </span>
        )}
        <h2 id="details-title" tabIndex={-1} lang={labels.lang === 'en' ? 'en' : 'zh-Hans'}>
          {labels.name(node)}
          {node.inferredFields?.includes('name') && (
            <span className="inferred-tag" title={t('nameInferred')}>
              {t('inferredShort')}
            </span>
          )}
        </h2>
        {labels.otherName(node) !== labels.name(node) && (
          <p className="other-name" lang={labels.lang === 'en' ? 'zh-Hans' : 'en'}>
            {labels.otherName(node)}
          </p>
        )}
        {groups.length > 0 && (
          <button type="button" className="jump-link" onClick={() => document.getElementById('rel-h')?.focus()}>
            {t('jumpToRelationships', { n: groups.reduce((sum, g) => sum + g.items.length, 0) })}
          </button>
        )}
      </header>
      <dl className="meta-list">
        {node.country && (
          <>
            <dt>{t('country')}</dt>
            <dd>
              <span aria-hidden="true">{flagOf(node.country)} </span>
              {labels.countries.get(node.country) ?? node.country}
              {countryInferred && <span className="inferred-tag" title={t('inferred')}>{t('inferredShort')}</span>}
            </dd>
          </>
        )}
        {node.sectors.length > 0 && (
          <>
            <dt>{t('sectors')}</dt>
            <dd className="chips">
              {node.sectors.map((s) => (
                <button key={s} type="button" className="chip" onClick={() => store.getState().setFilterValue('sectors', s, true)}>
                  {labels.sectors.get(s) ?? s}
                </button>
              ))}
            </dd>
          </>
        )}
        {node.url && (
          <>
            <dt>{t('link')}</dt>
            <dd className="url">
              {safeLink(node.url) ? (
                <a href={safeLink(node.url)!} target="_blank" rel="noopener noreferrer">
                  {node.url}
                </a>
              ) : (
                <span title={t('notALink')}>{node.url}</span>
              )}
            </dd>
          </>
        )}
        {node.aliases.length > 0 && (
          <>
            <dt>{t('aliases')}</dt>
            <dd>{node.aliases.join(' · ')}</dd>
          </>
        )}
      </dl>
      <NodeActions id={node.id} />
      <EditSlot node={node} />
      <UnsourcedTag on={node.unsourced} />
      <SparqlSlot node={node} />
      {node.description && <p className="description">{node.description[ui]}</p>}
      {node.facts && node.facts.length > 0 && (
        <section aria-labelledby="facts-h">
          <h3 id="facts-h">{t(fromArticle ? 'facts' : 'factsRead')}</h3>
          <table className="facts">
            <tbody>
              {node.facts.map((f) => (
                <tr key={f.key}>
                  <th scope="row">{f.label[ui]}</th>
                  <td>
                    {f.date ?? (f.endYear && f.key === 'period' ? `${f.value}–${f.endYear}` : formatFactValue(f, ui))}
                    {f.year && <span className="muted"> ({f.year})</span>}
                    {f.inferred && <span className="inferred-tag" title={t('inferred')}>{t('inferredShort')}</span>}
                    {f.sources[0] && <span className="paragraph-ref" title={f.sources[0].quote}>{t('paragraph', { n: f.sources[0].paragraph })}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <Attributes values={node.attributes} defs={attributeDefs.nodes} />
      <section aria-labelledby="rel-h">
        <h3 id="rel-h" tabIndex={-1}>
          {t('relationships')}
        </h3>
        {groups.map((g) => {
          const r = labels.relations.get(g.relation);
          const l = labels.lang === 'both' ? 'en' : labels.lang;
          // A file that names no relations: its edges join neighbours (in, out, or either way).
          const title =
            g.relation === UNNAMED_RELATION
              ? t(g.direction === 'out' ? 'linksTo' : g.direction === 'in' ? 'linkedFrom' : 'neighbours')
              : r
                ? pick(g.direction === 'in' ? r.inverse : r.label, l)
                : g.relation;
          const key = `${g.relation}-${g.direction}`;
          return (
            <div key={key} className="relation-group">
              <h4>
                {title} <span className="muted">({g.items.length})</span>
              </h4>
              <ul>
                {(opened.has(key) ? g.items : g.items.slice(0, NEIGHBOURS_SHOWN)).map(({ edges, other }) => {
                  const o = index.nodeById.get(other);
                  const edge = edges[0]!;
                  return o ? (
                    <li key={`${other}|${edge.id}`}>
                      <NodeButton node={o} labels={labels} />
                      {edges.length > 1 && <span className="muted parallel" title={t('parallelEdges', { n: edges.length })}> × {edges.length}</span>}
                      {edge.year && <span className="muted"> {when(edge)}</span>}
                      {edge.inferred && <span className="inferred-tag" title={t('inferred')}>{t('inferredShort')}</span>}
                      <button
                        type="button"
                        className="edge-link"
                        aria-label={`${t('relation')}: ${title} ${labels.name(o)}`}
                        title={`${t('relation')}: ${title} ${labels.name(o)}`}
                        onClick={() => {
                          store.getState().select({ kind: 'edge', id: edge.id });
                          focusTitle();
                        }}
                      >
                        {edge.sources.length ? '¶' : '→'}
                      </button>
                    </li>
                  ) : null;
                })}
              </ul>
              {g.items.length > NEIGHBOURS_SHOWN && !opened.has(key) && (
                <button type="button" className="jump-link" onClick={() => setOpenedFor({ id: node.id, keys: new Set(opened).add(key) })}>
                  {t('showAllCount', { n: g.items.length })}
                </button>
              )}
            </div>
          );
        })}
      </section>
      {node.sources.length > 0 && (
        <section aria-labelledby="src-h">
          <h3 id="src-h">{t('sources')}</h3>
          <Sources sources={node.sources} />
        </section>
      )}
    </article>
  );
}

function EdgeDetails({ edge }: { edge: GraphEdge }) {
  const t = useT();
  const attributeDefs = useAttributeDefs();
  const index = useAppStore((s) => s.index);
  const labels = useLabels();
  const ui = uiLangOf(labels.lang);
  const source = index.nodeById.get(edge.source);
  const target = index.nodeById.get(edge.target);
  const r = labels.relations.get(edge.type);
  const relation = r ? pick(r.label, labels.lang === 'both' ? 'en' : labels.lang) : edge.type;
  return (
    <article className="details-body" aria-labelledby="details-title">
      <header className="details-header">
        <span className="type-badge relation">{t('relation')}</span>
        <h2 id="details-title" tabIndex={-1}>
          {source ? labels.shortName(source) : edge.source} → {relation} → {target ? labels.shortName(target) : edge.target}
        </h2>
      </header>
      <dl className="meta-list">
        <dt>{t('from')}</dt>
        <dd>{source && <NodeButton node={source} labels={labels} />}</dd>
        <dt>{t('relation')}</dt>
        <dd>
          {relation}
          {edge.inferred && <span className="inferred-tag" title={t('inferred')}>{t('inferred')}</span>}
        </dd>
        <dt>{t('to')}</dt>
        <dd>{target && <NodeButton node={target} labels={labels} />}</dd>
        {(edge.date || edge.year) && (
          <>
            <dt>{t('year')}</dt>
            <dd>
              {when(edge)}
              {edge.yearInferred && <span className="inferred-tag" title={t('inferred')}>{t('inferredShort')}</span>}
            </dd>
          </>
        )}
        {edge.role && (
          <>
            <dt>{t('role')}</dt>
            <dd>{edge.role[ui]}</dd>
          </>
        )}
      </dl>
      <EditSlot edge={edge} />
      <UnsourcedTag on={edge.unsourced} />
      {edge.note && <p className="description">{edge.note[ui]}</p>}
      <Attributes values={edge.attributes} defs={attributeDefs.edges} />
      {edge.sources.length > 0 && (
        <section aria-labelledby="src-h">
          <h3 id="src-h">{t('sources')}</h3>
          <Sources sources={edge.sources} />
        </section>
      )}
    </article>
  );
}

export function DetailsPanel({ onClose }: { onClose?: () => void }) {
  const t = useT();
  const hasArticle = useAppStore((s) => s.articleParagraphCount > 0);
  const selection = useAppStore((s) => s.selection);
  const index = useAppStore((s) => s.index);
  const node = selection?.kind === 'node' ? index.nodeById.get(selection.id) : undefined;
  const edge = selection?.kind === 'edge' ? index.edgeById.get(selection.id) : undefined;
  return (
    <aside className="details" aria-label={t('details')}>
      {onClose && (
        <button type="button" className="icon-button close" aria-label={t('closeDetails')} onClick={onClose}>
          ×
        </button>
      )}
      <PathPanel />
      {node ? <NodeDetails node={node} /> : edge ? <EdgeDetails edge={edge} /> : <p className="empty-state">{t(hasArticle ? 'nothingSelected' : 'nothingSelectedPlain')}</p>}
    </aside>
  );
}
