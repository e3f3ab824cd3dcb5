// runtime.cc — eddy::Runtime: process-wide V8 set-up, one isolate + context +
// libuv loop per Runtime, the bootstrap of lib/, and the event loop's outer
// turn ('beforeExit', 'exit'). This is the implementation of src/eddy.h.
#include <libplatform/libplatform.h>
#include <uv.h>
#include <v8.h>

#include <cstdio>
#include <atomic>
#include <csignal>
#include <cstring>
#include <memory>

#include "eddy.h"
#include "env.h"
#include "builtins.h"
#include "large_alloc.h"

namespace eddy {

using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::HandleScope;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Object;
using v8::String;
using v8::TryCatch;
using v8::Value;

Local<Object> CreateProcessObject(Env* env);                 // process.cc
MaybeLocal<Function> CompileBuiltin(Env* env, const char* id);  // builtins.cc
void PromiseRejectCallback(v8::PromiseRejectMessage message);  // errors.cc
void OnMicrotaskMessage(v8::Local<v8::Message> message, v8::Local<v8::Value> error);  // errors.cc

namespace {
std::unique_ptr<v8::Platform> g_platform;
uint64_t g_v8_start_ns = 0;  // uv_hrtime() when InitializeProcess began

// ArrayBuffer memory: V8's default allocator for small blocks, huge-page
// mappings for big ones (large_alloc.h), and a byte count for
// process.memoryUsage().arrayBuffers.
class CountingAllocator : public v8::ArrayBuffer::Allocator {
 public:
  CountingAllocator() : inner_(v8::ArrayBuffer::Allocator::NewDefaultAllocator()) {}
  void* Allocate(size_t length) override {
    if (UninitializedScope::active()) return AllocateUninitialized(length);
    void* p = length >= kLargeBlockMin ? LargeAllocZeroed(length) : inner_->Allocate(length);
    if (p != nullptr) total_ += length;
    return p;
  }
  void* AllocateUninitialized(size_t length) override {
    void* p = length >= kLargeBlockMin ? LargeAlloc(length) : inner_->AllocateUninitialized(length);
    if (p != nullptr) total_ += length;
    return p;
  }
  void Free(void* data, size_t length) override {
    total_ -= length;
    if (length >= kLargeBlockMin) {
      LargeFree(data, length);
    } else {
      inner_->Free(data, length);
    }
  }
  size_t total() const { return total_; }

 private:
  std::unique_ptr<v8::ArrayBuffer::Allocator> inner_;
  std::atomic<size_t> total_{0};
};

void InternalBinding(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  Isolate* isolate = info.GetIsolate();
  std::string name = ToStdString(isolate, info[0]);
  Local<Object> binding = env->GetBinding(name);
  if (binding.IsEmpty()) {
    isolate->ThrowException(v8::Exception::Error(
        Utf8String(isolate, "No such binding: " + name)));
    return;
  }
  info.GetReturnValue().Set(binding);
}

// Called by V8 when a heap gets close to its limit: nothing to free, so let
// V8 report the OOM as node does ("JavaScript heap out of memory").
void OnFatalError(const char* location, const char* message) {
  fprintf(stderr, "\n#\n# Fatal error in %s\n# %s\n#\n", location ? location : "",
          message ? message : "");
  fflush(stderr);
  abort();
}

void OnOOMError(const char* location, bool is_heap_oom) {
  fprintf(stderr, "\n<--- Last few GCs --->\n\nFATAL ERROR: %s %s\n", location,
          is_heap_oom ? "Allocation failed - JavaScript heap out of memory"
                      : "Allocation failed - process out of memory");
  fflush(stderr);
  abort();
}
}  // namespace

// The user's --expose-gc (env.h): the last of --expose-gc[-as] and
// --no-expose-gc seen in any flag string wins.
std::atomic<bool> g_user_expose_gc{false};

void NoteUserV8Flags(const char* flags, size_t length) {
  std::string s(flags, length);
  for (char& c : s) if (c == '_') c = '-';
  size_t at = 0;
  while ((at = s.find("expose-gc", at)) != std::string::npos) {
    bool negated = (at >= 4 && s.compare(at - 4, 4, "--no") == 0) ||
                   (at >= 5 && s.compare(at - 5, 5, "--no-") == 0);
    g_user_expose_gc = !negated;
    at += 9;
  }
}

bool UserExposesGc() { return g_user_expose_gc; }

const char* Version() { return EDDY_VERSION; }
const char* NodeCompatVersion() { return EDDY_NODE_COMPAT_VERSION; }

uint64_t V8StartNs() { return g_v8_start_ns; }

bool InitializeProcess(const std::vector<std::string>& v8_flags, std::string* error) {
  if (g_platform) return true;
  // A write to a socket the peer closed must fail with EPIPE, not raise a
  // SIGPIPE that kills the host program (libuv writes with write(2)). Only a
  // default disposition is changed; an embedder's own handler stays.
  struct sigaction old;
  if (sigaction(SIGPIPE, nullptr, &old) == 0 && old.sa_handler == SIG_DFL) signal(SIGPIPE, SIG_IGN);
  // node's defaults that scripts can observe: none needed beyond V8's.
  for (const std::string& flag : v8_flags) {
    NoteUserV8Flags(flag.c_str(), flag.size());
    v8::V8::SetFlagsFromString(flag.c_str(), flag.size());
  }
  g_v8_start_ns = uv_hrtime();
  g_platform = v8::platform::NewDefaultPlatform(4);
  v8::V8::InitializePlatform(g_platform.get());
  if (!v8::V8::Initialize()) {
    if (error) *error = "V8 failed to initialize";
    return false;
  }
  return true;
}

void ShutdownProcess() {
  if (!g_platform) return;
  v8::V8::Dispose();
  v8::V8::DisposePlatform();
  g_platform.reset();
}

v8::Platform* GetPlatform() { return g_platform.get(); }

// ---------------------------------------------------------------------------

class Runtime::Impl {
 public:
  uv_loop_t loop;
  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator;
  Isolate* isolate = nullptr;
  std::unique_ptr<Env> env;
  v8::Global<Object> bootstrap;  // exports of lib/internal/bootstrap/node.js

  ~Impl() {
    if (isolate != nullptr) {
      {
        Isolate::Scope isolate_scope(isolate);
        HandleScope scope(isolate);
        isolate->CancelTerminateExecution();
        if (env) {
          Context::Scope context_scope(env->context());
          env->Teardown();
          env.reset();
        }
        bootstrap.Reset();
      }
      // Foreground tasks still queued would run JS with no Env left: they are
      // dropped with the isolate's queue.
      isolate->Dispose();
      v8::platform::NotifyIsolateShutdown(g_platform.get(), isolate);
      // The isolate's last ArrayBuffers were freed into the kept blocks; an
      // embedder's process goes on after this runtime.
      LargeCacheRelease();
    }
    // Handles closed by Env; anything else left open is a leak we must not
    // crash on, so close it before closing the loop.
    uv_walk(
        &loop,
        [](uv_handle_t* h, void*) {
          if (!uv_is_closing(h)) uv_close(h, nullptr);
        },
        nullptr);
    uv_run(&loop, UV_RUN_DEFAULT);
    uv_loop_close(&loop);
  }

  // Calls bootstrap[name](...args) through the door.
  MaybeLocal<Value> CallBootstrap(const char* name, int argc, Local<Value>* argv) {
    Local<Object> exports = bootstrap.Get(isolate);
    Local<Value> fn;
    if (!exports->Get(env->context(), OneByteString(isolate, name)).ToLocal(&fn) ||
        !fn->IsFunction())
      return {};
    return env->MakeCallback(exports, fn.As<Function>(), argc, argv);
  }

  bool Bootstrap(std::string* error);
};

bool Runtime::Impl::Bootstrap(std::string* error) {
  Local<Context> context = env->context();
  TryCatch try_catch(isolate);
  Local<Object> process = CreateProcessObject(env.get());
  env->process_object.Reset(isolate, process);

  Local<Function> internal_binding =
      Function::New(context, InternalBinding).ToLocalChecked();
  Local<Function> realm;
  if (!CompileBuiltin(env.get(), "internal/bootstrap/realm").ToLocal(&realm)) {
    if (error) *error = "cannot compile internal/bootstrap/realm";
    return false;
  }
  Local<Object> exports = Object::New(isolate);
  Local<Object> module = Object::New(isolate);
  module->Set(context, OneByteString(isolate, "exports"), exports).Check();
  Local<Value> args[] = {exports, v8::Undefined(isolate), module, process, internal_binding,
                         Object::New(isolate)};
  Local<Value> result;
  if (realm->Call(context, v8::Undefined(isolate), 6, args).IsEmpty() ||
      !module->Get(context, OneByteString(isolate, "exports")).ToLocal(&result) ||
      !result->IsObject()) {
    if (error) {
      std::string msg = "bootstrap (realm) failed";
      if (try_catch.HasCaught()) {
        Local<Value> stack;
        if (try_catch.Exception()->IsObject() &&
            try_catch.Exception().As<Object>()->Get(context, OneByteString(isolate, "stack"))
                .ToLocal(&stack))
          msg += ": " + ToStdString(isolate, stack);
        else
          msg += ": " + ToStdString(isolate, try_catch.Exception());
      }
      *error = msg;
    }
    return false;
  }
  Local<Value> require_builtin;
  if (!result.As<Object>()->Get(context, OneByteString(isolate, "requireBuiltin"))
           .ToLocal(&require_builtin) ||
      !require_builtin->IsFunction()) {
    if (error) *error = "bootstrap: realm did not export requireBuiltin";
    return false;
  }
  Local<Value> id = OneByteString(isolate, "internal/bootstrap/node");
  Local<Value> node_exports;
  if (!require_builtin.As<Function>()->Call(context, v8::Undefined(isolate), 1, &id)
           .ToLocal(&node_exports) ||
      !node_exports->IsObject()) {
    if (error) {
      std::string msg = "bootstrap (node) failed";
      if (try_catch.HasCaught()) {
        Local<Value> stack;
        if (try_catch.Exception()->IsObject() &&
            try_catch.Exception().As<Object>()->Get(context, OneByteString(isolate, "stack"))
                .ToLocal(&stack))
          msg += ": " + ToStdString(isolate, stack);
        else
          msg += ": " + ToStdString(isolate, try_catch.Exception());
      }
      *error = msg;
    }
    return false;
  }
  bootstrap.Reset(isolate, node_exports.As<Object>());
  return true;
}

Runtime::Runtime(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Runtime::~Runtime() = default;

std::unique_ptr<Runtime> Runtime::Create(const RuntimeOptions& options, std::string* error) {
  if (!g_platform && !InitializeProcess({}, error)) return nullptr;
  auto impl = std::make_unique<Impl>();
  uv_loop_init(&impl->loop);
  // The loop's idle time (time blocked in poll) feeds
  // performance.eventLoopUtilization() and nodeTiming.idleTime.
  uv_loop_configure(&impl->loop, UV_METRICS_IDLE_TIME);
  impl->allocator.reset(new CountingAllocator());
  Isolate::CreateParams params;
  params.array_buffer_allocator = impl->allocator.get();
  // Heap limits from the machine's memory, as node sets them (V8's own
  // defaults, without this, stop the old generation at ~1.4 GiB where node
  // 20 allows 4 GiB on a machine of 16 GiB or more).
  params.constraints.ConfigureDefaults(uv_get_total_memory(), 0);
  Isolate* isolate = Isolate::New(params);
  impl->isolate = isolate;
  isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  isolate->SetPromiseRejectCallback(PromiseRejectCallback);
  isolate->SetFatalErrorHandler(OnFatalError);
  isolate->SetOOMErrorHandler(OnOOMError);
  isolate->SetCaptureStackTraceForUncaughtExceptions(true, 10);
  // V8 reports an exception thrown by a microtask (a queueMicrotask callback)
  // to message listeners rather than to the caller of the checkpoint.
  isolate->AddMessageListenerWithErrorLevel(OnMicrotaskMessage, Isolate::kMessageError);

  bool ok;
  {
    Isolate::Scope isolate_scope(isolate);
    HandleScope scope(isolate);
    Local<Context> context = Context::New(isolate);
    Context::Scope context_scope(context);
    impl->env = std::make_unique<Env>(isolate, &impl->loop, options);
    impl->env->array_buffer_bytes = [alloc = static_cast<CountingAllocator*>(impl->allocator.get())]() {
      return alloc->total();
    };
    impl->env->SetContext(context);
    ok = impl->Bootstrap(error);
    impl->env->SetMilestone(kBootstrapComplete);
  }
  // On failure the scopes above are closed before ~Impl disposes the isolate.
  if (!ok) return nullptr;
  return std::unique_ptr<Runtime>(new Runtime(std::move(impl)));
}

void Runtime::RegisterFunction(const std::string& name, NativeFunction fn) {
  Isolate* isolate = impl_->isolate;
  Isolate::Scope isolate_scope(isolate);
  HandleScope scope(isolate);
  Local<Context> context = impl_->env->context();
  Context::Scope context_scope(context);
  Local<Function> f = Function::New(context, fn).ToLocalChecked();
  f->SetName(Utf8String(isolate, name));
  context->Global()->Set(context, Utf8String(isolate, name), f).Check();
}

void Runtime::RegisterModule(const std::string& name, NativeModuleInit init) {
  impl_->env->embedder_modules[name] = init;
}

bool Runtime::Evaluate(const std::string& code, std::string* result, std::string* error,
                       const std::string& filename) {
  Isolate* isolate = impl_->isolate;
  Env* env = impl_->env.get();
  if (env->exiting()) {
    if (error) *error = "the runtime has exited";
    return false;
  }
  Isolate::Scope isolate_scope(isolate);
  HandleScope scope(isolate);
  Local<Context> context = env->context();
  Context::Scope context_scope(context);
  Local<Object> exports = impl_->bootstrap.Get(isolate);
  Local<Value> fn;
  if (!exports->Get(context, OneByteString(isolate, "evaluate")).ToLocal(&fn) ||
      !fn->IsFunction())
    return false;
  Local<Value> args[] = {Utf8String(isolate, code), Utf8String(isolate, filename)};
  MaybeLocal<Value> value;
  bool ok;
  {
    TryCatch try_catch(isolate);
    value = fn.As<Function>()->Call(context, exports, 2, args);
    ok = !value.IsEmpty();
    if (!ok && error) {
      if (try_catch.HasTerminated()) {
        *error = "execution terminated";
      } else {
        Local<Value> ex = try_catch.Exception();
        Local<Value> stack;
        if (ex->IsObject() &&
            ex.As<Object>()->Get(context, OneByteString(isolate, "stack")).ToLocal(&stack) &&
            stack->IsString())
          *error = ToStdString(isolate, stack);
        else
          *error = ToStdString(isolate, ex);
      }
    }
  }
  if (ok && result) *result = ToStdString(isolate, value.ToLocalChecked());
  if (!env->exiting()) env->DrainTasks();
  return ok;
}

void Runtime::RunMain(const std::string& path) {
  Isolate* isolate = impl_->isolate;
  Isolate::Scope isolate_scope(isolate);
  HandleScope scope(isolate);
  Context::Scope context_scope(impl_->env->context());
  Local<Value> args[] = {Utf8String(isolate, path)};
  impl_->CallBootstrap("runMain", 1, args);
}

void Runtime::RunEval(const std::string& code, bool print_result) {
  Isolate* isolate = impl_->isolate;
  Isolate::Scope isolate_scope(isolate);
  HandleScope scope(isolate);
  Context::Scope context_scope(impl_->env->context());
  Local<Value> args[] = {Utf8String(isolate, code), v8::Boolean::New(isolate, print_result)};
  impl_->CallBootstrap("evalScript", 2, args);
}

void Runtime::RunStdin(const std::string& code) {
  Isolate* isolate = impl_->isolate;
  Isolate::Scope isolate_scope(isolate);
  HandleScope scope(isolate);
  Context::Scope context_scope(impl_->env->context());
  Local<Value> args[] = {Utf8String(isolate, code)};
  impl_->CallBootstrap("evalStdin", 1, args);
}

void Runtime::RunRepl() {
  Isolate* isolate = impl_->isolate;
  Isolate::Scope isolate_scope(isolate);
  HandleScope scope(isolate);
  Context::Scope context_scope(impl_->env->context());
  impl_->CallBootstrap("runRepl", 0, nullptr);
}

bool Runtime::RunOnce() {
  Isolate::Scope isolate_scope(impl_->isolate);
  HandleScope scope(impl_->isolate);
  Context::Scope context_scope(impl_->env->context());
  if (impl_->env->exiting()) return false;
  impl_->env->SetMilestoneOnce(kLoopStart);
  return uv_run(&impl_->loop, UV_RUN_NOWAIT) != 0;
}

int Runtime::RunLoop() {
  Env* env = impl_->env.get();
  Isolate* isolate = impl_->isolate;
  Isolate::Scope isolate_scope(isolate);
  HandleScope scope(isolate);
  Context::Scope context_scope(env->context());
  // node's outer loop: run until idle, emit 'beforeExit' (which may schedule
  // more work), and go round again while the loop has referenced work.
  bool more;
  env->SetMilestoneOnce(kLoopStart);
  do {
    if (env->exiting()) break;
    uv_run(&impl_->loop, UV_RUN_DEFAULT);
    if (env->exiting()) break;
    env->EmitProcessEvent("beforeExit");
    if (env->exiting()) break;
    more = uv_loop_alive(&impl_->loop);
  } while (more && !env->exiting());
  env->SetMilestone(kLoopExit);
  if (!env->exiting()) {
    env->EmitProcessEvent("exit");
    if (!env->exiting()) env->set_exit_code(env->ProcessExitCode());
  }
  isolate->CancelTerminateExecution();
  return env->exit_code();
}

void Runtime::Exit(int code) { impl_->env->Exit(code); }
bool Runtime::exiting() const { return impl_->env->exiting(); }
int Runtime::exit_code() const { return impl_->env->exit_code(); }

}  // namespace eddy

// ---------------------------------------------------------------------------
// Build-time code cache (see builtins.h). Lives here because it drives a
// Runtime from the inside.

#include <fstream>
#include <map>

namespace eddy {

MaybeLocal<Function> CompileBuiltin(Env* env, const char* id);
namespace builtins {
void SetRecorder(std::map<std::string, v8::Global<v8::Function>>* recorder);  // builtins.cc
}

bool BuildCodeCache(const std::string& out_path, std::string* error) {
  if (!InitializeProcess({}, error)) return false;
  std::map<std::string, v8::Global<Function>> recorded;
  std::string table;
  builtins::SetRecorder(&recorded);
  {
    RuntimeOptions options;
    options.argv = {"eddy"};
    std::unique_ptr<Runtime> rt = Runtime::Create(options, error);
    if (!rt) return false;
    Runtime::Impl* impl = rt->impl();
    Isolate* isolate = impl->isolate;
    // A typical start-up and first use of the common modules, so that the
    // functions they run are compiled when the cache is made.
    rt->RunEval(
        "const util = require('util'); util.inspect({ a: [1, 'x', new Map([[1, 2]])] });"
        "util.format('%s %d %j', 'a', 1, {}); require('path').resolve('a', '../b');"
        "const EventEmitter = require('events'); const e = new EventEmitter();"
        "e.on('x', () => {}); e.emit('x', 1); require('assert').strictEqual(1, 1);"
        "setTimeout(() => {}, 1); setImmediate(() => {}); process.nextTick(() => {});"
        "Promise.resolve().then(() => {}); new (require('console').Console)(process.stdout);"
        "require('os').tmpdir(); require('fs').existsSync('.');"
        "try { require('./nonexistent-module') } catch {}"
        // Streams and bytes, which most programs reach within their first
        // requests or files: their hot functions start from cached bytecode.
        "{ const { Readable, Transform, Writable, PassThrough, pipeline } = require('stream');"
        "  let n = 0; const chunk = Buffer.alloc(16, 'x');"
        "  const src = new Readable({ read() { this.push(n++ < 64 ? chunk : null); } });"
        "  const t = new Transform({ transform(d, e, cb) { cb(null, d); } });"
        "  const sink = new Writable({ write(d, e, cb) { cb(); }, writev(c, cb) { cb(); } });"
        "  pipeline(src, t, new PassThrough(), sink, () => {});"
        "  Readable.from(['a', 'b']).on('data', () => {}).setEncoding('utf8'); }"
        "{ const b = Buffer.from('h\u00e9llo w\u00f6rld'); b.toString('hex'); b.toString('base64');"
        "  Buffer.from(b.toString('base64'), 'base64').toString('latin1');"
        "  Buffer.concat([b, Buffer.from([1, 2])]).indexOf('w'); b.readUInt32LE(0); b.equals(b);"
        "  new TextDecoder().decode(new TextEncoder().encode('x'));"
        "  new (require('string_decoder').StringDecoder)('utf8').write(b); }"
        "{ const u = new URL('http://a.example/p?q=1#h'); u.searchParams.get('q'); u.href;"
        "  require('querystring').parse('a=1&b=2'); }"
        "{ const http = require('http'); http.createServer((req, res) => res.end('x'));"
        "  http.validateHeaderName('x-a'); new http.Agent({ keepAlive: true }); require('net');"
        "  require('zlib'); require('crypto').createHash('sha256').update('x').digest('hex'); }",
        false);
    rt->RunLoop();
    Isolate::Scope isolate_scope(isolate);
    HandleScope scope(isolate);
    Context::Scope context_scope(impl->env->context());
    isolate->CancelTerminateExecution();
    for (size_t i = 0; i < builtins::kSourceCount; i++) {
      const char* id = builtins::kSources[i].id;
      if (recorded.count(id) == 0) {
        v8::TryCatch try_catch(isolate);
        (void)CompileBuiltin(impl->env.get(), id);
      }
    }
    builtins::SetRecorder(nullptr);
    std::string entries;
    int n = 0;
    for (auto& pair : recorded) {
      Local<Function> fn = pair.second.Get(isolate);
      std::unique_ptr<v8::ScriptCompiler::CachedData> data(
          v8::ScriptCompiler::CreateCodeCacheForFunction(fn));
      if (!data || data->length == 0) continue;
      std::string name = "kCache" + std::to_string(n);
      table += "static const unsigned char " + name + "[] = {";
      for (int k = 0; k < data->length; k++) {
        if (k % 32 == 0) table += "\n";
        table += std::to_string(data->data[k]) + ",";
      }
      table += "};\n";
      entries += "  {\"" + pair.first + "\", " + name + ", sizeof(" + name + ")},\n";
      n++;
      pair.second.Reset();
    }
    table += "\nconst CodeCacheEntry kCodeCache[] = {\n" + entries + "  {nullptr, nullptr, 0}};\n";
    table += "const size_t kCodeCacheCount = " + std::to_string(n) + ";\n";
  }
  std::string text =
      "// Generated by eddy_mkcodecache. Do not edit.\n#include \"builtins.h\"\n"
      "namespace eddy {\nnamespace builtins {\n" + table + "}  // namespace builtins\n}  // namespace eddy\n";
  std::ifstream old_in(out_path);
  std::string old((std::istreambuf_iterator<char>(old_in)), std::istreambuf_iterator<char>());
  if (old != text) {
    std::ofstream out(out_path);
    out << text;
    if (!out) {
      if (error) *error = "cannot write " + out_path;
      return false;
    }
  }
  return true;
}

}  // namespace eddy
