// eddy_mkcodecache OUT.cc — build-time tool: runs a typical start-up in a
// runtime, then writes V8's code cache for every lib/ file as a C++ table.
#include <cstdio>
#include <string>

#include "eddy.h"

namespace eddy {
bool BuildCodeCache(const std::string& out_path, std::string* error);
}

int main(int argc, char** argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: eddy_mkcodecache OUT.cc\n");
    return 2;
  }
  std::string error;
  if (!eddy::BuildCodeCache(argv[1], &error)) {
    fprintf(stderr, "eddy_mkcodecache: %s\n", error.c_str());
    return 1;
  }
  return 0;
}
