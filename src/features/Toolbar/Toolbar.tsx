import { ToggleButton } from 'react-aria-components';
import { contentLangOf, pick } from '../../i18n/messages';
import { graphCommands } from '../../renderer/commands';
import { useAppStore, useAppStoreApi, useT } from '../../store/hooks';
import { SearchBox } from '../Search/SearchBox';
import { ExportPng } from './ExportPng';
import { LanguageSwitch } from './LanguageSwitch';
import { OpenGraph } from '../Open/OpenGraph';
import { SparqlButton } from '../Sparql/SparqlButton';
import { ViewsPanel } from '../Views/ViewsPanel';
import { COMPACT_TOOLBAR, PHONE_QUERY, useMediaQuery } from '../shared/useMediaQuery';
import { MoreMenu } from './MoreMenu';

export function Toolbar({ filtersOpen, onToggleFilters }: { filtersOpen: boolean; onToggleFilters: () => void }) {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.theme);
  const title = useAppStore((s) => s.graph.meta.title);
  const readerOpen = useAppStore((s) => s.readerOpen);
  const hasArticle = useAppStore((s) => s.articleParagraphCount > 0 || (s.graph.documents?.length ?? 0) > 0);
  const editMode = useAppStore((s) => s.editMode);
  const compact = useMediaQuery(COMPACT_TOOLBAR);
  const phone = useMediaQuery(PHONE_QUERY);
  const titleText = pick(title, contentLangOf(lang));
  return (
    <header className="toolbar">
      <div className="brand">
        <button type="button" className="icon-button" aria-expanded={filtersOpen} aria-controls="filters-panel" onClick={onToggleFilters} aria-label={filtersOpen ? t('hideFilters') : t('showFilters')}>
          <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M3 5h14M6 10h8M8.5 15h3" stroke="currentColor" strokeWidth="2" strokeLinecap="round" /></svg>
        </button>
        <div className="brand-text">
          <span className="app-name">{t('appTitle')}</span>
          <h1 className="graph-title" title={titleText}>
            {titleText}
          </h1>
        </div>
      </div>
      <SearchBox />
      <div className="toolbar-actions">
        <OpenGraph />
        <SparqlButton />
        <ViewsPanel />
        <ToggleButton className="button" isSelected={editMode} onChange={(on) => store.getState().setEditMode(on)}>
          {t('edit')}
        </ToggleButton>
        {/* A graph with nothing to read (most files) has no Article button: one that could never be pressed only takes room. */}
        {hasArticle && (
          <ToggleButton className="button" isSelected={readerOpen} onChange={(open) => (open ? store.getState().openReader() : store.getState().closeReader())}>
            {t('article')}
          </ToggleButton>
        )}
        <div className="phone-hidden">
          <LanguageSwitch />
        </div>
        <ToggleButton className="icon-button phone-hidden" aria-label={t('theme')} isSelected={theme === 'dark'} onChange={(dark) => store.getState().setTheme(dark ? 'dark' : 'light')}>
          <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M15.5 12.5A6.5 6.5 0 0 1 7.5 4.5a6.5 6.5 0 1 0 8 8z" fill="currentColor" /></svg>
        </ToggleButton>
        <button type="button" className="button phone-hidden" aria-label={t('fit')} title={t('fit')} onClick={() => graphCommands()?.fit()}>
          <svg viewBox="0 0 20 20" aria-hidden="true" className="button-icon"><path d="M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4" fill="none" stroke="currentColor" strokeWidth="2" /></svg>
          <span className="fit-label">{t('fitShort')}</span>
        </button>
        <div className="phone-hidden">
          <ExportPng />
        </div>
        <MoreMenu phone={phone} compact={compact} />
      </div>
    </header>
  );
}
