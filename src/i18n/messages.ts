import type { Lang } from '../domain/urlState';
import type { Localized } from '../io/schema';

export type UiLang = 'zh' | 'en';

/** The UI text language: the bilingual label mode keeps English chrome, with both names on nodes. */
export const uiLangOf = (lang: Lang): UiLang => (lang === 'zh' ? 'zh' : 'en');

const en = {
  appTitle: 'ZGC Graph',
  graph: 'Graph',
  search: 'Search',
  searchPlaceholder: 'Search names in 中文, English or pinyin',
  noResults: 'No matches',
  searchResults: 'Search results',
  country: 'Country',
  sector: 'Sector',
  type: 'Type',
  filters: 'Filters',
  keepNeighbours: 'Keep their neighbours',
  clearFilters: 'Clear filters',
  details: 'Details',
  language: 'Language',
  langZh: '中文',
  langEn: 'English',
  langBoth: '中/EN',
  exportPng: 'Export PNG',
  pngOptions: 'PNG options',
  transparent: 'Transparent background',
  exportScale: 'Scale',
  theme: 'Dark theme',
  fit: 'Fit to screen',
  legend: 'Legend',
  visibleNodes: 'Visible nodes',
  visibleCount: '{shown} of {total} nodes shown',
  closeDetails: 'Close details',
  showFilters: 'Filters',
  hideFilters: 'Hide filters',
  nothingSelected: 'Select a node or a relationship to see its details and the sentences of the article it comes from.',
  description: 'Description',
  facts: 'Figures from the article',
  relationships: 'Relationships',
  sources: 'Sources in the article',
  paragraph: '¶{n}',
  paragraphLong: 'paragraph {n}',
  inferred: 'inferred (not stated in the article)',
  inferredShort: 'inferred',
  year: 'Year',
  role: 'Role',
  from: 'From',
  to: 'To',
  relation: 'Relation',
  aliases: 'Also known as',
  sectors: 'Sectors',
  noCountry: 'No country',
  notices: 'Notices',
  dismiss: 'Dismiss',
  urlUnknown: 'The link names {param} "{value}", which this graph does not have; it was ignored.',
  urlInvalid: 'The link\'s {param} value "{value}" is not valid; it was ignored.',
  urlTooLong: 'The link\'s {param} value is too long; it was ignored.',
  storageFailed: 'Your settings could not be saved in this browser (storage is full or disabled); they apply to this visit only.',
  storageCorrupt: 'A saved setting was unreadable and has been reset.',
  loading: 'Laying out the graph…',
  exported: 'Saved {file}',
  exportFailed: 'The picture could not be made: {error}',
  about: 'qualifier',
  qualifier_about: 'about',
  qualifier_over: 'over',
  qualifier_nearly: 'nearly',
  panelError: 'This panel hit an error: {error}. The graph still works.',
  retry: 'Try again',
  skipToGraph: 'Skip to graph',
  resultType: '{type}',
} as const;

export type MessageKey = keyof typeof en;

const zh: Record<MessageKey, string> = {
  appTitle: 'ZGC 图谱',
  graph: '图谱',
  search: '搜索',
  searchPlaceholder: '用中文、英文或拼音搜索',
  noResults: '没有匹配项',
  searchResults: '搜索结果',
  country: '国家',
  sector: '行业',
  type: '类型',
  filters: '筛选',
  keepNeighbours: '保留相邻节点',
  clearFilters: '清除筛选',
  details: '详情',
  language: '语言',
  langZh: '中文',
  langEn: 'English',
  langBoth: '中/EN',
  exportPng: '导出 PNG',
  pngOptions: 'PNG 选项',
  transparent: '透明背景',
  exportScale: '倍数',
  theme: '深色主题',
  fit: '适应屏幕',
  legend: '图例',
  visibleNodes: '可见节点',
  visibleCount: '显示 {shown} / {total} 个节点',
  closeDetails: '关闭详情',
  showFilters: '筛选',
  hideFilters: '隐藏筛选',
  nothingSelected: '选择一个节点或关系，查看详情及其在原文中的出处。',
  description: '简介',
  facts: '原文数据',
  relationships: '关系',
  sources: '原文出处',
  paragraph: '第{n}段',
  paragraphLong: '第{n}段',
  inferred: '推断（原文未明说）',
  inferredShort: '推断',
  year: '年份',
  role: '职务',
  from: '起点',
  to: '终点',
  relation: '关系',
  aliases: '别名',
  sectors: '行业',
  noCountry: '无国家',
  notices: '提示',
  dismiss: '关闭',
  urlUnknown: '链接中的 {param}“{value}”在本图谱中不存在，已忽略。',
  urlInvalid: '链接中的 {param} 值“{value}”无效，已忽略。',
  urlTooLong: '链接中的 {param} 值过长，已忽略。',
  storageFailed: '无法在此浏览器中保存设置（存储已满或被禁用），设置仅对本次访问有效。',
  storageCorrupt: '一项已保存的设置无法读取，已重置。',
  loading: '正在布局图谱…',
  exported: '已保存 {file}',
  exportFailed: '无法生成图片：{error}',
  about: '限定',
  qualifier_about: '约',
  qualifier_over: '超过',
  qualifier_nearly: '近',
  panelError: '此面板出错：{error}。图谱仍可使用。',
  retry: '重试',
  skipToGraph: '跳到图谱',
  resultType: '{type}',
};

const tables: Record<UiLang, Record<MessageKey, string>> = { en, zh };

export function translate(lang: UiLang, key: MessageKey, params?: Record<string, string | number>): string {
  const text = tables[lang][key];
  return params ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : text;
}

/** A vocabulary or graph label in the UI language; `both` shows "中文 / English". */
export function pick(text: Localized, lang: Lang): string {
  if (lang === 'both') return text.zh === text.en ? text.zh : `${text.zh} / ${text.en}`;
  return text[lang];
}

/** The flag emoji of an ISO 3166-1 alpha-2 code. */
export function flagOf(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}
