// Splitting one big copy or encoding over the machine's cores.
//
// On this VM most of the time of filling a fresh 64-128 MiB block is the
// page fault for each 4 KiB of it (allocating and zeroing the page), not the
// bytes written: a C program reads a 100 MiB file in 56-80 ms in one read
// and in 33-40 ms in two halves on two threads. Faults taken on different
// cores go on in parallel, so readFile of a big file and the big string
// encodings fill their output in parts on helper threads.
#ifndef EDDY_SRC_PARALLEL_H_
#define EDDY_SRC_PARALLEL_H_

#include <cstddef>

namespace eddy {

// Work below this many bytes a part is not split: a thread costs ~50 us.
constexpr size_t kParallelPart = 4 * 1024 * 1024;

// How many parts `bytes` of work splits into: one per online core, four at
// most, each at least kParallelPart; 1 means do it on this thread.
size_t ParallelParts(size_t bytes);

// Runs fn(ctx, i) for every i below `parts`: part 0 on this thread, the
// others on helper threads started for the call (or here, one after the
// other, if a thread can't be had); returns when all are done. fn must not
// touch V8 or the loop.
void RunParts(size_t parts, void (*fn)(void* ctx, size_t part), void* ctx);

}  // namespace eddy

#endif  // EDDY_SRC_PARALLEL_H_
