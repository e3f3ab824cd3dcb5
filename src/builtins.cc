// builtins.cc — compiling the embedded lib/ files (internalBinding('builtins'))
// and user code (internalBinding('contextify')).
//
// lib/ sources are handed to V8 as external strings pointing into the
// binary's read-only data, so start-up copies no JS source. Each is compiled
// as a function body with the wrapper parameters of doc/internals.md; user
// CommonJS modules are compiled the same way with node's module parameters,
// so no wrapper text shifts line or column numbers.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>

#include "binding_list.h"
#include "env.h"
#include "builtins.h"

namespace eddy {

using v8::Array;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Object;
using v8::ScriptCompiler;
using v8::ScriptOrigin;
using v8::String;
using v8::TryCatch;
using v8::Value;

MaybeLocal<Function> CompileBuiltin(Env* env, const char* id);

namespace builtins {
std::map<std::string, v8::Global<v8::Function>>* g_recorder = nullptr;
void SetRecorder(std::map<std::string, v8::Global<v8::Function>>* recorder) {
  g_recorder = recorder;
}
const Source* Find(const char* id) {
  for (size_t i = 0; i < kSourceCount; i++) {
    if (strcmp(kSources[i].id, id) == 0) return &kSources[i];
  }
  return nullptr;
}
}  // namespace builtins

namespace {

class StaticOneByte : public String::ExternalOneByteStringResource {
 public:
  StaticOneByte(const char* data, size_t length) : data_(data), length_(length) {}
  const char* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  const char* data_;
  size_t length_;
};

class StaticTwoByte : public String::ExternalStringResource {
 public:
  StaticTwoByte(const char16_t* data, size_t length) : data_(data), length_(length) {}
  const uint16_t* data() const override { return reinterpret_cast<const uint16_t*>(data_); }
  size_t length() const override { return length_; }

 private:
  const char16_t* data_;
  size_t length_;
};

Local<String> SourceString(Isolate* isolate, const builtins::Source* src) {
  if (src->one_byte != nullptr)
    return String::NewExternalOneByte(isolate, new StaticOneByte(src->one_byte, src->length))
        .ToLocalChecked();
  return String::NewExternalTwoByte(isolate, new StaticTwoByte(src->two_byte, src->length))
      .ToLocalChecked();
}

const char* const kBuiltinParams[] = {"exports", "require", "module", "process",
                                      "internalBinding", "primordials"};

// builtins.compileFunction(id) → the wrapped function of lib/<id>.js
void CompileFunctionJS(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  std::string id = ToStdString(isolate, info[0]);
  Local<Function> fn;
  if (CompileBuiltin(Env::From(info), id.c_str()).ToLocal(&fn)) info.GetReturnValue().Set(fn);
}

void HasBuiltin(const FunctionCallbackInfo<Value>& info) {
  std::string id = ToStdString(info.GetIsolate(), info[0]);
  info.GetReturnValue().Set(builtins::Find(id.c_str()) != nullptr);
}

void BuiltinIds(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Local<Array> ids = Array::New(isolate, static_cast<int>(builtins::kSourceCount));
  for (size_t i = 0; i < builtins::kSourceCount; i++) {
    ids->Set(context, static_cast<uint32_t>(i), OneByteString(isolate, builtins::kSources[i].id))
        .Check();
  }
  info.GetReturnValue().Set(ids);
}

// Rethrows a compile error after storing node's arrow header on it, so that
// an uncaught SyntaxError prints "file:line\nsource\n   ^".
void RethrowDecorated(Env* env, TryCatch* try_catch) {
  if (try_catch->HasCaught() && !try_catch->HasTerminated()) {
    env->DecorateError(try_catch->Exception(), try_catch->Message());
    try_catch->ReThrow();
  }
}

// contextify.compileFunction(code, filename, params) → function
void CompileUserFunction(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = env->context();
  Local<String> code = info[0].As<String>();
  Local<String> filename = info[1].As<String>();
  std::vector<Local<String>> params;
  if (info[2]->IsArray()) {
    Local<Array> arr = info[2].As<Array>();
    for (uint32_t i = 0; i < arr->Length(); i++) {
      Local<Value> v;
      if (arr->Get(context, i).ToLocal(&v) && v->IsString()) params.push_back(v.As<String>());
    }
  }
  ScriptOrigin origin(isolate, filename, 0, 0, false, -1, Local<Value>(), false, false, false);
  ScriptCompiler::Source source(code, origin);
  TryCatch try_catch(isolate);
  Local<Function> fn;
  if (!ScriptCompiler::CompileFunction(context, &source, params.size(), params.data(), 0, nullptr)
           .ToLocal(&fn)) {
    RethrowDecorated(env, &try_catch);
    return;
  }
  info.GetReturnValue().Set(fn);
}

// contextify.runScript(code, filename) → completion value of a classic script
void RunScript(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = env->context();
  Local<String> code = info[0].As<String>();
  ScriptOrigin origin(isolate, info[1].As<String>());
  ScriptCompiler::Source source(code, origin);
  TryCatch try_catch(isolate);
  Local<v8::Script> script;
  if (!ScriptCompiler::Compile(context, &source).ToLocal(&script)) {
    RethrowDecorated(env, &try_catch);
    return;
  }
  Local<Value> result;
  if (!script->Run(context).ToLocal(&result)) {
    if (try_catch.HasCaught() && !try_catch.HasTerminated()) try_catch.ReThrow();
    return;
  }
  info.GetReturnValue().Set(result);
}

}  // namespace

MaybeLocal<Function> CompileBuiltin(Env* env, const char* id) {
  Isolate* isolate = env->isolate();
  const builtins::Source* src = builtins::Find(id);
  if (src == nullptr) {
    isolate->ThrowException(v8::Exception::Error(
        Utf8String(isolate, std::string("No such built-in module: ") + id)));
    return {};
  }
  Local<Context> context = env->context();
  std::string name = std::string("node:") + id;
  ScriptOrigin origin(isolate, Utf8String(isolate, name));
  ScriptCompiler::CachedData* cached = nullptr;
  for (size_t i = 0; i < builtins::kCodeCacheCount; i++) {
    if (strcmp(builtins::kCodeCache[i].id, id) == 0) {
      cached = new ScriptCompiler::CachedData(builtins::kCodeCache[i].data,
                                              static_cast<int>(builtins::kCodeCache[i].size),
                                              ScriptCompiler::CachedData::BufferNotOwned);
      break;
    }
  }
  // Source takes ownership of `cached`. A cache V8 rejects (other flags, say)
  // just means a normal compile.
  ScriptCompiler::Source source(SourceString(isolate, src), origin, cached);
  Local<String> params[6];
  for (int i = 0; i < 6; i++) params[i] = OneByteString(isolate, kBuiltinParams[i]);
  MaybeLocal<Function> fn = ScriptCompiler::CompileFunction(
      context, &source, 6, params, 0, nullptr,
      cached != nullptr ? ScriptCompiler::kConsumeCodeCache : ScriptCompiler::kNoCompileOptions);
  // EDDY_DEBUG_CACHE=1 says which lib/ files could not use the code cache
  // (V8 rejects it when flags differ from the build's, e.g. --jitless).
  static const bool debug_cache = getenv("EDDY_DEBUG_CACHE") != nullptr;
  if (cached != nullptr && debug_cache && source.GetCachedData()->rejected)
    fprintf(stderr, "eddy: code cache rejected for %s\n", id);
  Local<Function> compiled;
  if (builtins::g_recorder != nullptr && fn.ToLocal(&compiled)) (*builtins::g_recorder)[id].Reset(isolate, compiled);
  return fn;
}

}  // namespace eddy

EDDY_BINDING(builtins) {
  using namespace eddy;
  Local<Context> context = env->context();
  SetMethod(context, target, "compileFunction", CompileFunctionJS);
  SetMethod(context, target, "hasBuiltin", HasBuiltin);
  SetMethod(context, target, "builtinIds", BuiltinIds);
}

EDDY_BINDING(contextify) {
  using namespace eddy;
  Local<Context> context = env->context();
  SetMethod(context, target, "compileFunction", CompileUserFunction);
  SetMethod(context, target, "runScript", RunScript);
}
