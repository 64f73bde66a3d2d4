import { describe, expect, it } from 'vitest';
import { hasHardwareGpu } from '../../src/renderer/gpu';

describe('hasHardwareGpu', () => {
  it('offers WebGL only where a hardware GPU draws it', () => {
    expect(hasHardwareGpu(() => ({ contextCreated: true, renderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)' }))).toBe(true);
    expect(hasHardwareGpu(() => ({ contextCreated: true, renderer: 'Apple M2' }))).toBe(true);
    // Software rasterisers, by name, and browsers that refuse a fast context.
    for (const renderer of ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', 'llvmpipe (LLVM 15.0.6, 256 bits)', 'Microsoft Basic Render Driver'])
      expect(hasHardwareGpu(() => ({ contextCreated: true, renderer }))).toBe(false);
    expect(hasHardwareGpu(() => ({ contextCreated: false, renderer: null }))).toBe(false);
    expect(
      hasHardwareGpu(() => {
        throw new Error('no WebGL');
      }),
    ).toBe(false);
  });
});
