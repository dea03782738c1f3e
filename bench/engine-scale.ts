// The engine on a generated form of 10,000 or 20,000 indicator rows (argv[2]; argv[3] 'edit' to
// retype one target before each check), in a process of its own: bench/engine.ts scaleBench runs
// this child for each size in turn and reads the JSON line it prints.
//
// Why a process per size: a warm re-check is the pane re-checking the one form being edited, in a
// worker that has seen only that form. Measured in one process after the seed forms or after the
// other size, the 20,000-row figure moved by up to a fifth from run to run with the heap and inline
// caches the earlier forms left, noise about the bench's own order rather than about how the
// engine scales. The sizes alternate over several rounds in one bench run, and each size's median
// round is kept, so both figures of the ratio come from the same minutes of the same machine.

import { scaleTiming, ScaleMode } from './engine';

process.stdout.write(`${JSON.stringify(scaleTiming(Number(process.argv[2]), (process.argv[3] ?? 'same') as ScaleMode))}\n`);
