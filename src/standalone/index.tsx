// Standalone page entry: ?sample=<file> opens a bundled sample at once; ?lang=en forces English.

import { createRoot } from 'react-dom/client';
import type { Lang } from '../taskpane/i18n';
import { StandaloneApp } from './StandaloneApp';
import { paneCheckEngine } from '../taskpane/check/client';

// The check worker loads while the page renders and reads the workbook: ready for the first verdict.
paneCheckEngine().warm();

const params = new URLSearchParams(window.location.search);
const langParam = params.get('lang');
const lang: Lang | undefined = langParam === 'en' || langParam === 'zh' ? langParam : undefined;
document.documentElement.style.height = '100%';
document.body.style.margin = '0';
const el = document.getElementById('container') ?? document.body.appendChild(document.createElement('div'));
createRoot(el).render(<StandaloneApp lang={lang} initialSample={params.get('sample')} />);
