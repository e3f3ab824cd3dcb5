// The empty code-cache table linked into eddy_mkcodecache, which produces the
// real one (build/gen/code_cache.cc) for libeddy.
#include "builtins.h"

namespace eddy {
namespace builtins {
const CodeCacheEntry kCodeCache[] = {{nullptr, nullptr, 0}};
const size_t kCodeCacheCount = 0;
}  // namespace builtins
}  // namespace eddy
