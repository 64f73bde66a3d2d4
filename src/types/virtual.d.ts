/** The bundled graph's node positions, laid out at build time (see vite.config.ts). */
declare module 'virtual:bundled-positions' {
  const positions: Record<string, { x: number; y: number }>;
  export default positions;
}
