// handle_wrap.h — the one shape of a long-lived libuv handle owned by C++ and
// tied to a JS object.
//
// Rules (who frees what, and when):
//  - A HandleWrap is created by a JS constructor call and holds its JS object
//    weakly while the handle is closed or unreferenced-and-idle; it holds it
//    strongly (MakeStrong) while the handle is active so GC can't collect a
//    handle libuv can still call.
//  - Close() calls uv_close(); the C++ object is deleted only in the close
//    callback, after libuv is done with the handle. The JS object's internal
//    field is cleared then, so a JS object never points at a dead handle.
//  - The Env keeps a list of open handles and closes them all at teardown.
#ifndef EDDY_HANDLE_WRAP_H_
#define EDDY_HANDLE_WRAP_H_

#include <uv.h>
#include <v8.h>

namespace eddy {

class Env;

class HandleWrap {
 public:
  HandleWrap(Env* env, v8::Local<v8::Object> object, uv_handle_t* handle);
  virtual ~HandleWrap();

  void Close();
  // For TCP handles: close with an RST (uv_tcp_close_reset); 0 or errno.
  int CloseReset();
  bool IsClosing() const { return closing_; }
  uv_handle_t* handle() const { return handle_; }
  Env* env() const { return env_; }
  v8::Local<v8::Object> object() const;

  // JS: handle.close(cb), handle.ref(), handle.unref(), handle.hasRef()
  static void JSClose(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void JSRef(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void JSUnref(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void JSHasRef(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl);
  // The class template of a handle type: `name`, made by `ctor`, one
  // internal field (the HandleWrap), the methods above.
  static v8::Local<v8::FunctionTemplate> NewTemplate(v8::Isolate* isolate, const char* name,
                                                     v8::FunctionCallback ctor);
  static HandleWrap* Unwrap(v8::Local<v8::Object> object);

 protected:
  virtual void OnClose() {}

 private:
  static void OnCloseCallback(uv_handle_t* handle);
  Env* env_;
  v8::Global<v8::Object> object_;
  uv_handle_t* handle_;
  bool closing_ = false;
};

// Socket addresses for the TCP and UDP handles.
// `address`:`port` as a sockaddr of family 4 or 6; 0 or uv's EINVAL.
int ParseSocketAddress(int family, const char* address, int port, sockaddr_storage* out);
// Sets out.address, out.family ('IPv4'/'IPv6') and out.port from `addr`.
void FillSocketAddress(v8::Isolate* isolate, v8::Local<v8::Object> out, const sockaddr* addr);

}  // namespace eddy

#endif  // EDDY_HANDLE_WRAP_H_
