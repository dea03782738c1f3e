// The pane with its providers: Fluent theme and display language. Every host renders this.

import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { detectLang, Lang, LangContext } from './i18n';
import { Pane, PaneProps } from './components/Pane';

export interface AppProps extends PaneProps {
  /** Office's display language (Office.context.displayLanguage) or a forced language. */
  displayLanguage?: string | null;
  lang?: Lang;
}

export function App({ displayLanguage, lang, ...pane }: AppProps) {
  const l = lang ?? detectLang(displayLanguage);
  return (
    <LangContext.Provider value={l}>
      <FluentProvider theme={webLightTheme} lang={l === 'en' ? 'en-US' : 'zh-CN'}>
        <Pane {...pane} />
      </FluentProvider>
    </LangContext.Provider>
  );
}
