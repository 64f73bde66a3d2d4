/** Renderer strings of WebGL implementations that draw on the CPU. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen|microsoft basic/i;

export type GpuProbe = () => { contextCreated: boolean; renderer: string | null };

/** Asks the browser for a WebGL context that would not be slow, and for the name of what draws it. */
export const probeWebgl: GpuProbe = () => {
  if (typeof document === 'undefined') return { contextCreated: false, renderer: null };
  const canvas = document.createElement('canvas');
  // failIfMajorPerformanceCaveat: no context at all where only a software rasteriser is available.
  const gl = (canvas.getContext('webgl2', { failIfMajorPerformanceCaveat: true }) ??
    canvas.getContext('webgl', { failIfMajorPerformanceCaveat: true })) as WebGLRenderingContext | null;
  if (!gl) return { contextCreated: false, renderer: null };
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : String(gl.getParameter(gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { contextCreated: true, renderer };
};

let cached: boolean | undefined;

/**
 * True when the browser draws WebGL on a hardware GPU. Cytoscape's WebGL renderer is only offered
 * then: on a software rasteriser it is far slower than the canvas one.
 */
export function hasHardwareGpu(probe: GpuProbe = probeWebgl): boolean {
  if (probe === probeWebgl && cached !== undefined) return cached;
  let result: boolean;
  try {
    const { contextCreated, renderer } = probe();
    result = contextCreated && !!renderer && !SOFTWARE.test(renderer);
  } catch {
    result = false;
  }
  if (probe === probeWebgl) cached = result;
  return result;
}
