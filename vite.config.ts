/// <reference types="vitest/config" />
import { defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import optimizeLocales from '@react-aria/optimize-locales-plugin';
import { readFileSync } from 'node:fs';

/**
 * The built site's Content-Security-Policy. Scripts only from the site itself (no inline script, no
 * eval); styles may be inline because Cytoscape injects one <style> element and React Aria sets
 * style attributes. The dev server goes without it (Vite injects inline scripts there).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // WebAssembly for the in-browser SPARQL store (Oxigraph), compiled only when that store is chosen.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // SPARQL endpoints the page may ask: Wikidata's, any on this machine (a local Virtuoso, Fuseki,
  // GraphDB), and those named at build time in ZGC_CONNECT_SRC (space-separated origins).
  `connect-src 'self' https://query.wikidata.org http://127.0.0.1:* http://localhost:*${process.env.ZGC_CONNECT_SRC ? ` ${process.env.ZGC_CONNECT_SRC.replace(/[;'"]/g, '')}` : ''}`,
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * Cytoscape.js is a chunk of its own (src/renderer/cytoscapeLoader.ts): the page names it in a
 * modulepreload link, so that it downloads alongside the entry instead of after it.
 */
function preloadCytoscape(): Plugin {
  return {
    name: 'preload-cytoscape',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && !c.isEntry && c.facadeModuleId?.includes('/node_modules/cytoscape/'));
        return chunk ? [{ tag: 'link', attrs: { rel: 'modulepreload', href: `./${chunk.fileName}`, crossorigin: '' }, injectTo: 'head' }] : [];
      },
    },
  };
}

/**
 * `virtual:bundled-positions`: the bundled graph laid out at build time (and by the dev server),
 * so that the explorer opens on it with no layout to wait for.
 */
function bundledPositions(): Plugin {
  const id = 'virtual:bundled-positions';
  const file = 'graph-data/graph.json';
  return {
    name: 'bundled-positions',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    async load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      this.addWatchFile(file);
      // Loaded through Vite's module runner (TypeScript, extensionless imports), not with the config.
      const { module } = await runnerImport<typeof import('./scripts/bundledLayout')>('./scripts/bundledLayout.ts', { configFile: false, logLevel: 'silent' });
      return `export default ${JSON.stringify(module.layoutBundledGraph(JSON.parse(readFileSync(file, 'utf8'))))};`;
    },
  };
}

export default defineConfig({
  // React Aria's built-in strings (what a screen reader hears from a combobox, a dialog) in the two
  // languages the interface speaks; the thirty-odd others would be in the first screen's code.
  plugins: [optimizeLocales.vite({ locales: ['en-US', 'zh-CN'] }), react(), contentSecurityPolicy(), preloadCytoscape(), bundledPositions()],
  base: './',
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    css: false,
  },
});
