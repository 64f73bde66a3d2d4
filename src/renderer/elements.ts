import type { ElementDefinition } from 'cytoscape';
import type { GraphIndex } from '../domain/graph';
import type { Lang } from '../domain/urlState';
import { pick } from '../i18n/messages';
import { nodeLabel } from './labels';

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
        color: t?.color ?? '#888888',
        shape: t?.shape ?? 'ellipse',
        degree: index.incidences.get(n.id)?.length ?? 0,
        size: sizes?.get(n.id) ?? 30,
      },
      ...(n.position ? { position: { ...n.position } } : {}),
    };
  });
  const edges: ElementDefinition[] = graph.edges.map((e) => {
    const r = relations.get(e.type);
    return {
      group: 'edges',
      data: { ...e, label: r ? pick(r.label, lang) : e.type },
      classes: e.inferred ? 'inferred' : '',
    };
  });
  return [...nodes, ...edges];
}
