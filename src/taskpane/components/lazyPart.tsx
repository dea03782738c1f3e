// Parts of the pane that the first verdict does not need (dialogs, the templates, ignored and
// settings tabs) load on demand, in their own chunks, so the pane's initial JavaScript stays small.
// Unlike React.lazy, a part already loaded renders at once (no Suspense round trip): the pane
// preloads every part once the first verdict is on screen.

import { ComponentType, useEffect, useState } from 'react';

export interface LazyPart<P> {
  (props: P): React.ReactElement | null;
  preload(): Promise<void>;
}

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let Loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (C) => {
        Loaded = C;
      },
      () => {
        pending = null; // a failed chunk load may be retried on the next render
      },
    ));
  function Part(props: P) {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (!Loaded) void preload().then(() => setReady(true));
    }, []);
    return Loaded ? <Loaded {...props} /> : null;
  }
  return Object.assign(Part, { preload });
}
