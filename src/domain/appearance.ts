import type { Graph } from '../io/schema';

export interface ColourKey {
  /** The attribute whose values the colours stand for. */
  title: string;
  entries: { colour: string; value: string; count: number }[];
}

const MAX_ENTRIES = 24;

/**
 * What a file's own colours mean, where the file lets it be worked out: the attribute whose values
 * line up one to one with the colours (Gephi colours communities by "Modularity Class"). Null when
 * nodes have no colours of their own, or no attribute explains them.
 */
export function colourKey(graph: Graph): ColourKey | null {
  const coloured = graph.nodes.filter((n) => n.color);
  if (coloured.length < graph.nodes.length / 2) return null;
  const colours = new Set(coloured.map((n) => n.color!));
  if (colours.size < 2 || colours.size > MAX_ENTRIES) return null;
  const defs = graph.meta.attributes?.nodes ?? [];
  for (const def of defs) {
    const byValue = new Map<string, { colour: string; count: number }>();
    const byColour = new Map<string, string>();
    let aligned = true;
    for (const n of coloured) {
      const raw = n.attributes?.[def.key];
      if (raw === undefined || raw === null || Array.isArray(raw)) {
        aligned = false;
        break;
      }
      const value = String(raw);
      const seen = byValue.get(value);
      if (seen && seen.colour !== n.color) aligned = false;
      if (byColour.has(n.color!) && byColour.get(n.color!) !== value) aligned = false;
      if (!aligned) break;
      byColour.set(n.color!, value);
      if (seen) seen.count++;
      else byValue.set(value, { colour: n.color!, count: 1 });
    }
    if (aligned && byValue.size === colours.size) {
      const entries = [...byValue].map(([value, { colour, count }]) => ({ value, colour, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      return { title: def.title, entries };
    }
  }
  return null;
}

/** Which parts of the interface the graph has a use for: the article's and the vocabularies'. */
export interface Capabilities {
  quotes: boolean;
  inferred: boolean;
  countries: boolean;
  sectors: boolean;
  types: boolean;
  namedRelations: boolean;
  fileColours: boolean;
}

export function capabilities(graph: Graph): Capabilities {
  return {
    quotes: graph.nodes.some((n) => n.sources.length > 0) || graph.edges.some((e) => e.sources.length > 0),
    inferred: graph.edges.some((e) => e.inferred) || graph.nodes.some((n) => n.inferred || (n.inferredFields?.length ?? 0) > 0),
    countries: graph.nodes.some((n) => n.country),
    sectors: graph.nodes.some((n) => n.sectors.length > 0),
    types: graph.vocabularies.nodeTypes.length > 1,
    namedRelations: graph.vocabularies.relationTypes.some((r) => r.id !== 'linked-to'),
    fileColours: graph.nodes.some((n) => n.color),
  };
}
