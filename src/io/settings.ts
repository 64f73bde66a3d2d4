import { LANGS, type Lang } from '../domain/urlState';

export type Theme = 'light' | 'dark';

export interface Settings {
  lang: Lang;
  theme: Theme;
}

const KEY = 'zgc-graph:settings';

export type SettingsProblem = 'unavailable' | 'corrupt';

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // Access itself throws when storage is disabled.
  }
}

/** The browser's first preference, as the first visit's language. */
export function browserLang(languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages ?? []): Lang {
  const first = languages[0]?.toLowerCase() ?? '';
  return first.startsWith('zh') ? 'zh' : 'en';
}

export function browserTheme(): Theme {
  try {
    return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

/** Reads saved settings; a missing, unreadable or tampered entry falls back to the defaults. */
export function loadSettings(defaults: Settings): { settings: Settings; problem?: SettingsProblem } {
  const store = storage();
  let raw: string | null;
  try {
    raw = store ? store.getItem(KEY) : null;
  } catch {
    return { settings: defaults, problem: 'unavailable' };
  }
  if (raw === null) return { settings: defaults };
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    const { lang, theme } = parsed as Record<string, unknown>;
    return {
      settings: {
        lang: (LANGS as readonly unknown[]).includes(lang) ? (lang as Lang) : defaults.lang,
        theme: theme === 'dark' || theme === 'light' ? theme : defaults.theme,
      },
    };
  } catch {
    try {
      store?.removeItem(KEY);
    } catch {
      /* nothing more to do */
    }
    return { settings: defaults, problem: 'corrupt' };
  }
}

/** Saves settings; false when the browser refuses (quota exceeded, storage disabled). */
export function saveSettings(settings: Settings): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}
