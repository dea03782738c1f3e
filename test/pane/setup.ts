// jsdom set-up for the pane's component tests.
import '@testing-library/jest-dom';

// Fluent UI's motion and positioning read these; jsdom lacks them.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }) as unknown as MediaQueryList;
}
if (!(globalThis as { ResizeObserver?: unknown }).ResizeObserver) {
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
Element.prototype.scrollIntoView ??= function scrollIntoView() {};

// Fluent's DOM is large and jsdom is slow on 2 cores: give async queries room.
import { configure } from '@testing-library/react';
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);
