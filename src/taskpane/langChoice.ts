// The language in use: an explicit choice only (?lang=…, or the setting saved per user), Chinese
// otherwise; <html lang> follows it so screen readers and fonts pick the right language.

import { useCallback, useEffect, useState } from 'react';
import { htmlLang, Lang, storedLang, storeLang } from './i18n';

export function useLangChoice(forced?: Lang): [Lang, (lang: Lang) => void] {
  const [lang, setLangState] = useState<Lang>(() => forced ?? storedLang() ?? 'zh');
  useEffect(() => {
    if (forced) setLangState(forced);
  }, [forced]);
  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = htmlLang(lang);
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    setLangState(next);
  }, []);
  return [lang, setLang];
}
