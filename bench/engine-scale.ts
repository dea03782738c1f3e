// The engine on generated forms of 10,000 and 20,000 indicator rows, in a process of its own
// (bench/engine.ts scaleBench runs this child and reads the JSON line it prints).
//
// Why a process of its own: both sizes are measured in one run, as issue 16 asks, but not after the
// seed forms. Checking other layouts first leaves the JIT's inline caches and the heap shaped by
// them, and that shifted the 20,000-row figure (and only it) by up to a fifth from run to run: noise
// about the bench's own order, not about how the engine scales.

import { scaleTimings } from './engine';

process.stdout.write(`${JSON.stringify(scaleTimings())}\n`);
