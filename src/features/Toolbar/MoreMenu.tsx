import { Button, Menu, MenuItem, MenuSection, MenuTrigger, Popover, Header, Separator, type Key } from 'react-aria-components';
import type { Lang } from '../../domain/urlState';
import { graphCommands } from '../../renderer/commands';
import { useAppStore, useAppStoreApi, useT } from '../../store/hooks';
import { useExporter } from './ExportPng';

/**
 * The exports for other tools (GEXF for Gephi, GraphML for yEd, NetworkX and igraph), and what the
 * toolbar has no room for when the window is narrow: SVG and JSON exports, and on a phone also
 * opening a file, the language, the theme and fitting the graph. The toolbar hides the same
 * controls with CSS at the same widths.
 */
export function MoreMenu({ phone, compact }: { phone: boolean; compact: boolean }) {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.theme);
  const { run } = useExporter();
  const onAction = (key: Key) => {
    const k = String(key);
    if (k === 'png' || k === 'svg' || k === 'json' || k === 'gexf' || k === 'graphml') void run(k);
    else if (k === 'open') document.querySelector<HTMLInputElement>('.open-graph input[type=file]')?.click();
    else if (k === 'theme') store.getState().setTheme(theme === 'dark' ? 'light' : 'dark');
    else if (k === 'fit') graphCommands()?.fit();
    else if (k.startsWith('lang-')) store.getState().setLang(k.slice(5) as Lang);
  };
  const langs: [Lang, string][] = [
    ['zh', t('langZh')],
    ['en', t('langEn')],
    ['both', '中文 + English'],
  ];
  return (
    <MenuTrigger>
      <Button className="icon-button more-button" aria-label={t('moreActions')}>
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="4" cy="10" r="1.8" fill="currentColor" />
          <circle cx="10" cy="10" r="1.8" fill="currentColor" />
          <circle cx="16" cy="10" r="1.8" fill="currentColor" />
        </svg>
      </Button>
      <Popover placement="bottom end" className="popover menu-popover">
        <Menu className="menu" onAction={onAction}>
          {phone && (
            <>
              <MenuItem id="open" className="menu-item">{t('openGraphFile')}</MenuItem>
              <MenuSection className="menu-section">
                <Header className="menu-header">{t('language')}</Header>
                {langs.map(([id, label]) => (
                  <MenuItem key={id} id={`lang-${id}`} className="menu-item" textValue={label}>
                    <span className="menu-check" aria-hidden="true">{lang === id ? '✓' : ''}</span>
                    {label}
                  </MenuItem>
                ))}
              </MenuSection>
              <Separator className="menu-separator" />
              <MenuItem id="theme" className="menu-item">{theme === 'dark' ? t('lightTheme') : t('theme')}</MenuItem>
              <MenuItem id="fit" className="menu-item">{t('fit')}</MenuItem>
              <Separator className="menu-separator" />
              <MenuItem id="png" className="menu-item">{t('exportPng')}</MenuItem>
            </>
          )}
          {compact && (
            <>
              <MenuItem id="svg" className="menu-item">{t('exportSvg')}</MenuItem>
              <MenuItem id="json" className="menu-item">{t('exportJson')}</MenuItem>
            </>
          )}
          <MenuItem id="gexf" className="menu-item">{t('exportGexf')}</MenuItem>
          <MenuItem id="graphml" className="menu-item">{t('exportGraphml')}</MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
