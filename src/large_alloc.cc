// See large_alloc.h.
#include "large_alloc.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace eddy {
namespace {

constexpr size_t kHugePage = 2 * 1024 * 1024;

size_t PageSize() {
  static const size_t size = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  return size;
}

size_t RoundUp(size_t n, size_t to) { return (n + to - 1) / to * to; }

// Huge pages are opt-in (EDDY_HUGEPAGES=1). On this VM family (a host that
// takes free memory back) a write(2) of 100 MiB from a huge-page buffer to a
// file took 130-260 ms in about one run of four, against a steady ~20 ms
// from ordinary pages (the same in a C program), and the faults huge pages
// save on filling a block were won back only on some rows.
bool HugePagesWanted() {
  static const bool wanted = [] {
    const char* v = getenv("EDDY_HUGEPAGES");
    return v != nullptr && *v != '\0' && strcmp(v, "0") != 0;
  }();
  return wanted;
}

// A mapping of `capacity` bytes (rounded up to whole pages) starting on a
// 2 MiB boundary: map a huge page more than needed, unmap the ends.
void* MapAligned(size_t capacity, Pages pages) {
  size_t len = RoundUp(capacity, PageSize());
  size_t span = len + kHugePage;
  void* raw = mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  uintptr_t start = reinterpret_cast<uintptr_t>(raw);
  uintptr_t aligned = RoundUp(start, kHugePage);
  if (aligned > start) munmap(raw, aligned - start);
  uintptr_t end = aligned + len;
  uintptr_t raw_end = start + span;
  if (raw_end > end) munmap(reinterpret_cast<void*>(end), raw_end - end);
#ifdef MADV_HUGEPAGE
  // Measured here on a 100 MiB readFileSync: 4 KiB pages ~55 ms, the same
  // prefaulted (MADV_POPULATE_WRITE) ~56 ms, huge pages ~35 ms.
  if (pages == Pages::kHuge && HugePagesWanted()) madvise(reinterpret_cast<void*>(aligned), len, MADV_HUGEPAGE);
#endif
  return reinterpret_cast<void*>(aligned);
}

// Recently freed big blocks, kept for the next big allocation: memory the
// process has touched is already backed, so reusing it skips the page
// faults and the zeroing of fresh pages (on this VM also the host's work
// of backing them), which is most of the cost of a repeated big decode or
// concat. At most kCacheBlocks blocks and kCacheBytes bytes, and only until
// the loop's next check phase (LargeCacheRelease), so an idle process
// returns the memory as node does. Blocks are freed from any thread (V8
// sweeps ArrayBuffers in the background).
constexpr int kCacheBlocks = 2;
constexpr size_t kCacheBytes = 128 * 1024 * 1024;

struct CachedBlock {
  void* p = nullptr;
  size_t len = 0;  // mapped bytes (whole pages)
};

std::mutex g_cache_mutex;
CachedBlock g_cache[kCacheBlocks];

// A cached block of at least `len` bytes and not much more (at most twice,
// so a small request doesn't take a huge block), trimmed to `len`.
void* TakeCached(size_t len) {
  CachedBlock found;
  {
    std::lock_guard<std::mutex> lock(g_cache_mutex);
    int best = -1;
    for (int i = 0; i < kCacheBlocks; i++) {
      size_t have = g_cache[i].len;
      if (g_cache[i].p != nullptr && have >= len && have / 2 <= len &&
          (best < 0 || have < g_cache[best].len))
        best = i;
    }
    if (best < 0) return nullptr;
    found = g_cache[best];
    for (int i = best; i + 1 < kCacheBlocks; i++) g_cache[i] = g_cache[i + 1];
    g_cache[kCacheBlocks - 1] = CachedBlock();
  }
  if (found.len > len) munmap(static_cast<char*>(found.p) + len, found.len - len);
  return found.p;
}

// Keeps a freed block for reuse, making room by unmapping the oldest kept
// ones; a block larger than the whole cache is unmapped at once.
void PutCached(void* p, size_t len) {
  if (len > kCacheBytes) {
    munmap(p, len);
    return;
  }
  CachedBlock evicted[kCacheBlocks];
  int n_evicted = 0;
  {
    std::lock_guard<std::mutex> lock(g_cache_mutex);
    // g_cache holds its blocks from the front, oldest first.
    int used = 0;
    size_t total = len;
    while (used < kCacheBlocks && g_cache[used].p != nullptr) total += g_cache[used++].len;
    while (used == kCacheBlocks || total > kCacheBytes) {
      evicted[n_evicted++] = g_cache[0];
      total -= g_cache[0].len;
      for (int i = 0; i + 1 < kCacheBlocks; i++) g_cache[i] = g_cache[i + 1];
      g_cache[--used] = CachedBlock();
    }
    g_cache[used] = CachedBlock{p, len};
  }
  for (int i = 0; i < n_evicted; i++) munmap(evicted[i].p, evicted[i].len);
}

}  // namespace

void LargeCacheRelease() {
  CachedBlock blocks[kCacheBlocks];
  {
    std::lock_guard<std::mutex> lock(g_cache_mutex);
    for (int i = 0; i < kCacheBlocks; i++) {
      blocks[i] = g_cache[i];
      g_cache[i] = CachedBlock();
    }
  }
  for (const CachedBlock& b : blocks)
    if (b.p != nullptr) munmap(b.p, b.len);
}

void* LargeAlloc(size_t capacity, Pages pages) {
  if (capacity < kLargeBlockMin) return malloc(capacity > 0 ? capacity : 1);
  if (void* p = TakeCached(RoundUp(capacity, PageSize()))) return p;
  return MapAligned(capacity, pages);
}

void* LargeAllocZeroed(size_t capacity) {
  if (capacity < kLargeBlockMin) return calloc(capacity > 0 ? capacity : 1, 1);
  if (void* p = TakeCached(RoundUp(capacity, PageSize()))) {
    memset(p, 0, capacity);
    return p;
  }
  return MapAligned(capacity, Pages::kHuge);  // anonymous pages are zero
}

void LargeFree(void* p, size_t capacity) {
  if (p == nullptr) return;
  if (capacity < kLargeBlockMin) {
    free(p);
    return;
  }
  PutCached(p, RoundUp(capacity, PageSize()));
}

void* LargeFit(void* p, size_t* capacity, size_t used) {
  if (p == nullptr) return p;
  size_t cap = *capacity;
  if (cap < kLargeBlockMin) {
    void* fitted = realloc(p, used > 0 ? used : 1);
    if (fitted == nullptr) return p;
    *capacity = used;
    return fitted;
  }
  if (used < kLargeBlockMin) {  // now a small block: move it to malloc
    void* small = malloc(used > 0 ? used : 1);
    if (small == nullptr) return p;
    memcpy(small, p, used);
    LargeFree(p, cap);
    *capacity = used;
    return small;
  }
  size_t keep = RoundUp(used, PageSize());
  size_t len = RoundUp(cap, PageSize());
  if (keep < len) {
    munmap(static_cast<char*>(p) + keep, len - keep);
    *capacity = keep;
  }
  return p;
}

namespace {
thread_local bool t_uninitialized = false;
}  // namespace

UninitializedScope::UninitializedScope() { t_uninitialized = true; }
UninitializedScope::~UninitializedScope() { t_uninitialized = false; }
bool UninitializedScope::active() { return t_uninitialized; }

}  // namespace eddy
