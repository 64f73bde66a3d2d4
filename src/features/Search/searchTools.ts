import { pinyin } from 'pinyin-pro';
import * as OpenCC from 'opencc-js/t2cn';
import type { SearchTools } from '../../domain/search';

const t2s = OpenCC.Converter({ from: 't', to: 'cn' });

/** The real language tools; loaded lazily (pinyin and OpenCC dictionaries are large). */
export const searchTools: SearchTools = {
  pinyin: (text) => pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' }).filter(Boolean),
  toSimplified: (text) => t2s(text),
};
