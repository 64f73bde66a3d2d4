import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import zh from 'i18n-iso-countries/langs/zh.json';

countries.registerLocale(en);
countries.registerLocale(zh);

/** The everyday name of a country ("China", not "People's Republic of China") in both languages. */
export function countryLabel(code: string): { zh: string; en: string } {
  const alias = countries.getName(code, 'en', { select: 'alias' });
  const enName = alias && alias.length > 3 && !alias.includes(',') ? alias : (countries.getName(code, 'en') ?? code);
  return { zh: countries.getName(code, 'zh', { select: 'alias' }) ?? countries.getName(code, 'zh') ?? code, en: enName };
}

/** An ISO 3166-1 alpha-2 code from a code ("cn", "CN") or a country's name in English or Chinese. */
export function countryCode(text: string): string | null {
  const t = text.trim();
  if (/^[a-z]{2}$/i.test(t) && countries.isValid(t.toUpperCase())) return t.toUpperCase();
  return countries.getAlpha2Code(t, 'en') ?? countries.getAlpha2Code(t, 'zh') ?? null;
}
