// tty_wrap.cc — internalBinding('tty_wrap'): a terminal as a stream handle
// (uv_tty_t), and isTTY(fd). lib/tty.js builds ReadStream/WriteStream on it.
#include <signal.h>

#include "binding_list.h"
#include "env.h"
#include "stream_wrap.h"

namespace eddy {

using v8::Array;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

// A TTY also watches SIGWINCH (unreferenced) so WriteStream can emit 'resize'.
class TTYWrap : public StreamWrap {
 public:
  TTYWrap(Env* env, Local<Object> object, int fd, int* err)
      : StreamWrap(env, object, reinterpret_cast<uv_stream_t*>(&tty_)) {
    *err = uv_tty_init(env->loop(), &tty_, fd, 0);
  }
  ~TTYWrap() override = default;

  // new TTY(fd, ctx): on failure ctx.code is set and the object stays empty
  // (its methods then report EBADF); no libuv handle exists to close.
  static void New(const FunctionCallbackInfo<Value>& info) {
    Env* env = Env::From(info);
    Local<Context> context = env->context();
    info.This()->SetAlignedPointerInInternalField(0, nullptr);
    int fd = info[0]->Int32Value(context).FromMaybe(-1);
    int err = (fd >= 0 && uv_guess_handle(fd) == UV_TTY) ? 0 : UV_EINVAL;
    if (err == 0) {
      auto* wrap = new TTYWrap(env, info.This(), fd, &err);
      if (err == 0) return;
      // uv_tty_init failed after the check: it leaves the handle unusable but
      // initialised enough to close, so close it through the normal path.
      wrap->Close();
    }
    if (info[1]->IsObject())
      info[1].As<Object>()->Set(context, OneByteString(info.GetIsolate(), "code"),
                                OneByteString(info.GetIsolate(), uv_err_name(err))).Check();
  }

  // getWindowSize(arr) → 0 or errno; arr gets [columns, rows]
  static void GetWindowSize(const FunctionCallbackInfo<Value>& info) {
    auto* wrap = static_cast<TTYWrap*>(HandleWrap::Unwrap(info.This()));
    if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    int width, height;
    int err = uv_tty_get_winsize(&wrap->tty_, &width, &height);
    if (err == 0) {
      Local<Context> context = info.GetIsolate()->GetCurrentContext();
      Local<Array> arr = info[0].As<Array>();
      arr->Set(context, 0, Integer::New(info.GetIsolate(), width)).Check();
      arr->Set(context, 1, Integer::New(info.GetIsolate(), height)).Check();
    }
    info.GetReturnValue().Set(err);
  }

  static void SetRawMode(const FunctionCallbackInfo<Value>& info) {
    auto* wrap = static_cast<TTYWrap*>(HandleWrap::Unwrap(info.This()));
    if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    info.GetReturnValue().Set(
        uv_tty_set_mode(&wrap->tty_, info[0]->IsTrue() ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
  }

  // watchResize(): SIGWINCH calls this.onresize(); the watcher never keeps
  // the loop alive.
  static void WatchResize(const FunctionCallbackInfo<Value>& info) {
    auto* wrap = static_cast<TTYWrap*>(HandleWrap::Unwrap(info.This()));
    if (wrap == nullptr || wrap->watching_) return;
    wrap->watching_ = true;
    // Its own allocation: it is closed from this object's close callback and
    // must outlive this object until libuv has finished closing it.
    wrap->winch_ = new uv_signal_t;
    uv_signal_init(wrap->env()->loop(), wrap->winch_);
    wrap->winch_->data = wrap;
    uv_signal_start(wrap->winch_, [](uv_signal_t* s, int) {
      auto* wrap = static_cast<TTYWrap*>(s->data);
      Env* env = wrap->env();
      if (env->exiting()) return;
      HandleScope scope(env->isolate());
      v8::Context::Scope context_scope(env->context());
      Local<Object> obj = wrap->object();
      env->CallMethod(obj, "onresize", 0, nullptr);
    }, SIGWINCH);
    uv_unref(reinterpret_cast<uv_handle_t*>(wrap->winch_));
  }

 protected:
  void OnClose() override {
    StreamWrap::OnClose();
    if (watching_) {
      uv_signal_stop(winch_);
      uv_close(reinterpret_cast<uv_handle_t*>(winch_),
               [](uv_handle_t* h) { delete reinterpret_cast<uv_signal_t*>(h); });
      winch_ = nullptr;
      watching_ = false;
    }
  }

 private:
  uv_tty_t tty_;
  uv_signal_t* winch_ = nullptr;
  bool watching_ = false;
};

void IsTTY(const FunctionCallbackInfo<Value>& info) {
  int fd = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  info.GetReturnValue().Set(fd >= 0 && uv_guess_handle(fd) == UV_TTY);
}

}  // namespace
}  // namespace eddy

EDDY_BINDING(tty_wrap) {
  using namespace eddy;
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<FunctionTemplate> tmpl = FunctionTemplate::New(isolate, TTYWrap::New);
  tmpl->SetClassName(OneByteString(isolate, "TTY"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  StreamWrap::AddMethods(isolate, tmpl);
  auto proto = tmpl->PrototypeTemplate();
  proto->Set(isolate, "getWindowSize", FunctionTemplate::New(isolate, TTYWrap::GetWindowSize));
  proto->Set(isolate, "setRawMode", FunctionTemplate::New(isolate, TTYWrap::SetRawMode));
  proto->Set(isolate, "watchResize", FunctionTemplate::New(isolate, TTYWrap::WatchResize));
  SetValue(context, target, "TTY", tmpl->GetFunction(context).ToLocalChecked());
  SetMethod(context, target, "isTTY", IsTTY);
}
