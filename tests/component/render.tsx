import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Lang } from '../../src/domain/urlState';
import { createAppStore, type AppStore } from '../../src/store/appStore';
import { StoreContext } from '../../src/store/hooks';
import type { Graph } from '../../src/io/schema';
import { articleParagraphs, cleanArticle } from '../../src/domain/article';
import { bundledGraph, rawArticle } from '../fixtures';

/** Renders a feature with a fresh store over graph-data; the canvas is not part of these tests. */
export function renderWithStore(ui: ReactElement, lang: Lang = 'en', graph: Graph = bundledGraph): { store: AppStore } & ReturnType<typeof render> {
  const store = createAppStore(graph, { lang, theme: 'light' }, graph === bundledGraph ? articleParagraphs(cleanArticle(rawArticle)) : null);
  const result = render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>);
  return { store, ...result };
}
