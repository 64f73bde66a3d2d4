/** True when a file's text is XML (GraphML, GEXF): those need the DOMParser of the page. Tiny on purpose: it decides what else to load. */
export const isXml = (text: string): boolean => text.replace(/^\uFEFF/, '').trimStart().startsWith('<');
