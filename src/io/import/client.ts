import type { CsvMapping } from './formats';
import { isXml } from './sniff';
import type { ImportResult, InputFile } from './importGraph';

export type Stage = 'reading' | 'parsing' | 'validating';

/** Reads a File as text, reporting progress (0..1). Refuses files over `maxBytes` before reading. */
/** The largest file the explorer reads (opened, merged, or a document). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function readFileText(file: File, onProgress: (fraction: number) => void, maxBytes: number): Promise<string> {
  if (file.size > maxBytes) return Promise.reject(new Error(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB, more than the ${maxBytes / 1024 / 1024} MB this explorer opens`));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read`));
    reader.readAsText(file);
  });
}

/** Parses and validates in a Web Worker where there is one, else on the main thread. */
export async function importInWorker(files: InputFile[], mapping: CsvMapping | undefined, onStage: (stage: Stage) => void): Promise<ImportResult> {
  // XML needs DOMParser, which workers lack; JSON and CSV, the large ones in practice, go to the worker.
  if (typeof Worker === 'undefined' || files.some((f) => isXml(f.text))) {
    onStage('parsing');
    const [{ importFiles }, { xmlReaders }] = await Promise.all([import('./importGraph'), import('./xmlFormats')]);
    return importFiles(files, mapping, xmlReaders);
  }
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ImportResult>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<{ type: 'progress'; stage: Stage } | { type: 'done'; result: ImportResult }>) => {
        if (e.data.type === 'progress') onStage(e.data.stage);
        else resolve(e.data.result);
      };
      worker.onerror = (e) => reject(new Error(e.message || 'the import worker failed'));
      worker.postMessage({ files, mapping });
    });
  } finally {
    worker.terminate();
  }
}
