// Task pane entry inside Excel: wait for Office.js, build the Office.js host, render the pane
// (with the template planner, and the ribbon's 一键校验 launch action when it opened the pane).
// Outside Excel (the page opened in a plain browser tab) it points to the standalone page.

import { createRoot } from 'react-dom/client';
import { detectExcel, ExcelHost } from '../excel';
import { App } from './App';
import { excelPaneProps } from './startup';
import { paneCheckEngine } from './check/client';

function mount(node: React.ReactNode): void {
  const el = document.getElementById('container') ?? document.body.appendChild(document.createElement('div'));
  createRoot(el).render(node);
}

function outsideExcel(message: string): void {
  mount(
    <p style={{ padding: 16, fontFamily: 'sans-serif' }}>
      {message} <a href="standalone.html">standalone.html</a>
    </p>,
  );
}

if (typeof Office === 'undefined') {
  outsideExcel('此页面需要在 Excel 中作为加载项打开；在浏览器中校验 .xlsx 文件请使用');
} else {
  void Office.onReady(() => {
    const env = detectExcel();
    if (!env.inExcel) {
      outsideExcel('此页面需要在 Excel 中作为加载项打开；在浏览器中校验 .xlsx 文件请使用');
      return;
    }
    const displayLanguage = Office.context.displayLanguage;
    if (!env.supported) {
      const en = displayLanguage?.toLowerCase().startsWith('en');
      mount(
        <p role="alert" style={{ padding: 16, fontFamily: 'sans-serif' }}>
          {en ? 'This version of Excel is too old for PerfCheck (ExcelApi 1.13 required). Please update Office.' : '当前 Excel 版本过旧（需要 ExcelApi 1.13），请更新 Office 后再使用绩效目标校验助手。'}
        </p>,
      );
      return;
    }
    // The check worker loads while the pane renders and reads the sheet: ready for the first verdict.
    paneCheckEngine().warm();
    // ExcelHost already debounces change events (400 ms, one callback per paste burst); a second
    // debounce in the pane would only delay the re-check.
    mount(<App host={new ExcelHost()} displayLanguage={displayLanguage} debounceMs={0} {...excelPaneProps()} />);
  });
}
