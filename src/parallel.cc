// See parallel.h.
#include "parallel.h"

#include <pthread.h>
#include <unistd.h>

#include <algorithm>

namespace eddy {

size_t ParallelParts(size_t bytes) {
  static const size_t cores = [] {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? static_cast<size_t>(n) : size_t{1};
  }();
  size_t parts = std::min<size_t>(std::min<size_t>(cores, 4), bytes / kParallelPart);
  return parts > 0 ? parts : 1;
}

namespace {

struct Part {
  void (*fn)(void*, size_t);
  void* ctx;
  size_t index;
};

void* PartMain(void* arg) {
  Part* part = static_cast<Part*>(arg);
  part->fn(part->ctx, part->index);
  return nullptr;
}

}  // namespace

void RunParts(size_t parts, void (*fn)(void* ctx, size_t part), void* ctx) {
  constexpr size_t kMax = 4;
  parts = std::min(parts, kMax);
  Part part[kMax];
  pthread_t thread[kMax];
  bool started[kMax] = {};
  for (size_t i = 1; i < parts; i++) {
    part[i] = Part{fn, ctx, i};
    started[i] = pthread_create(&thread[i], nullptr, PartMain, &part[i]) == 0;
  }
  if (parts > 0) fn(ctx, 0);
  for (size_t i = 1; i < parts; i++) {
    if (started[i])
      pthread_join(thread[i], nullptr);
    else
      fn(ctx, i);
  }
}

}  // namespace eddy
