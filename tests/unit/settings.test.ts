import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserLang, loadSettings, saveSettings } from '../../src/io/settings';

const defaults = { lang: 'en' as const, theme: 'light' as const };

describe('settings in localStorage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
  });

  it('round-trips', () => {
    expect(saveSettings({ lang: 'zh', theme: 'dark' })).toBe(true);
    expect(loadSettings(defaults)).toEqual({ settings: { lang: 'zh', theme: 'dark' } });
  });

  it('reports a full storage instead of throwing', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(saveSettings({ lang: 'zh', theme: 'dark' })).toBe(false);
  });

  it('falls back to the defaults when storage is disabled', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(loadSettings(defaults)).toEqual({ settings: defaults, problem: 'unavailable' });
  });

  it('ignores and removes a corrupted entry', () => {
    localStorage.setItem('zgc-graph:settings', '{not json');
    expect(loadSettings(defaults)).toEqual({ settings: defaults, problem: 'corrupt' });
    expect(localStorage.getItem('zgc-graph:settings')).toBeNull();
  });

  it('ignores tampered values field by field', () => {
    localStorage.setItem('zgc-graph:settings', JSON.stringify({ lang: '<script>', theme: 'dark', __proto__: { x: 1 } }));
    expect(loadSettings(defaults).settings).toEqual({ lang: 'en', theme: 'dark' });
  });

  it('follows the browser language on a first visit', () => {
    expect(browserLang(['zh-CN', 'en'])).toBe('zh');
    expect(browserLang(['zh-TW'])).toBe('zh');
    expect(browserLang(['de-DE', 'zh'])).toBe('en');
    expect(browserLang([])).toBe('en');
  });
});
