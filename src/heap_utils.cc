// heap_utils.cc — internalBinding('v8'): what require('v8') reports about
// V8's heap and code, and the flags it can set.
//
//   heapStatistics(Float64Array(14))   getHeapStatistics's fields, in node's order
//   heapSpaceStatistics() → [{ space_name, space_size, space_used_size,
//                             space_available_size, physical_space_size }]
//   heapCodeStatistics(Float64Array(4))
//   cachedDataVersionTag() → uint32
//   setFlagsFromString(string)
//   writeHeapSnapshot(path) → 0 or errno: a snapshot as JSON, written as V8
//     serializes it
//   heapSnapshotChunks() → [Uint8Array...]: the same JSON in memory
#include <v8-profiler.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include "binding_list.h"
#include "env.h"

namespace eddy {

using v8::Array;
using v8::Context;
using v8::Float64Array;
using v8::FunctionCallbackInfo;
using v8::HeapCodeStatistics;
using v8::HeapSpaceStatistics;
using v8::HeapStatistics;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::String;
using v8::Value;

namespace {

double* Fields(Local<Value> v) {
  Local<Float64Array> arr = v.As<Float64Array>();
  return reinterpret_cast<double*>(static_cast<char*>(arr->Buffer()->Data()) + arr->ByteOffset());
}

void GetHeapStatistics(const FunctionCallbackInfo<Value>& info) {
  HeapStatistics s;
  info.GetIsolate()->GetHeapStatistics(&s);
  double* f = Fields(info[0]);
  f[0] = static_cast<double>(s.total_heap_size());
  f[1] = static_cast<double>(s.total_heap_size_executable());
  f[2] = static_cast<double>(s.total_physical_size());
  f[3] = static_cast<double>(s.total_available_size());
  f[4] = static_cast<double>(s.used_heap_size());
  f[5] = static_cast<double>(s.heap_size_limit());
  f[6] = static_cast<double>(s.malloced_memory());
  f[7] = static_cast<double>(s.peak_malloced_memory());
  f[8] = static_cast<double>(s.does_zap_garbage());
  f[9] = static_cast<double>(s.number_of_native_contexts());
  f[10] = static_cast<double>(s.number_of_detached_contexts());
  f[11] = static_cast<double>(s.total_global_handles_size());
  f[12] = static_cast<double>(s.used_global_handles_size());
  f[13] = static_cast<double>(s.external_memory());
}

void GetHeapSpaceStatistics(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  size_t n = isolate->NumberOfHeapSpaces();
  Local<Array> out = Array::New(isolate, static_cast<int>(n));
  for (size_t i = 0; i < n; i++) {
    HeapSpaceStatistics s;
    if (!isolate->GetHeapSpaceStatistics(&s, i)) continue;
    Local<Object> o = Object::New(isolate);
    o->Set(context, OneByteString(isolate, "space_name"), OneByteString(isolate, s.space_name())).Check();
    o->Set(context, OneByteString(isolate, "space_size"),
           v8::Number::New(isolate, static_cast<double>(s.space_size()))).Check();
    o->Set(context, OneByteString(isolate, "space_used_size"),
           v8::Number::New(isolate, static_cast<double>(s.space_used_size()))).Check();
    o->Set(context, OneByteString(isolate, "space_available_size"),
           v8::Number::New(isolate, static_cast<double>(s.space_available_size()))).Check();
    o->Set(context, OneByteString(isolate, "physical_space_size"),
           v8::Number::New(isolate, static_cast<double>(s.physical_space_size()))).Check();
    out->Set(context, static_cast<uint32_t>(i), o).Check();
  }
  info.GetReturnValue().Set(out);
}

void GetHeapCodeStatistics(const FunctionCallbackInfo<Value>& info) {
  HeapCodeStatistics s;
  info.GetIsolate()->GetHeapCodeAndMetadataStatistics(&s);
  double* f = Fields(info[0]);
  f[0] = static_cast<double>(s.code_and_metadata_size());
  f[1] = static_cast<double>(s.bytecode_and_metadata_size());
  f[2] = static_cast<double>(s.external_script_source_size());
  f[3] = static_cast<double>(s.cpu_profiler_metadata_size());
}

void CachedDataVersionTag(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(v8::ScriptCompiler::CachedDataVersionTag());
}

void SetFlagsFromString(const FunctionCallbackInfo<Value>& info) {
  String::Utf8Value flags(info.GetIsolate(), info[0]);
  NoteUserV8Flags(*flags, static_cast<size_t>(flags.length()));
  v8::V8::SetFlagsFromString(*flags, static_cast<size_t>(flags.length()));
}

// V8 serializes a snapshot in chunks through an OutputStream.
class FileOutput : public v8::OutputStream {
 public:
  explicit FileOutput(FILE* f) : f_(f) {}
  void EndOfStream() override {}
  WriteResult WriteAsciiChunk(char* data, int size) override {
    if (fwrite(data, 1, static_cast<size_t>(size), f_) != static_cast<size_t>(size)) {
      err_ = errno != 0 ? errno : EIO;
      return kAbort;
    }
    return kContinue;
  }
  int err() const { return err_; }

 private:
  FILE* f_;
  int err_ = 0;
};

class MemoryOutput : public v8::OutputStream {
 public:
  void EndOfStream() override {}
  WriteResult WriteAsciiChunk(char* data, int size) override {
    chunks.emplace_back(data, data + size);
    return kContinue;
  }
  std::vector<std::vector<char>> chunks;
};

void TakeAndSerialize(Isolate* isolate, v8::OutputStream* out) {
  const v8::HeapSnapshot* snapshot = isolate->GetHeapProfiler()->TakeHeapSnapshot();
  snapshot->Serialize(out, v8::HeapSnapshot::kJSON);
  const_cast<v8::HeapSnapshot*>(snapshot)->Delete();
}

void WriteHeapSnapshot(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  String::Utf8Value path(isolate, info[0]);
  FILE* f = fopen(*path, "w");
  if (f == nullptr) return info.GetReturnValue().Set(-errno);
  FileOutput out(f);
  TakeAndSerialize(isolate, &out);
  int err = out.err();
  if (fclose(f) != 0 && err == 0) err = errno;
  info.GetReturnValue().Set(-err);
}

void HeapSnapshotChunks(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  MemoryOutput out;
  TakeAndSerialize(isolate, &out);
  Local<Array> result = Array::New(isolate, static_cast<int>(out.chunks.size()));
  for (size_t i = 0; i < out.chunks.size(); i++) {
    const std::vector<char>& c = out.chunks[i];
    Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, c.size());
    if (!c.empty()) memcpy(ab->Data(), c.data(), c.size());
    result->Set(context, static_cast<uint32_t>(i), v8::Uint8Array::New(ab, 0, c.size())).Check();
  }
  info.GetReturnValue().Set(result);
}

}  // namespace
}  // namespace eddy

EDDY_BINDING(v8) {
  using namespace eddy;
  Local<Context> context = env->context();
  SetMethod(context, target, "heapStatistics", GetHeapStatistics);
  SetMethod(context, target, "heapSpaceStatistics", GetHeapSpaceStatistics);
  SetMethod(context, target, "heapCodeStatistics", GetHeapCodeStatistics);
  SetMethod(context, target, "cachedDataVersionTag", CachedDataVersionTag);
  SetMethod(context, target, "setFlagsFromString", SetFlagsFromString);
  SetMethod(context, target, "writeHeapSnapshot", WriteHeapSnapshot);
  SetMethod(context, target, "heapSnapshotChunks", HeapSnapshotChunks);
}
