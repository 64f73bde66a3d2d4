import type { Fact } from '../../io/schema';
import { translate, type UiLang } from '../../i18n/messages';

export function formatFactValue(fact: Fact, ui: UiLang): string {
  const locale = ui === 'zh' ? 'zh-CN' : 'en';
  const isYear = /founded|upgraded|first-held|published|date|period/.test(fact.key) && !fact.unit;
  const number = isYear
    ? String(fact.value)
    : new Intl.NumberFormat(locale, fact.value >= 100000 ? { notation: 'compact', maximumFractionDigits: 2 } : {}).format(fact.value);
  const qualifier = fact.qualifier ? translate(ui, `qualifier_${fact.qualifier}`) : '';
  const unit = fact.unit ? fact.unit[ui] : '';
  if (ui === 'zh') return `${qualifier}${number}${unit}`;
  const spaced = unit === '%' ? `${number}%` : `${number}${unit ? ` ${unit}` : ''}`;
  return qualifier ? `${qualifier} ${spaced}` : spaced;
}
