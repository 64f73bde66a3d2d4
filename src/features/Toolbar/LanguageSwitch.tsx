import { Radio, RadioGroup } from 'react-aria-components';
import type { Lang } from '../../domain/urlState';
import { useAppStore, useAppStoreApi, useT } from '../../store/hooks';

export function LanguageSwitch() {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  return (
    <RadioGroup
      className="segmented"
      aria-label={t('language')}
      orientation="horizontal"
      value={lang}
      onChange={(v) => store.getState().setLang(v as Lang)}
    >
      <Radio value="zh" lang="zh-Hans">{t('langZh')}</Radio>
      <Radio value="en" lang="en">{t('langEn')}</Radio>
      <Radio value="both" aria-label="中文 + English">{t('langBoth')}</Radio>
    </RadioGroup>
  );
}
