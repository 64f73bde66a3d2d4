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
  // Edge width by weight, where the file weighs its edges: 1 to 6 px between the lightest and the heaviest.
  const weights = graph.edges.map((e) => e.weight).filter((w): w is number => w !== undefined);
  const wMin = Math.min(...weights);
  const wMax = Math.max(...weights);
  const width = (w: number | undefined) => (w === undefined || !(wMax > wMin) ? undefined : 1 + (5 * (w - wMin)) / (wMax - wMin));
  const edges: ElementDefinition[] = graph.edges.map((e) => {
    const r = relations.get(e.type);
    const undirected = e.directed === false || (undirectedGraph && e.directed !== true);
    return {
      group: 'edges',
      data: { ...e, label: e.label ?? (r && r.id !== UNNAMED_RELATION ? pick(r.label, lang) : ''), ...(width(e.weight) !== undefined ? { width: width(e.weight) } : {}) },
      classes: [e.inferred ? 'inferred' : '', undirected ? 'undirected' : ''].filter(Boolean).join(' '),
    };
  });
  return [...nodes, ...edges];
}
