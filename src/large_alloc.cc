// See large_alloc.h.
#include "large_alloc.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace eddy {
namespace {

constexpr size_t kHugePage = 2 * 1024 * 1024;

size_t PageSize() {
  static const size_t size = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  return size;
}

size_t RoundUp(size_t n, size_t to) { return (n + to - 1) / to * to; }

// EDDY_NO_HUGEPAGES=1 keeps big blocks on ordinary pages: on a virtual
// machine whose host takes free memory back, a fresh huge page can cost more
// than the faults it saves.
bool HugePagesWanted() {
  static const bool wanted = [] {
    const char* v = getenv("EDDY_NO_HUGEPAGES");
    return v == nullptr || *v == '\0' || strcmp(v, "0") == 0;
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

}  // namespace

void* LargeAlloc(size_t capacity, Pages pages) {
  if (capacity < kLargeBlockMin) return malloc(capacity > 0 ? capacity : 1);
  return MapAligned(capacity, pages);
}

void* LargeAllocZeroed(size_t capacity) {
  if (capacity < kLargeBlockMin) return calloc(capacity > 0 ? capacity : 1, 1);
  return MapAligned(capacity, Pages::kHuge);  // anonymous pages are zero
}

void LargeFree(void* p, size_t capacity) {
  if (p == nullptr) return;
  if (capacity < kLargeBlockMin) {
    free(p);
    return;
  }
  munmap(p, RoundUp(capacity, PageSize()));
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

}  // namespace eddy
