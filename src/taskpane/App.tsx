// The pane with its providers: Fluent theme and display language. Every host renders this.

import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useLangChoice } from './langChoice';
import { Lang, LangContext, SetLangContext } from './i18n';
import { Pane, PaneProps } from './components/Pane';

export interface AppProps extends PaneProps {
  /**
   * Office's display language. Not used to pick the UI language any more (the findings are Chinese
   * only; the UI switches on an explicit choice), kept so hosts can pass it.
   */
  displayLanguage?: string | null;
  /** A forced language (?lang=…, tests); otherwise the user's saved choice, else Chinese. */
  lang?: Lang;
}

export function App({ displayLanguage: _displayLanguage, lang, ...pane }: AppProps) {
  const [l, setLang] = useLangChoice(lang);
  return (
    <LangContext.Provider value={l}>
      <SetLangContext.Provider value={setLang}>
        <FluentProvider theme={webLightTheme} lang={l === 'en' ? 'en-US' : 'zh-CN'}>
          <Pane {...pane} />
        </FluentProvider>
      </SetLangContext.Provider>
    </LangContext.Provider>
  );
}
