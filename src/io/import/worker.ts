/// <reference lib="webworker" />
import { importFiles, type InputFile } from './importGraph';
import type { CsvMapping } from './formats';

// Parsing and validation run here, off the main thread, so the page stays responsive.
self.onmessage = (e: MessageEvent<{ files: InputFile[]; mapping?: CsvMapping }>) => {
  (self as unknown as Worker).postMessage({ type: 'progress', stage: 'parsing' });
  const result = importFiles(e.data.files, e.data.mapping);
  (self as unknown as Worker).postMessage({ type: 'done', result });
};
