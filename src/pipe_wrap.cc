// pipe_wrap.cc — internalBinding('pipe_wrap'): a pipe (uv_pipe_t) as a stream
// handle. Here for stdio on pipes (open(fd)); the net issue adds bind,
// listen and connect for Unix sockets.
#include "binding_list.h"
#include "env.h"
#include "stream_wrap.h"

namespace eddy {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

class PipeWrap : public StreamWrap {
 public:
  PipeWrap(Env* env, Local<Object> object, bool ipc)
      : StreamWrap(env, object, reinterpret_cast<uv_stream_t*>(&pipe_)) {
    uv_pipe_init(env->loop(), &pipe_, ipc ? 1 : 0);
  }

  static void New(const FunctionCallbackInfo<Value>& info) {
    new PipeWrap(Env::From(info), info.This(), info[0]->IsTrue());
  }

  // open(fd) → 0 or errno
  static void Open(const FunctionCallbackInfo<Value>& info) {
    auto* wrap = static_cast<PipeWrap*>(HandleWrap::Unwrap(info.This()));
    if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    int fd = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
    info.GetReturnValue().Set(uv_pipe_open(&wrap->pipe_, fd));
  }

 private:
  uv_pipe_t pipe_;
};

}  // namespace
}  // namespace eddy

EDDY_BINDING(pipe_wrap) {
  using namespace eddy;
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<FunctionTemplate> tmpl = FunctionTemplate::New(isolate, PipeWrap::New);
  tmpl->SetClassName(OneByteString(isolate, "Pipe"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  StreamWrap::AddMethods(isolate, tmpl);
  tmpl->PrototypeTemplate()->Set(isolate, "open", FunctionTemplate::New(isolate, PipeWrap::Open));
  SetValue(context, target, "Pipe", tmpl->GetFunction(context).ToLocalChecked());
}
