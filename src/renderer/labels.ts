import type { Lang } from '../domain/urlState';
import type { Localized } from '../io/schema';

const HAN_PAIR = /([\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef])(?=[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef])/g;

/**
 * Cytoscape wraps labels only at white space or zero-width spaces, so a Chinese name would never
 * wrap. A zero-width space between Han characters lets it break anywhere a Chinese reader expects,
 * while English words still break only between words.
 */
export function wrappable(text: string): string {
  return text.replace(HAN_PAIR, '$1\u200b');
}

export function nodeLabel(name: Localized, lang: Lang): string {
  if (lang === 'both') return name.zh === name.en ? wrappable(name.zh) : `${wrappable(name.zh)}\n${name.en}`;
  return lang === 'zh' ? wrappable(name.zh) : name.en;
}
