import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { searchPorts, type SearchPort } from '../src/features/Search/searchClient';
import { searchHandler } from '../src/features/Search/searchHandler';

afterEach(() => cleanup());

// jsdom has no matchMedia; the app asks it for the theme, reduced motion and the phone layout.
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// jsdom does not lay out, so it has no scrolling; the reader scrolls quotes into view.
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = () => {};
}

// jsdom has no Web Worker: the search worker's own handler answers in process, a message at a time
// and asynchronously, as the worker does.
searchPorts.open = () => {
  const handle = searchHandler();
  const port: SearchPort = {
    onmessage: null,
    onerror: null,
    postMessage: (req) => {
      setTimeout(() => port.onmessage?.({ data: handle(req) }), 0);
    },
    terminate: () => {
      port.onmessage = null;
    },
  };
  return port;
};
