// The pages start their workers by URL (fixed file names: webpack entries "read-worker" and
// "check-worker"). The build's hash goes in the query, so after a deploy a page never pairs with
// an older worker still in the browser's cache (their messages change with the code).

declare const __webpack_hash__: string | undefined;

export function workerScriptUrl(file: string): string {
  const hash = typeof __webpack_hash__ === 'string' ? __webpack_hash__ : '';
  return hash ? `${file}?v=${hash}` : file;
}
