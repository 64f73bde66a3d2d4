import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Lang } from '../../src/domain/urlState';
import { createAppStore, type AppStore } from '../../src/store/appStore';
import { StoreContext } from '../../src/store/hooks';
import type { Graph } from '../../src/io/schema';
import { articleParagraphs, cleanArticle, toTranslation } from '../../src/domain/article';
import { bundledGraph, rawArticle, rawTranslation } from '../fixtures';

/** Renders a feature with a fresh store over graph-data; the canvas is not part of these tests. */
export function renderWithStore(ui: ReactElement, lang: Lang = 'en', graph: Graph = bundledGraph): { store: AppStore } & ReturnType<typeof render> {
  const bundled = graph === bundledGraph;
  const translation = toTranslation(rawTranslation as { paragraphs: Record<string, string[]> });
  const store = createAppStore(graph, { lang, theme: 'light' }, bundled ? articleParagraphs(cleanArticle(rawArticle)) : null, bundled ? translation : null);
  const result = render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>);
  return { store, ...result };
}
