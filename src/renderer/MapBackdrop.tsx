import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';

/**
 * The world's land outline under the canvas, in the map layout's coordinates, following the
 * canvas's pan and zoom. Bundled (world-atlas, Natural Earth 1:110m) and loaded only when needed.
 */
export function MapBackdrop({ cy }: { cy: Core }) {
  const [d, setD] = useState<string | null>(null);
  const group = useRef<SVGGElement>(null);

  useEffect(() => {
    let live = true;
    Promise.all([import('world-atlas/land-110m.json'), import('topojson-client'), import('d3-geo'), import('../domain/geo')]).then(
      ([atlas, topo, d3, geo]) => {
        const topology = atlas.default as unknown as Parameters<typeof topo.feature>[0];
        const land = topo.feature(topology, (topology as unknown as { objects: { land: Parameters<typeof topo.feature>[1] } }).objects.land);
        const path = d3.geoPath(geo.mapProjection)(land as never);
        if (live) setD(path);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const sync = () => {
      const p = cy.pan();
      group.current?.setAttribute('transform', `translate(${p.x} ${p.y}) scale(${cy.zoom()})`);
    };
    sync();
    cy.on('viewport resize', sync);
    return () => {
      cy.off('viewport resize', sync);
    };
  }, [cy, d]);

  return (
    <svg className="map-backdrop" aria-hidden="true">
      <g ref={group}>{d && <path d={d} vectorEffect="non-scaling-stroke" />}</g>
    </svg>
  );
}
