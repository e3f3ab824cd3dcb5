// process.cc — the native half of `process`: the object itself with its
// static fields (argv, versions, pid, a live `env`), and
// internalBinding('process_methods') (cwd, hrtime, memoryUsage, kill, exit...).
// lib/internal/bootstrap/node.js turns the object into an EventEmitter and adds
// the JS half.
#include <ares_version.h>
#include <openssl/opensslv.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>
#include <zlib.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "binding_list.h"
#include "env.h"
#include "llhttp.h"

extern char** environ;

namespace eddy {

using v8::Array;
using v8::ArrayBuffer;
using v8::BigInt;
using v8::Boolean;
using v8::Context;
using v8::Float64Array;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Name;
using v8::NamedPropertyHandlerConfiguration;
using v8::Number;
using v8::Object;
using v8::ObjectTemplate;
using v8::PropertyCallbackInfo;
using v8::String;
using v8::Uint32Array;
using v8::Value;

namespace {

Local<Array> ToArray(Isolate* isolate, const std::vector<std::string>& list) {
  Local<Context> context = isolate->GetCurrentContext();
  Local<Array> arr = Array::New(isolate, static_cast<int>(list.size()));
  for (size_t i = 0; i < list.size(); i++)
    arr->Set(context, static_cast<uint32_t>(i), Utf8String(isolate, list[i])).Check();
  return arr;
}

// --- process.env: a live view of the C environment -------------------------

void EnvGetter(Local<Name> property, const PropertyCallbackInfo<Value>& info) {
  if (!property->IsString()) return;
  Isolate* isolate = info.GetIsolate();
  std::string key = ToStdString(isolate, property);
  const char* value = getenv(key.c_str());
  if (value != nullptr) info.GetReturnValue().Set(Utf8String(isolate, value));
}

void EnvSetter(Local<Name> property, Local<Value> value, const PropertyCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  if (!property->IsString()) {
    isolate->ThrowException(v8::Exception::TypeError(
        OneByteString(isolate, "Cannot convert a Symbol value to a string")));
    return;
  }
  Local<String> str;
  // node stores String(value); a Symbol value throws a TypeError from V8.
  if (!value->ToString(isolate->GetCurrentContext()).ToLocal(&str)) return;
  std::string key = ToStdString(isolate, property);
  std::string val = ToStdString(isolate, str);
  if (!key.empty() && key.find('=') == std::string::npos) setenv(key.c_str(), val.c_str(), 1);
  info.GetReturnValue().Set(value);
}

void EnvQuery(Local<Name> property, const PropertyCallbackInfo<Integer>& info) {
  if (!property->IsString()) return;
  std::string key = ToStdString(info.GetIsolate(), property);
  if (getenv(key.c_str()) != nullptr) info.GetReturnValue().Set(v8::None);
}

void EnvDeleter(Local<Name> property, const PropertyCallbackInfo<Boolean>& info) {
  if (property->IsString()) {
    std::string key = ToStdString(info.GetIsolate(), property);
    unsetenv(key.c_str());
  }
  info.GetReturnValue().Set(true);
}

void EnvEnumerator(const PropertyCallbackInfo<Array>& info) {
  Isolate* isolate = info.GetIsolate();
  std::vector<std::string> keys;
  for (char** e = environ; e != nullptr && *e != nullptr; e++) {
    const char* eq = strchr(*e, '=');
    if (eq != nullptr && eq != *e) keys.emplace_back(*e, eq - *e);
  }
  info.GetReturnValue().Set(ToArray(isolate, keys));
}

void EnvDefiner(Local<Name> property, const v8::PropertyDescriptor& desc,
                const PropertyCallbackInfo<Value>& info) {
  // node: defining an accessor on process.env throws; a value is stored.
  Isolate* isolate = info.GetIsolate();
  if (desc.has_get() || desc.has_set()) {
    Local<Value> err = v8::Exception::TypeError(OneByteString(
        isolate, "'process.env' does not accept an accessor(getter/setter) descriptor"));
    err.As<Object>()->Set(isolate->GetCurrentContext(), OneByteString(isolate, "code"),
                          OneByteString(isolate, "ERR_INVALID_OBJECT_DEFINE_PROPERTY")).Check();
    isolate->ThrowException(err);
    return;
  }
  if (desc.has_value()) EnvSetter(property, desc.value(), info);
  info.GetReturnValue().Set(desc.has_value() ? desc.value() : v8::Undefined(isolate).As<Value>());
}

Local<Object> CreateEnvObject(Isolate* isolate, Local<Context> context) {
  Local<ObjectTemplate> tmpl = ObjectTemplate::New(isolate);
  tmpl->SetHandler(NamedPropertyHandlerConfiguration(
      EnvGetter, EnvSetter, EnvQuery, EnvDeleter, EnvEnumerator, EnvDefiner, nullptr,
      Local<Value>(), v8::PropertyHandlerFlags::kHasNoSideEffect));
  return tmpl->NewInstance(context).ToLocalChecked();
}

// --- process.title -------------------------------------------------------------

void TitleGetter(Local<Name>, const PropertyCallbackInfo<Value>& info) {
  char buf[512];
  if (uv_get_process_title(buf, sizeof(buf)) != 0) buf[0] = 0;
  info.GetReturnValue().Set(Utf8String(info.GetIsolate(), buf));
}

void TitleSetter(Local<Name>, Local<Value> value, const PropertyCallbackInfo<void>& info) {
  Local<String> str;
  if (!value->ToString(info.GetIsolate()->GetCurrentContext()).ToLocal(&str)) return;
  std::string title = ToStdString(info.GetIsolate(), str);
  uv_set_process_title(title.c_str());
}

// --- process_methods --------------------------------------------------------

void Cwd(const FunctionCallbackInfo<Value>& info) {
  char buf[4096];
  size_t size = sizeof(buf);
  int err = uv_cwd(buf, &size);
  if (err != 0) {
    info.GetIsolate()->ThrowException(UVException(info.GetIsolate(), err, "uv_cwd"));
    return;
  }
  info.GetReturnValue().Set(Utf8String(info.GetIsolate(), std::string(buf, size)));
}

// chdir(dir) → 0 or a negative errno (JS builds node's error message).
void Chdir(const FunctionCallbackInfo<Value>& info) {
  std::string dir = ToStdString(info.GetIsolate(), info[0]);
  info.GetReturnValue().Set(uv_chdir(dir.c_str()));
}

void Umask(const FunctionCallbackInfo<Value>& info) {
  mode_t old;
  if (info[0]->IsUndefined()) {
    old = umask(0);
    umask(old);
  } else {
    old = umask(static_cast<mode_t>(info[0]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0)));
  }
  info.GetReturnValue().Set(static_cast<uint32_t>(old));
}

// hrtime(buf): fills a Uint32Array(3) with [sec_hi, sec_lo, nsec].
void Hrtime(const FunctionCallbackInfo<Value>& info) {
  uint64_t t = uv_hrtime();
  Local<Uint32Array> arr = info[0].As<Uint32Array>();
  uint32_t* fields = static_cast<uint32_t*>(arr->Buffer()->GetBackingStore()->Data()) +
                     arr->ByteOffset() / sizeof(uint32_t);
  uint64_t sec = t / 1000000000;
  fields[0] = static_cast<uint32_t>(sec >> 32);
  fields[1] = static_cast<uint32_t>(sec & 0xffffffff);
  fields[2] = static_cast<uint32_t>(t % 1000000000);
}

void HrtimeBigInt(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(BigInt::NewFromUnsigned(info.GetIsolate(), uv_hrtime()));
}

double* Float64Fields(Local<Value> v) {
  Local<Float64Array> arr = v.As<Float64Array>();
  return reinterpret_cast<double*>(static_cast<char*>(arr->Buffer()->GetBackingStore()->Data()) +
                                   arr->ByteOffset());
}

// memoryUsage(Float64Array(5)): rss, heapTotal, heapUsed, external, arrayBuffers
void MemoryUsage(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  v8::HeapStatistics stats;
  isolate->GetHeapStatistics(&stats);
  double* f = Float64Fields(info[0]);
  f[0] = static_cast<double>(rss);
  f[1] = static_cast<double>(stats.total_heap_size());
  f[2] = static_cast<double>(stats.used_heap_size());
  f[3] = static_cast<double>(stats.external_memory());
  Env* env = Env::From(info);
  f[4] = env->array_buffer_bytes ? static_cast<double>(env->array_buffer_bytes()) : 0;
}

void Rss(const FunctionCallbackInfo<Value>& info) {
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  info.GetReturnValue().Set(static_cast<double>(rss));
}

// cpuUsage(Float64Array(2)): user and system CPU time in microseconds.
void CpuUsage(const FunctionCallbackInfo<Value>& info) {
  uv_rusage_t ru;
  int err = uv_getrusage(&ru);
  if (err != 0) {
    info.GetIsolate()->ThrowException(UVException(info.GetIsolate(), err, "uv_getrusage"));
    return;
  }
  double* f = Float64Fields(info[0]);
  f[0] = 1e6 * ru.ru_utime.tv_sec + ru.ru_utime.tv_usec;
  f[1] = 1e6 * ru.ru_stime.tv_sec + ru.ru_stime.tv_usec;
}

// resourceUsage(Float64Array(16)) in node's field order.
void ResourceUsage(const FunctionCallbackInfo<Value>& info) {
  uv_rusage_t ru;
  int err = uv_getrusage(&ru);
  if (err != 0) {
    info.GetIsolate()->ThrowException(UVException(info.GetIsolate(), err, "uv_getrusage"));
    return;
  }
  double* f = Float64Fields(info[0]);
  f[0] = 1e6 * ru.ru_utime.tv_sec + ru.ru_utime.tv_usec;
  f[1] = 1e6 * ru.ru_stime.tv_sec + ru.ru_stime.tv_usec;
  f[2] = static_cast<double>(ru.ru_maxrss);
  f[3] = static_cast<double>(ru.ru_ixrss);
  f[4] = static_cast<double>(ru.ru_idrss);
  f[5] = static_cast<double>(ru.ru_isrss);
  f[6] = static_cast<double>(ru.ru_minflt);
  f[7] = static_cast<double>(ru.ru_majflt);
  f[8] = static_cast<double>(ru.ru_nswap);
  f[9] = static_cast<double>(ru.ru_inblock);
  f[10] = static_cast<double>(ru.ru_oublock);
  f[11] = static_cast<double>(ru.ru_msgsnd);
  f[12] = static_cast<double>(ru.ru_msgrcv);
  f[13] = static_cast<double>(ru.ru_nsignals);
  f[14] = static_cast<double>(ru.ru_nvcsw);
  f[15] = static_cast<double>(ru.ru_nivcsw);
}

// kill(pid, signal) → 0 or a negative errno
void Kill(const FunctionCallbackInfo<Value>& info) {
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  int pid = info[0]->Int32Value(context).FromMaybe(0);
  int sig = info[1]->Int32Value(context).FromMaybe(0);
  info.GetReturnValue().Set(uv_kill(pid, sig));
}

void ReallyExit(const FunctionCallbackInfo<Value>& info) {
  int code = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  Env::From(info)->Exit(code);
}

void RawDebug(const FunctionCallbackInfo<Value>& info) {
  std::string s = ToStdString(info.GetIsolate(), info[0]);
  fprintf(stderr, "%s\n", s.c_str());
  fflush(stderr);
}

void Uptime(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  uv_update_time(env->loop());
  double uptime = static_cast<double>(uv_hrtime() - env->start_time_ns()) / 1e9;
  info.GetReturnValue().Set(uptime);
}

void GetActiveHandleCount(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  int n = 0;
  uv_walk(env->loop(), [](uv_handle_t* h, void* arg) {
    if (uv_is_active(h) && uv_has_ref(h)) (*static_cast<int*>(arg))++;
  }, &n);
  info.GetReturnValue().Set(n);
}

// getOptions() → the runtime options lib/ needs (set once, read at bootstrap).
void GetOptions(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = env->context();
  const RuntimeOptions& o = env->options();
  Local<Object> out = Object::New(isolate);
  auto flag = [&](const char* name, bool v) { SetValue(context, out, name, Boolean::New(isolate, v)); };
  flag("noWarnings", o.no_warnings);
  flag("noDeprecation", o.no_deprecation);
  flag("throwDeprecation", o.throw_deprecation);
  flag("traceDeprecation", o.trace_deprecation);
  flag("traceWarnings", o.trace_warnings);
  flag("traceUncaught", o.trace_uncaught);
  flag("preserveSymlinks", o.preserve_symlinks);
  flag("preserveSymlinksMain", o.preserve_symlinks_main);
  flag("exposeGc", o.expose_gc);
  flag("exposeInternals", o.expose_internals);
  const char* mode = "throw";
  switch (o.unhandled_rejections) {
    case UnhandledRejections::kThrow: mode = "throw"; break;
    case UnhandledRejections::kStrict: mode = "strict"; break;
    case UnhandledRejections::kWarn: mode = "warn"; break;
    case UnhandledRejections::kNone: mode = "none"; break;
    case UnhandledRejections::kWarnWithErrorCode: mode = "warn-with-error-code"; break;
  }
  SetValue(context, out, "unhandledRejections", OneByteString(isolate, mode));
  SetValue(context, out, "preloadModules", ToArray(isolate, o.preload_modules));
  SetValue(context, out, "conditions", ToArray(isolate, o.conditions));
  SetValue(context, out, "stackTraceLimit", Integer::New(isolate, o.stack_trace_limit));
  SetValue(context, out, "maxHttpHeaderSize",
           Integer::NewFromUnsigned(isolate, o.max_http_header_size));
  SetValue(context, out, "evalName", Utf8String(isolate, o.eval_name));
  info.GetReturnValue().Set(out);
}

}  // namespace

Local<Object> CreateProcessObject(Env* env) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  const RuntimeOptions& options = env->options();
  Local<FunctionTemplate> process_tmpl = FunctionTemplate::New(isolate);
  process_tmpl->SetClassName(OneByteString(isolate, "process"));
  Local<Object> process =
      process_tmpl->GetFunction(context).ToLocalChecked()->NewInstance(context).ToLocalChecked();

  std::string version = std::string("v") + NodeCompatVersion();
  SetValue(context, process, "version", Utf8String(isolate, version));
  Local<Object> versions = Object::New(isolate);
  // Read-only, as node's: assigning to process.versions.x throws in strict mode.
  auto version_value = [&](const char* name, Local<Value> value) {
    versions->DefineOwnProperty(context, OneByteString(isolate, name), value,
                                static_cast<v8::PropertyAttribute>(v8::ReadOnly)).Check();
  };
  version_value("node", Utf8String(isolate, NodeCompatVersion()));
  version_value("eddy", Utf8String(isolate, Version()));
  version_value("v8", OneByteString(isolate, v8::V8::GetVersion()));
  version_value("uv", OneByteString(isolate, uv_version_string()));
  version_value("zlib", OneByteString(isolate, ZLIB_VERSION));
  version_value("ares", OneByteString(isolate, ARES_VERSION_STR));
  std::string llhttp = std::to_string(LLHTTP_VERSION_MAJOR) + "." +
                       std::to_string(LLHTTP_VERSION_MINOR) + "." +
                       std::to_string(LLHTTP_VERSION_PATCH);
  version_value("llhttp", Utf8String(isolate, llhttp));
  version_value("modules", OneByteString(isolate, "115"));
  version_value("napi", OneByteString(isolate, "9"));
  // "OpenSSL 3.0.x 1 Jan 2024" → "3.0.x" as node reports it.
  std::string ossl = OPENSSL_VERSION_TEXT;
  {
    size_t a = ossl.find(' ');
    size_t b = ossl.find(' ', a + 1);
    if (a != std::string::npos) ossl = ossl.substr(a + 1, b == std::string::npos ? b : b - a - 1);
  }
  version_value("openssl", Utf8String(isolate, ossl));
  SetValue(context, process, "versions", versions);
  SetValue(context, process, "arch", OneByteString(isolate, "x64"));
  SetValue(context, process, "platform", OneByteString(isolate, "linux"));
  Local<Object> release = Object::New(isolate);
  SetValue(context, release, "name", OneByteString(isolate, "node"));
  SetValue(context, process, "release", release);

  std::vector<std::string> argv = options.argv;
  // process.argv0: argv[0] as the program was started, before argv[0]
  // becomes the executable's absolute path.
  SetValue(context, process, "argv0",
           Utf8String(isolate, argv.empty() ? std::string() : argv[0]));
  char exec_path[4096];
  size_t exec_size = sizeof(exec_path);
  std::string exec_path_str;
  if (uv_exepath(exec_path, &exec_size) == 0) exec_path_str.assign(exec_path, exec_size);
  else if (!argv.empty()) exec_path_str = argv[0];
  if (argv.empty()) argv.push_back(exec_path_str);
  else argv[0] = exec_path_str;
  SetValue(context, process, "argv", ToArray(isolate, argv));
  SetValue(context, process, "execArgv", ToArray(isolate, options.exec_argv));
  SetValue(context, process, "execPath", Utf8String(isolate, exec_path_str));
  SetValue(context, process, "pid", Integer::New(isolate, uv_os_getpid()));
  SetValue(context, process, "ppid", Integer::New(isolate, uv_os_getppid()));
  SetValue(context, process, "env", CreateEnvObject(isolate, context));
  process->SetAccessor(context, OneByteString(isolate, "title"), TitleGetter, TitleSetter)
      .Check();
  if (!options.title.empty()) uv_set_process_title(options.title.c_str());
  return process;
}

}  // namespace eddy

EDDY_BINDING(process_methods) {
  using namespace eddy;
  Local<Context> context = env->context();
  SetMethod(context, target, "cwd", Cwd);
  SetMethod(context, target, "chdir", Chdir);
  SetMethod(context, target, "umask", Umask);
  SetMethod(context, target, "hrtime", Hrtime);
  SetMethod(context, target, "hrtimeBigInt", HrtimeBigInt);
  SetMethod(context, target, "memoryUsage", MemoryUsage);
  SetMethod(context, target, "rss", Rss);
  SetMethod(context, target, "cpuUsage", CpuUsage);
  SetMethod(context, target, "resourceUsage", ResourceUsage);
  SetMethod(context, target, "kill", Kill);
  SetMethod(context, target, "reallyExit", ReallyExit);
  SetMethod(context, target, "rawDebug", RawDebug);
  SetMethod(context, target, "uptime", Uptime);
  SetMethod(context, target, "getActiveHandleCount", GetActiveHandleCount);
  SetMethod(context, target, "getOptions", GetOptions);
}
