// What node gives readWorkbook that a browser does not: zlib, to inflate each zip entry with its
// declared size as a hard cap before exceljs sees the file (see ReadHooks in xlsx.ts), and the
// size of the JavaScript heap, to refuse a workbook that exceljs could not hold instead of
// crashing half-way through it.

import { inflateRawSync } from 'node:zlib';
import { getHeapStatistics } from 'node:v8';
import { DEFAULT_LIMITS, ReadHooks, ReadLimits } from './xlsx';

export const nodeReadHooks: ReadHooks = {
  inflateRaw: (data, maxOutput) => inflateRawSync(data, { maxOutputLength: maxOutput }),
};

/** exceljs holds about 0.55 KB of heap per cell; leave room for the grid and the engine. */
const HEAP_BYTES_PER_CELL = 700;

/** DEFAULT_LIMITS, with the cell cap lowered to what this process's heap can hold. */
export function nodeReadLimits(heapLimit = getHeapStatistics().heap_size_limit): ReadLimits {
  const affordable = Math.floor((heapLimit * 0.75) / HEAP_BYTES_PER_CELL);
  return { ...DEFAULT_LIMITS, maxCells: Math.min(DEFAULT_LIMITS.maxCells ?? Infinity, affordable) };
}
