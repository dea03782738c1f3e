// What node gives the reader that a browser does not: zlib, to inflate a zip entry in pieces with
// its declared size as a hard cap (faster in node than DecompressionStream), and the size of the
// JavaScript heap, to refuse a workbook whose cells this process could not hold.

import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { getHeapStatistics } from 'node:v8';
import { DEFAULT_LIMITS, ReadHooks, ReadLimits } from './xlsx';
import { Inflate, InflateLimitError } from './xlsx-read';

/** zlib's streaming inflater, capped: throws InflateLimitError past `maxOutput` bytes. */
export const nodeInflate: Inflate = async function* (data, maxOutput) {
  const z = createInflateRaw({ chunkSize: 64 * 1024 });
  z.end(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  let total = 0;
  try {
    for await (const chunk of z as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxOutput) throw new InflateLimitError();
      yield chunk;
    }
  } finally {
    z.destroy();
  }
};

export const nodeReadHooks: ReadHooks = {
  inflateRaw: (data, maxOutput) => inflateRawSync(data, { maxOutputLength: maxOutput }),
  inflate: nodeInflate,
};

/** The reader keeps about 100 bytes per non-empty cell (its value and its row slot), and a grid copy. */
const HEAP_BYTES_PER_CELL = 250;

/** DEFAULT_LIMITS, with the cell cap lowered to what this process's heap can hold. */
export function nodeReadLimits(heapLimit = getHeapStatistics().heap_size_limit): ReadLimits {
  const affordable = Math.floor((heapLimit * 0.5) / HEAP_BYTES_PER_CELL);
  const maxCells = Math.min(DEFAULT_LIMITS.maxCells, affordable);
  return { ...DEFAULT_LIMITS, maxCells, maxCellsPerSheet: maxCells };
}
