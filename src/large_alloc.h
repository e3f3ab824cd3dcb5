// Byte blocks for big buffers (file contents, encoded strings, ArrayBuffers).
//
// Freed big blocks are kept for reuse (two at most, 128 MiB together) until
// LargeCacheRelease, which the event loop calls in every check phase: see
// large_alloc.cc.
//
// A block of kLargeBlockMin bytes or more is its own anonymous mapping,
// aligned to 2 MiB and (Pages::kHuge) advised for transparent huge pages:
// filling 100 MiB then takes 50 page faults instead of 25,600, most of the
// time of a Buffer.from of a long string. Smaller blocks come from malloc. Which allocator owns a block follows from its
// capacity alone, so LargeFree needs the capacity the block was made with.
#ifndef EDDY_SRC_LARGE_ALLOC_H_
#define EDDY_SRC_LARGE_ALLOC_H_

#include <cstddef>

namespace eddy {

constexpr size_t kLargeBlockMin = 2 * 1024 * 1024;

// Which pages a large block gets. Huge pages pay off for blocks that are
// filled once and freed soon after use (ArrayBuffers, file contents); the
// backing of big external strings lives until a GC finds the string dead,
// and on this VM the fresh huge pages that keep being needed meanwhile cost
// more than they save (toString of 64 MiB x4: ~0.3 s on small pages,
// 0.2-1.2 s on huge ones).
enum class Pages { kHuge, kSmall };

// Uninitialized bytes (a large block may be a reused one holding old bytes);
// nullptr on failure.
void* LargeAlloc(size_t capacity, Pages pages = Pages::kHuge);
// Zeroed bytes; nullptr on failure.
void* LargeAllocZeroed(size_t capacity);
void LargeFree(void* p, size_t capacity);
// Unmaps the freed blocks kept for reuse.
void LargeCacheRelease();
// Fits a block to the `used` bytes at its start and returns it (perhaps
// moved); *capacity becomes what to pass to LargeFree. On failure the block
// is returned as it was.
void* LargeFit(void* p, size_t* capacity, size_t used);

// While one lives on a thread, the isolate's ArrayBuffer allocator
// (runtime.cc) hands out memory without zeroing it. For backing stores made
// with ArrayBuffer::NewBackingStore(isolate, n) whose every byte the caller
// writes before JS can see it. Such a store, unlike one adopted from
// LargeAlloc, counts towards V8's young-generation trigger: short-lived
// outputs (a cipher's 64 KiB updates) are then freed by scavenges every
// ~32 MiB instead of piling up to the 64 MiB external-memory limit, and
// half the fresh pages are touched.
class UninitializedScope {
 public:
  UninitializedScope();
  ~UninitializedScope();
  UninitializedScope(const UninitializedScope&) = delete;
  UninitializedScope& operator=(const UninitializedScope&) = delete;
  static bool active();
};

}  // namespace eddy

#endif  // EDDY_SRC_LARGE_ALLOC_H_
