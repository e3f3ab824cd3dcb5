// eddy.h — the public C++ API for embedding eddy.
//
// The CLI (src/main.cc) is the first client of this header: everything it does,
// an embedder can do. This header does not include v8.h; the few V8 types that
// appear in it are forward-declared, so embedders who only evaluate code and
// run the loop never compile against V8's headers.
//
// Lifecycle:
//   eddy::InitializeProcess(...)       once per process, before any Runtime
//   auto rt = eddy::Runtime::Create(options);   any number, one thread each
//   rt->RunMain("app.js") / rt->Evaluate(...) / rt->RunLoop()
//   rt.reset()                          disposes the isolate and the loop
//   eddy::ShutdownProcess()            once, after every Runtime is gone
#ifndef EDDY_EDDY_H_
#define EDDY_EDDY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace v8 {
class Value;
class Object;
class Context;
template <class T> class Local;
template <class T> class FunctionCallbackInfo;
}  // namespace v8

namespace eddy {

// eddy's own version, and the Node.js version whose behaviour it follows.
const char* Version();
const char* NodeCompatVersion();

// Process-wide set-up: V8's platform and flags, and SIGPIPE ignored (when it has
// its default action) so writes to closed sockets fail with EPIPE. `v8_flags` are passed to V8 as
// on node's command line (e.g. "--max-old-space-size=512", "--stack-size=900").
// Returns false and fills *error when V8 rejects a flag.
bool InitializeProcess(const std::vector<std::string>& v8_flags,
                       std::string* error = nullptr);
void ShutdownProcess();

// How unhandled promise rejections are treated (node's --unhandled-rejections).
enum class UnhandledRejections { kThrow, kStrict, kWarn, kNone, kWarnWithErrorCode };

struct RuntimeOptions {
  // process.argv: [0] is the executable path, [1] the main script (if any).
  std::vector<std::string> argv;
  // process.execArgv: the runtime options the program was started with.
  std::vector<std::string> exec_argv;
  // Modules loaded before the main module (node's -r / --require).
  std::vector<std::string> preload_modules;
  // Extra package.json "exports"/"imports" conditions (node's -C).
  std::vector<std::string> conditions;
  UnhandledRejections unhandled_rejections = UnhandledRejections::kThrow;
  bool expose_gc = false;            // global gc()
  bool expose_internals = false;     // require('internal/...') (eddy's tests)
  bool no_warnings = false;
  bool no_deprecation = false;
  bool throw_deprecation = false;
  bool trace_deprecation = false;
  bool trace_warnings = false;
  bool trace_uncaught = false;
  bool preserve_symlinks = false;
  bool preserve_symlinks_main = false;
  int stack_trace_limit = -1;        // Error.stackTraceLimit; -1 keeps V8's 10
  uint32_t max_http_header_size = 16 * 1024;  // node's --max-http-header-size
  std::string title;                 // process.title (empty: the executable name)
  std::string eval_name = "[eval]";  // the file name given to -e code
};

// A native function JS can call. Implement it against V8's API (include v8.h).
using NativeFunction = void (*)(const v8::FunctionCallbackInfo<v8::Value>& info);
// Fills `exports` of a native module registered with RegisterModule.
using NativeModuleInit = void (*)(v8::Local<v8::Context> context,
                                  v8::Local<v8::Object> exports);

class Runtime {
 public:
  // Creates an isolate, a context, a libuv loop and runs eddy's bootstrap.
  // Returns nullptr (and fills *error) if bootstrap fails.
  static std::unique_ptr<Runtime> Create(const RuntimeOptions& options,
                                         std::string* error = nullptr);
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // Makes `fn` callable from JS as globalThis[name]. Call before running code.
  void RegisterFunction(const std::string& name, NativeFunction fn);
  // Makes require(name) return an object filled by `init` (on first require).
  void RegisterModule(const std::string& name, NativeModuleInit init);

  // Evaluates `code` as a classic script in the main context (with `require`
  // available, as in `eddy -e`). On success returns true and, if `result` is
  // given, stores String(value) there. On an exception returns false and stores
  // the error's stack (or its string form) in *error; the exception does not
  // reach 'uncaughtException' handlers.
  bool Evaluate(const std::string& code, std::string* result = nullptr,
                std::string* error = nullptr,
                const std::string& filename = "[embedder]");

  // The CLI's ways of starting a program. Each runs the program's synchronous
  // part only; call RunLoop() afterwards. Errors are handled as node handles
  // uncaught exceptions (printed, exit code set).
  void RunMain(const std::string& path);                   // eddy file.js
  void RunEval(const std::string& code, bool print_result);  // -e / -p
  void RunStdin(const std::string& code);                  // eddy - / piped stdin
  void RunRepl();                                          // eddy on a terminal / -i

  // Runs the event loop until nothing referenced is left, emitting
  // 'beforeExit' (which may schedule more work) and then 'exit'. Returns the
  // exit code. Returns early when process.exit() is called.
  int RunLoop();

  // Runs one turn of the loop without blocking; returns true if work remains.
  bool RunOnce();

  // Stops the program as process.exit(code) would (from any callback).
  void Exit(int code);
  bool exiting() const;
  int exit_code() const;

  class Impl;
  Impl* impl() { return impl_.get(); }

 private:
  explicit Runtime(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace eddy

#endif  // EDDY_EDDY_H_
