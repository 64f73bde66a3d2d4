import { geoNaturalEarth1 } from 'd3-geo';
import type { Geo } from '../io/schema';
import type { GraphIndex } from './graph';

/** The map's size in graph coordinates; nodes are placed on this plane. */
export const MAP_WIDTH = 4000;

/** Natural Earth projection scaled so that the whole world is MAP_WIDTH wide, centred on 0,0. */
export const mapProjection = geoNaturalEarth1()
  .scale(MAP_WIDTH / (2 * Math.PI * 0.8707))
  .translate([0, 0]);

export function project(geo: Geo): { x: number; y: number } {
  const p = mapProjection([geo.lon, geo.lat]);
  return p ? { x: p[0], y: p[1] } : { x: 0, y: 0 };
}

export type GeoSource = 'own' | 'place' | 'country';

/**
 * Where each node goes on the map: its own coordinates; else those of a place it is located in
 * (following `located-in` up to three steps); else its country's. Nodes with none are left out.
 */
export function nodeLocations(index: GraphIndex): Map<string, { geo: Geo; source: GeoSource }> {
  const countries = new Map(index.graph.vocabularies.countries.map((c) => [c.code, c.geo]));
  const out = new Map<string, { geo: Geo; source: GeoSource }>();
  for (const node of index.graph.nodes) {
    if (node.geo) {
      out.set(node.id, { geo: node.geo, source: 'own' });
      continue;
    }
    let current = node.id;
    let found: Geo | undefined;
    for (let step = 0; step < 3 && !found; step++) {
      const next = (index.incidences.get(current) ?? []).find((i) => i.direction === 'out' && i.edge.type === 'located-in');
      if (!next) break;
      current = next.other;
      found = index.nodeById.get(current)?.geo;
    }
    if (found) out.set(node.id, { geo: found, source: 'place' });
    else if (node.country && countries.get(node.country)) out.set(node.id, { geo: countries.get(node.country)!, source: 'country' });
  }
  return out;
}
