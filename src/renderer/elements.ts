import type { ElementDefinition } from 'cytoscape';
import type { GraphIndex } from '../domain/graph';
import type { Lang } from '../domain/urlState';
import { pick } from '../i18n/messages';
import { nodeLabel } from './labels';
import { UNNAMED_RELATION } from '../domain/graph';

/** Graph-data nodes and edges as Cytoscape elements; data keeps every graph-data field. */
export function toElements(index: GraphIndex, lang: Lang, sizes?: ReadonlyMap<string, number>): ElementDefinition[] {
  const { graph } = index;
  const types = new Map(graph.vocabularies.nodeTypes.map((t) => [t.id, t]));
  const relations = new Map(graph.vocabularies.relationTypes.map((r) => [r.id, r]));
  const nodes: ElementDefinition[] = graph.nodes.map((n) => {
    const t = types.get(n.type);
    return {
      group: 'nodes',
      data: {
        ...n,
        label: nodeLabel(n.name, lang),
        // The file's own colour when it has one (Gephi, yEd), else its type's.
        color: n.color ?? t?.color ?? '#888888',
        shape: t?.shape ?? 'ellipse',
        degree: index.incidences.get(n.id)?.length ?? 0,
        size: sizes?.get(n.id) ?? 30,
      },
      ...(n.position ? { position: { ...n.position } } : {}),
    };
  });
  const undirectedGraph = graph.meta.directed === false;
  const edges: ElementDefinition[] = graph.edges.map((e) => {
    const r = relations.get(e.type);
    const undirected = e.directed === false || (undirectedGraph && e.directed !== true);
    return {
      group: 'edges',
      data: { ...e, label: e.label ?? (r && r.id !== UNNAMED_RELATION ? pick(r.label, lang) : '') },
      classes: [e.inferred ? 'inferred' : '', undirected ? 'undirected' : ''].filter(Boolean).join(' '),
    };
  });
  return [...nodes, ...edges];
}
