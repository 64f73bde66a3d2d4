/// <reference lib="webworker" />
import { paintPicture, type PictureSpec } from './picture';

/** Paints a large graph's picture on an OffscreenCanvas and encodes it, off the page's thread. */
export interface PictureRequest {
  spec: PictureSpec;
  font: string;
}
export type PictureReply = { kind: 'progress'; share: number } | { kind: 'done'; blob: Blob } | { kind: 'error'; message: string };

const post = (reply: PictureReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);

self.onmessage = async (event: MessageEvent<PictureRequest>) => {
  try {
    const { spec, font } = event.data;
    const canvas = new OffscreenCanvas(spec.width, spec.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw the picture (no 2D canvas in a worker)');
    let last = -1;
    paintPicture(ctx, spec, font, (share) => {
      const pct = Math.floor(share * 20);
      if (pct !== last) {
        last = pct;
        post({ kind: 'progress', share: share * 0.8 });
      }
    });
    post({ kind: 'progress', share: 0.85 });
    post({ kind: 'done', blob: await canvas.convertToBlob({ type: 'image/png' }) });
  } catch (err) {
    post({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
