// vm.cc — internalBinding('vm'): the contexts, scripts and compiled
// functions behind lib/vm.js.
//
// A contextified sandbox. vm.createContext(sandbox) makes a new V8 context
// from one global ObjectTemplate (per Env, made on first use) whose named
// and indexed interceptors forward to the sandbox: reads try the sandbox
// (with its prototype chain) before the context's own builtins, writes and
// definitions land on the sandbox, and deletes, `in` and key listings see the
// sandbox's own properties. The new context gets V8's builtins only; eddy's
// bootstrap never runs in it.
//
// Who keeps whom alive (everything is on the JS heap, so an unreachable
// sandbox and its context are collected together and nothing needs a weak
// callback or a teardown hook):
//   sandbox --private kContextPrivate--> the context's global proxy
//   global proxy --> its native context
//   context --embedder data kSandboxIndex--> sandbox
// The context also carries the Env pointer (so Env::From works for code and
// promise rejections inside it) and a tag saying "made by vm".
//
// Scripts: a compiled vm.Script keeps its UnboundScript in a CompiledScript,
// owned by a small JS handle object (freed when that is collected, or at Env
// teardown) and bound to whichever context it runs in.
//
// Timeouts: a watchdog thread calls TerminateExecution when the time is up;
// the JS thread then cancels the termination and throws node's
// ERR_SCRIPT_EXECUTION_TIMEOUT, created in the context that ran (as node's).
#include <uv.h>

#include <atomic>
#include <cstring>
#include <string>
#include <unordered_set>
#include <vector>

#include "binding_list.h"
#include "env.h"

namespace eddy {

using v8::Array;
using v8::ArrayBuffer;
using v8::ArrayBufferView;
using v8::Boolean;
using v8::Context;
using v8::External;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Global;
using v8::HandleScope;
using v8::IndexedPropertyHandlerConfiguration;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Name;
using v8::NamedPropertyHandlerConfiguration;
using v8::Object;
using v8::ObjectTemplate;
using v8::Private;
using v8::PropertyAttribute;
using v8::PropertyCallbackInfo;
using v8::PropertyDescriptor;
using v8::ScriptCompiler;
using v8::ScriptOrigin;
using v8::String;
using v8::TryCatch;
using v8::UnboundScript;
using v8::Value;

namespace {

// Context embedder slots, above V8's own and next to Env's (env.cc: 32).
constexpr int kVmTagIndex = 33;      // aligned pointer: &kVmTag
constexpr int kSandboxIndex = 34;    // the sandbox object
int kVmTag;  // its address marks a context made here

class CompiledScript;

// Per-Env state of the binding; freed by its cleanup hook.
struct VmState {
  Global<Private> context_private;      // sandbox → global proxy
  Global<ObjectTemplate> global_template;
  Global<ObjectTemplate> script_template;
  std::unordered_set<CompiledScript*> scripts;
};

VmState* StateOf(const FunctionCallbackInfo<Value>& info) {
  return static_cast<VmState*>(info.Data().As<External>()->Value());
}

bool IsVmContext(Local<Context> context) {
  return context->GetNumberOfEmbedderDataFields() > kSandboxIndex &&
         context->GetAlignedPointerFromEmbedderData(kVmTagIndex) == &kVmTag;
}

// The vm context of a sandbox, or empty when it is not contextified.
MaybeLocal<Context> ContextOfSandbox(Isolate* isolate, VmState* state, Local<Value> value) {
  if (!value->IsObject()) return {};
  Local<Object> sandbox = value.As<Object>();
  Local<Context> current = isolate->GetCurrentContext();
  Local<Value> proxy;
  if (!sandbox->GetPrivate(current, state->context_private.Get(isolate)).ToLocal(&proxy) ||
      !proxy->IsObject())
    return {};
  Local<Context> context;
  if (!proxy.As<Object>()->GetCreationContext().ToLocal(&context) || !IsVmContext(context))
    return {};
  return context;
}

// --- the global object's interceptors ----------------------------------------

// The vm context and sandbox behind an interceptor call. The holder is the
// context's global object, made in that context.
template <typename T>
bool ResolveAny(const PropertyCallbackInfo<T>& info, Local<Context>* context,
                Local<Object>* sandbox) {
  if (!info.Holder()->GetCreationContext().ToLocal(context) || !IsVmContext(*context))
    return false;
  Local<Value> s = (*context)->GetEmbedderData(kSandboxIndex);
  if (!s->IsObject()) return false;
  *sandbox = s.As<Object>();
  return true;
}

void PropertyGetter(Local<Name> property, const PropertyCallbackInfo<Value>& info) {
  Local<Context> context;
  Local<Object> sandbox;
  if (!ResolveAny(info, &context, &sandbox)) return;
  // Own or inherited, as a sandbox object would answer; otherwise the
  // context's own global (its builtins and `var`s) answers.
  // (Empty: not there, or its getter threw, which V8 then reports.)
  Local<Value> value;
  if (!sandbox->GetRealNamedProperty(context, property).ToLocal(&value)) return;
  // The sandbox itself reads as the global it stands for (`self`-like keys).
  if (value == sandbox) value = context->Global();
  info.GetReturnValue().Set(value);
}

void PropertySetter(Local<Name> property, Local<Value> value,
                    const PropertyCallbackInfo<Value>& info) {
  Local<Context> context;
  Local<Object> sandbox;
  if (!ResolveAny(info, &context, &sandbox)) return;
  // A read-only global of the context's own (undefined, NaN, Infinity)
  // stays as V8 handles it: ignored, or a TypeError in strict code.
  Local<Object> global = info.Holder();
  v8::Maybe<PropertyAttribute> attrs = global->GetRealNamedPropertyAttributes(context, property);
  if (attrs.IsJust() && (attrs.FromJust() & v8::ReadOnly) &&
      !sandbox->HasRealNamedProperty(context, property).FromMaybe(false))
    return;
  // Strict code assigning to a name declared nowhere (`'use strict'; x = 1`)
  // must get V8's ReferenceError: a bare name's store reaches the global
  // object itself, `globalThis.x = 1` its proxy. A top-level function
  // declaration arrives the same way as such a store: let functions through.
  if (info.ShouldThrowOnError() && info.This() != context->Global() && !value->IsFunction() &&
      attrs.IsNothing() &&
      !sandbox->HasRealNamedProperty(context, property).FromMaybe(false) &&
      sandbox->GetRealNamedPropertyAttributesInPrototypeChain(context, property).IsNothing())
    return;
  if (sandbox->Set(context, property, value).IsNothing()) return;
  info.GetReturnValue().Set(value);
}

void PropertyQuery(Local<Name> property, const PropertyCallbackInfo<Integer>& info) {
  Local<Context> context;
  Local<Object> sandbox;
  if (!ResolveAny(info, &context, &sandbox)) return;
  if (!sandbox->HasRealNamedProperty(context, property).FromMaybe(false)) return;
  PropertyAttribute attrs;
  if (!sandbox->GetRealNamedPropertyAttributes(context, property).To(&attrs)) return;
  info.GetReturnValue().Set(static_cast<int32_t>(attrs));
}

void PropertyDescriptorCallback(Local<Name> property, const PropertyCallbackInfo<Value>& info) {
  Local<Context> context;
  Local<Object> sandbox;
  if (!ResolveAny(info, &context, &sandbox)) return;
  if (!sandbox->HasOwnProperty(context, property).FromMaybe(false)) return;
  Local<Value> desc;
  if (sandbox->GetOwnPropertyDescriptor(context, property).ToLocal(&desc))
    info.GetReturnValue().Set(desc);
}

void PropertyDefiner(Local<Name> property, const PropertyDescriptor& desc,
                     const PropertyCallbackInfo<Value>& info) {
  Local<Context> context;
  Local<Object> sandbox;
  if (!ResolveAny(info, &context, &sandbox)) return;
  Isolate* isolate = info.GetIsolate();
  // A PropertyDescriptor cannot be copied; build the sandbox's own.
  auto apply_flags = [&](PropertyDescriptor* d) {
    if (desc.has_enumerable()) d->set_enumerable(desc.enumerable());
    if (desc.has_configurable()) d->set_configurable(desc.configurable());
  };
  v8::Maybe<bool> ok = v8::Nothing<bool>();
  if (desc.has_get() || desc.has_set()) {
    PropertyDescriptor d(desc.has_get() ? desc.get() : v8::Undefined(isolate).As<Value>(),
                         desc.has_set() ? desc.set() : v8::Undefined(isolate).As<Value>());
    apply_flags(&d);
    ok = sandbox->DefineProperty(context, property, d);
  } else if (desc.has_value()) {
    if (desc.has_writable()) {
      PropertyDescriptor d(desc.value(), desc.writable());
      apply_flags(&d);
      ok = sandbox->DefineProperty(context, property, d);
    } else {
      PropertyDescriptor d(desc.value());
      apply_flags(&d);
      ok = sandbox->DefineProperty(context, property, d);
    }
  } else {
    PropertyDescriptor d;
    apply_flags(&d);
    if (desc.has_writable()) {
      PropertyDescriptor w(v8::Undefined(isolate), desc.writable());
      // Only the flag: keep the present value if there is one.
      Local<Value> current;
      if (sandbox->GetRealNamedProperty(context, property).ToLocal(&current)) {
        PropertyDescriptor wv(current, desc.writable());
        apply_flags(&wv);
        ok = sandbox->DefineProperty(context, property, wv);
      } else {
        apply_flags(&w);
        ok = sandbox->DefineProperty(context, property, w);
      }
    } else {
      ok = sandbox->DefineProperty(context, property, d);
    }
  }
  if (ok.IsJust()) info.GetReturnValue().Set(property);
}

void PropertyDeleter(Local<Name> property, const PropertyCallbackInfo<v8::Boolean>& info) {
  Local<Context> context;
  Local<Object> sandbox;
  if (!ResolveAny(info, &context, &sandbox)) return;
  if (!sandbox->HasRealNamedProperty(context, property).FromMaybe(false)) return;
  bool deleted;
  if (!sandbox->Delete(context, property).To(&deleted)) return;
  info.GetReturnValue().Set(deleted);
}

void PropertyEnumerator(const PropertyCallbackInfo<Array>& info) {
  Local<Context> context;
  Local<Object> sandbox;
  if (!ResolveAny(info, &context, &sandbox)) return;
  Local<Array> names;
  if (sandbox->GetPropertyNames(context, v8::KeyCollectionMode::kOwnOnly,
                                static_cast<v8::PropertyFilter>(v8::ONLY_ENUMERABLE |
                                                                v8::SKIP_SYMBOLS),
                                v8::IndexFilter::kSkipIndices)
          .ToLocal(&names))
    info.GetReturnValue().Set(names);
}

void IndexEnumerator(const PropertyCallbackInfo<Array>& info) {
  Local<Context> context;
  Local<Object> sandbox;
  if (!ResolveAny(info, &context, &sandbox)) return;
  Local<Array> all;
  if (!sandbox->GetPropertyNames(context, v8::KeyCollectionMode::kOwnOnly,
                                 static_cast<v8::PropertyFilter>(v8::ONLY_ENUMERABLE |
                                                                 v8::SKIP_SYMBOLS),
                                 v8::IndexFilter::kIncludeIndices)
           .ToLocal(&all))
    return;
  Isolate* isolate = info.GetIsolate();
  std::vector<Local<Value>> indices;
  for (uint32_t i = 0; i < all->Length(); i++) {
    Local<Value> key;
    if (all->Get(context, i).ToLocal(&key) && key->IsNumber()) indices.push_back(key);
  }
  info.GetReturnValue().Set(Array::New(isolate, indices.data(), indices.size()));
}

// Indexed access goes through the same code with the index as a name.
Local<Name> IndexName(Isolate* isolate, uint32_t index) {
  return Integer::NewFromUnsigned(isolate, index)->ToString(isolate->GetCurrentContext())
      .ToLocalChecked();
}
void IndexGetter(uint32_t index, const PropertyCallbackInfo<Value>& info) {
  PropertyGetter(IndexName(info.GetIsolate(), index), info);
}
void IndexSetter(uint32_t index, Local<Value> value, const PropertyCallbackInfo<Value>& info) {
  PropertySetter(IndexName(info.GetIsolate(), index), value, info);
}
void IndexQuery(uint32_t index, const PropertyCallbackInfo<Integer>& info) {
  PropertyQuery(IndexName(info.GetIsolate(), index), info);
}
void IndexDescriptor(uint32_t index, const PropertyCallbackInfo<Value>& info) {
  PropertyDescriptorCallback(IndexName(info.GetIsolate(), index), info);
}
void IndexDefiner(uint32_t index, const PropertyDescriptor& desc,
                  const PropertyCallbackInfo<Value>& info) {
  PropertyDefiner(IndexName(info.GetIsolate(), index), desc, info);
}
void IndexDeleter(uint32_t index, const PropertyCallbackInfo<v8::Boolean>& info) {
  PropertyDeleter(IndexName(info.GetIsolate(), index), info);
}

Local<ObjectTemplate> GlobalTemplate(Isolate* isolate, VmState* state) {
  if (!state->global_template.IsEmpty()) return state->global_template.Get(isolate);
  Local<ObjectTemplate> tmpl = ObjectTemplate::New(isolate);
  tmpl->SetHandler(NamedPropertyHandlerConfiguration(
      PropertyGetter, PropertySetter, PropertyQuery, PropertyDeleter, PropertyEnumerator,
      PropertyDefiner, PropertyDescriptorCallback));
  tmpl->SetHandler(IndexedPropertyHandlerConfiguration(
      IndexGetter, IndexSetter, IndexQuery, IndexDeleter, IndexEnumerator, IndexDefiner,
      IndexDescriptor));
  state->global_template.Reset(isolate, tmpl);
  return tmpl;
}

// vm.makeContext(sandbox, allowStrings, allowWasm): contextifies the sandbox.
void MakeContext(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  VmState* state = StateOf(info);
  Isolate* isolate = info.GetIsolate();
  // Without a sandbox (vm.constants.DONT_CONTEXTIFY) the context keeps an
  // ordinary global, which is returned and stands for itself.
  bool contextify = info[0]->IsObject();
  Local<Context> context =
      contextify ? Context::New(isolate, nullptr, GlobalTemplate(isolate, state))
                 : Context::New(isolate);
  if (context.IsEmpty()) return;  // out of memory: V8 has thrown
  context->SetAlignedPointerInEmbedderData(32, env);  // env.cc's kContextEmbedderIndex
  context->SetAlignedPointerInEmbedderData(kVmTagIndex, &kVmTag);
  Local<Object> sandbox = contextify ? info[0].As<Object>() : context->Global();
  context->SetEmbedderData(kSandboxIndex, contextify ? sandbox.As<Value>() : v8::Undefined(isolate).As<Value>());
  // Same security token as the main context: code in either may touch the
  // other's objects (node's contexts are not isolated either).
  context->SetSecurityToken(env->context()->GetSecurityToken());
  if (!info[1]->IsTrue()) {
    context->AllowCodeGenerationFromStrings(false);
    context->SetErrorMessageForCodeGenerationFromStrings(
        OneByteString(isolate, "Code generation from strings disallowed for this context"));
  }
  if (!info[2]->IsTrue()) {
    context->SetEmbedderData(kSandboxIndex + 1, v8::False(isolate));
  }
  Local<Context> current = isolate->GetCurrentContext();
  sandbox->SetPrivate(current, state->context_private.Get(isolate), context->Global()).Check();
  if (!contextify) info.GetReturnValue().Set(sandbox);
}

// vm.isContext(object) → whether it was contextified
void IsContext(const FunctionCallbackInfo<Value>& info) {
  Local<Context> context;
  info.GetReturnValue().Set(ContextOfSandbox(info.GetIsolate(), StateOf(info), info[0])
                                .ToLocal(&context));
}

// Wasm code generation, isolate-wide: refused in contexts made with
// codeGeneration.wasm false (the slot after the sandbox holds false).
bool AllowWasm(Local<Context> context, Local<String>) {
  if (!IsVmContext(context) || context->GetNumberOfEmbedderDataFields() <= kSandboxIndex + 1)
    return true;
  return !context->GetEmbedderData(kSandboxIndex + 1)->IsFalse();
}

// --- errors --------------------------------------------------------------------

// node's displayErrors: the "file:line\nsource\n  ^\n" header goes in front
// of the error's stack, once. An empty stored arrow then tells the uncaught
// printer (lib/internal/process/execution.js) that the stack carries it.
void DecorateStack(Env* env, Local<Value> error, Local<v8::Message> message) {
  Isolate* isolate = env->isolate();
  if (!error->IsNativeError() || message.IsEmpty()) return;
  Local<Object> err = error.As<Object>();
  Local<Context> context = env->context();
  Local<Private> key = env->arrow_private.Get(isolate);
  std::string arrow;
  Local<Value> stored;
  if (err->GetPrivate(context, key).ToLocal(&stored) && stored->IsString()) {
    arrow = ToStdString(isolate, stored);
    if (arrow.empty()) return;  // decorated already
  } else {
    arrow = env->ArrowMessage(message);
  }
  if (arrow.empty()) return;
  Local<String> stack_key = OneByteString(isolate, "stack");
  Local<Value> stack;
  if (!err->Get(context, stack_key).ToLocal(&stack) || !stack->IsString()) return;
  Local<String> decorated = String::Concat(isolate, Utf8String(isolate, arrow + "\n"),
                                           stack.As<String>());
  if (err->Set(context, stack_key, decorated).IsNothing()) return;
  err->SetPrivate(context, key, String::Empty(isolate)).Check();
}

void RethrowCompileError(Env* env, TryCatch* try_catch) {
  if (try_catch->HasCaught() && !try_catch->HasTerminated()) {
    DecorateStack(env, try_catch->Exception(), try_catch->Message());
    try_catch->ReThrow();
  }
}

// --- timeouts --------------------------------------------------------------------

class Watchdog {
 public:
  Watchdog(Isolate* isolate, uint64_t ms) : isolate_(isolate), ms_(ms) {
    uv_mutex_init(&mutex_);
    uv_cond_init(&cond_);
    uv_thread_create(&thread_, Run, this);
  }
  ~Watchdog() {
    Stop();
    uv_cond_destroy(&cond_);
    uv_mutex_destroy(&mutex_);
  }
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;
  // Stops the thread (if it has not fired) and waits for it; once.
  void Stop() {
    if (stopped_) return;
    stopped_ = true;
    uv_mutex_lock(&mutex_);
    done_ = true;
    uv_cond_signal(&cond_);
    uv_mutex_unlock(&mutex_);
    uv_thread_join(&thread_);
  }
  bool timed_out() const { return timed_out_.load(); }

 private:
  static void Run(void* arg) {
    auto* self = static_cast<Watchdog*>(arg);
    uint64_t deadline = uv_hrtime() + self->ms_ * 1000000;
    uv_mutex_lock(&self->mutex_);
    while (!self->done_) {
      uint64_t now = uv_hrtime();
      if (now >= deadline) {
        self->timed_out_.store(true);
        self->isolate_->TerminateExecution();
        break;
      }
      uv_cond_timedwait(&self->cond_, &self->mutex_, deadline - now);
    }
    uv_mutex_unlock(&self->mutex_);
  }

  Isolate* isolate_;
  uint64_t ms_;
  uv_mutex_t mutex_;
  uv_cond_t cond_;
  uv_thread_t thread_;
  bool done_ = false;  // under mutex_
  bool stopped_ = false;  // JS thread only
  std::atomic<bool> timed_out_{false};
};

// --- scripts --------------------------------------------------------------------

// The compiled form of a vm.Script: freed when its JS handle is collected,
// or at Env teardown.
class CompiledScript {
 public:
  CompiledScript(VmState* state, Isolate* isolate, Local<Object> handle,
                 Local<UnboundScript> script)
      : state_(state), script_(isolate, script), handle_(isolate, handle) {
    handle->SetAlignedPointerInInternalField(0, this);
    handle_.SetWeak(this, [](const v8::WeakCallbackInfo<CompiledScript>& data) {
      delete data.GetParameter();
    }, v8::WeakCallbackType::kParameter);
    state_->scripts.insert(this);
  }
  ~CompiledScript() { state_->scripts.erase(this); }
  CompiledScript(const CompiledScript&) = delete;
  CompiledScript& operator=(const CompiledScript&) = delete;

  static CompiledScript* From(Local<Value> handle) {
    return static_cast<CompiledScript*>(
        handle.As<Object>()->GetAlignedPointerFromInternalField(0));
  }
  Local<UnboundScript> script(Isolate* isolate) { return script_.Get(isolate); }

 private:
  VmState* state_;
  Global<UnboundScript> script_;
  Global<Object> handle_;
};

// Bytes of a Buffer/TypedArray/DataView copied for V8 (the Source owns them).
ScriptCompiler::CachedData* CopyCachedData(Local<Value> value) {
  if (!value->IsArrayBufferView()) return nullptr;
  Local<ArrayBufferView> view = value.As<ArrayBufferView>();
  size_t length = view->ByteLength();
  auto* bytes = new uint8_t[length];
  view->CopyContents(bytes, length);
  return new ScriptCompiler::CachedData(bytes, static_cast<int>(length),
                                        ScriptCompiler::CachedData::BufferOwned);
}

Local<ArrayBuffer> CacheToArrayBuffer(Isolate* isolate, ScriptCompiler::CachedData* cache) {
  Local<ArrayBuffer> ab = ArrayBuffer::New(isolate, cache ? cache->length : 0);
  if (cache != nullptr && cache->length > 0)
    memcpy(ab->GetBackingStore()->Data(), cache->data, cache->length);
  delete cache;
  return ab;
}

ScriptOrigin MakeOrigin(Isolate* isolate, const FunctionCallbackInfo<Value>& info) {
  return ScriptOrigin(isolate, info[1], info[2]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0),
                      info[3]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0));
}

// vm.compileScript(code, filename, lineOffset, columnOffset, cachedData,
// produceCachedData) → [handle, cachedDataRejected|undefined,
// producedCache ArrayBuffer|undefined, sourceMapURL|undefined]
void CompileScript(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  VmState* state = StateOf(info);
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  ScriptOrigin origin = MakeOrigin(isolate, info);
  ScriptCompiler::CachedData* cached = CopyCachedData(info[4]);
  ScriptCompiler::Source source(info[0].As<String>(), origin, cached);
  TryCatch try_catch(isolate);
  Local<UnboundScript> script;
  if (!ScriptCompiler::CompileUnboundScript(
           isolate, &source,
           cached != nullptr ? ScriptCompiler::kConsumeCodeCache
                             : ScriptCompiler::kNoCompileOptions)
           .ToLocal(&script)) {
    RethrowCompileError(env, &try_catch);
    return;
  }
  Local<Object> handle;
  if (!state->script_template.Get(isolate)->NewInstance(context).ToLocal(&handle)) return;
  new CompiledScript(state, isolate, handle, script);
  Local<Value> result[4] = {handle, v8::Undefined(isolate), v8::Undefined(isolate),
                            script->GetSourceMappingURL()};
  if (cached != nullptr) result[1] = Boolean::New(isolate, source.GetCachedData()->rejected);
  if (info[5]->IsTrue())
    result[2] = CacheToArrayBuffer(isolate, ScriptCompiler::CreateCodeCache(script));
  info.GetReturnValue().Set(Array::New(isolate, result, 4));
}

// vm.createCachedData(handle) → ArrayBuffer
void CreateCachedData(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  CompiledScript* compiled = CompiledScript::From(info[0]);
  info.GetReturnValue().Set(
      CacheToArrayBuffer(isolate, ScriptCompiler::CreateCodeCache(compiled->script(isolate))));
}

// The ERR_SCRIPT_EXECUTION_TIMEOUT error, made in the current context.
Local<Value> TimeoutError(Isolate* isolate, int64_t ms) {
  Local<Context> context = isolate->GetCurrentContext();
  std::string msg = "Script execution timed out after " + std::to_string(ms) + "ms";
  Local<Object> err = v8::Exception::Error(Utf8String(isolate, msg)).As<Object>();
  err->Set(context, OneByteString(isolate, "code"),
           OneByteString(isolate, "ERR_SCRIPT_EXECUTION_TIMEOUT")).Check();
  return err;
}

// vm.runScript(handle, sandbox|null, timeout, displayErrors) → completion value
void RunScript(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  VmState* state = StateOf(info);
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = env->context();
  if (!info[1]->IsNull() &&
      !ContextOfSandbox(isolate, state, info[1]).ToLocal(&context)) {
    return;  // lib/vm.js checked it
  }
  int64_t timeout = info[2]->IsNumber() ? static_cast<int64_t>(info[2].As<v8::Number>()->Value()) : -1;
  bool display_errors = info[3]->IsTrue();
  CompiledScript* compiled = CompiledScript::From(info[0]);
  Context::Scope context_scope(context);
  TryCatch try_catch(isolate);
  Local<v8::Script> script = compiled->script(isolate)->BindToCurrentContext();
  MaybeLocal<Value> result;
  bool timed_out = false;
  if (timeout > 0) {
    Watchdog watchdog(isolate, static_cast<uint64_t>(timeout));
    result = script->Run(context);
    watchdog.Stop();  // joins the thread: its flag is final
    timed_out = watchdog.timed_out();
  } else {
    result = script->Run(context);
  }
  if (timed_out && !env->exiting()) {
    isolate->CancelTerminateExecution();
    isolate->ThrowException(TimeoutError(isolate, timeout));
    try_catch.ReThrow();  // past this function's own TryCatch
    return;
  }
  Local<Value> value;
  if (result.ToLocal(&value)) {
    info.GetReturnValue().Set(value);
    return;
  }
  if (!try_catch.HasCaught()) return;
  // A termination (process.exit(), an outer vm timeout) goes on up.
  if (!try_catch.HasTerminated() && display_errors)
    DecorateStack(env, try_catch.Exception(), try_catch.Message());
  try_catch.ReThrow();
}

// vm.compileFunction(code, filename, lineOffset, columnOffset, cachedData,
// produceCachedData, parsingContext|null, contextExtensions[], params[])
// → [fn, cachedDataRejected|undefined, producedCache|undefined]
void CompileFunction(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  VmState* state = StateOf(info);
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = env->context();
  if (!info[6]->IsNull() && !ContextOfSandbox(isolate, state, info[6]).ToLocal(&context)) return;
  Local<Context> current = isolate->GetCurrentContext();
  std::vector<Local<Object>> extensions;
  std::vector<Local<String>> params;
  Local<Array> ext = info[7].As<Array>();
  for (uint32_t i = 0; i < ext->Length(); i++) {
    Local<Value> v;
    if (!ext->Get(current, i).ToLocal(&v)) return;
    extensions.push_back(v.As<Object>());
  }
  Local<Array> names = info[8].As<Array>();
  for (uint32_t i = 0; i < names->Length(); i++) {
    Local<Value> v;
    if (!names->Get(current, i).ToLocal(&v)) return;
    params.push_back(v.As<String>());
  }
  ScriptOrigin origin = MakeOrigin(isolate, info);
  ScriptCompiler::CachedData* cached = CopyCachedData(info[4]);
  ScriptCompiler::Source source(info[0].As<String>(), origin, cached);
  Context::Scope context_scope(context);
  TryCatch try_catch(isolate);
  Local<Function> fn;
  if (!ScriptCompiler::CompileFunction(
           context, &source, params.size(), params.data(), extensions.size(),
           extensions.data(),
           cached != nullptr ? ScriptCompiler::kConsumeCodeCache
                             : ScriptCompiler::kNoCompileOptions)
           .ToLocal(&fn)) {
    RethrowCompileError(env, &try_catch);
    return;
  }
  Local<Value> result[3] = {fn, v8::Undefined(isolate), v8::Undefined(isolate)};
  if (cached != nullptr) result[1] = Boolean::New(isolate, source.GetCachedData()->rejected);
  if (info[5]->IsTrue())
    result[2] = CacheToArrayBuffer(isolate, ScriptCompiler::CreateCodeCacheForFunction(fn));
  info.GetReturnValue().Set(Array::New(isolate, result, 3));
}

void SetStateMethod(Local<Context> context, Local<Object> target, Local<External> data,
                    const char* name, v8::FunctionCallback callback) {
  Isolate* isolate = context->GetIsolate();
  Local<Function> fn =
      v8::FunctionTemplate::New(isolate, callback, data, Local<v8::Signature>(), 0,
                                v8::ConstructorBehavior::kThrow)
          ->GetFunction(context)
          .ToLocalChecked();
  fn->SetName(OneByteString(isolate, name));
  target->Set(context, OneByteString(isolate, name), fn).Check();
}

}  // namespace
}  // namespace eddy

EDDY_BINDING(vm) {
  using namespace eddy;
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  auto* state = new VmState();
  state->context_private.Reset(isolate,
                               Private::New(isolate, OneByteString(isolate, "eddy:vmContext")));
  Local<ObjectTemplate> script_template = ObjectTemplate::New(isolate);
  script_template->SetInternalFieldCount(1);
  state->script_template.Reset(isolate, script_template);
  env->AddCleanupHook([state] {
    while (!state->scripts.empty()) delete *state->scripts.begin();
    delete state;
  });
  isolate->SetAllowWasmCodeGenerationCallback(AllowWasm);
  Local<External> data = External::New(isolate, state);
  SetStateMethod(context, target, data, "makeContext", MakeContext);
  SetStateMethod(context, target, data, "isContext", IsContext);
  SetStateMethod(context, target, data, "compileScript", CompileScript);
  SetStateMethod(context, target, data, "createCachedData", CreateCachedData);
  SetStateMethod(context, target, data, "runScript", RunScript);
  SetStateMethod(context, target, data, "compileFunction", CompileFunction);
}
