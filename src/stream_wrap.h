// stream_wrap.h — a libuv stream (uv_tty_t, uv_pipe_t, later uv_tcp_t) as a
// JS handle object: the one shape every byte stream of eddy goes through.
//
// JS side (lib/internal/stream_base_commons.js) sees, on the handle:
//   readStart() / readStop() → 0 or a negative errno
//   onread(nread, chunk)      set by JS; chunk is a Uint8Array owning its
//                             bytes; nread < 0 is an error or UV_EOF
//   writeBuffer(req, u8) / writeUtf8String(req, s[, head]) /
//                             writeLatin1String(req, s[, head]): head, a
//                             latin1 string, is written first
//   writev(req, chunks, allBuffers) → a negative errno, or bytes * 2 + async
//                             where async (the low bit) says whether
//                             req.oncomplete(status) will follow (0: it all
//                             went out already)
//   shutdown(req)             req.oncomplete(status) after pending writes
//   setBlocking(bool)         → 0 or a negative errno
//   writeQueueSize            bytes waiting in libuv (a getter)
//   consumedBytes             bytes a C++ listener (an HTTP parser) read
//                             from it, which JS never saw (a getter)
//   fd                        its file descriptor, -1 when it has none
//                             (a getter)
//
// Rules: every write first tries uv_try_write; only what is left is queued,
// in a WriteReq that owns a copy of those bytes (or keeps the JS buffer
// alive) until its callback. A WriteReq or ShutdownReq keeps its JS req
// object alive in a Global until it completes; the stream's own lifetime
// follows HandleWrap's rules (handle_wrap.h).
#ifndef EDDY_STREAM_WRAP_H_
#define EDDY_STREAM_WRAP_H_

#include <vector>

#include "handle_wrap.h"

namespace eddy {

// A C++ consumer of a stream's reads (the HTTP parser): while one is set,
// bytes go to it straight from libuv instead of to JS `onread`, read into
// one shared buffer that is only valid during OnStreamRead.
class StreamListener {
 public:
  virtual ~StreamListener() = default;
  // nread > 0: `data` holds the bytes; nread < 0: UV_EOF or an error.
  virtual void OnStreamRead(ssize_t nread, const char* data) = 0;
  // The stream is closing: forget it (no more reads come).
  virtual void OnStreamClosed() = 0;
};

class StreamWrap : public HandleWrap {
 public:
  StreamWrap(Env* env, v8::Local<v8::Object> object, uv_stream_t* stream);

  uv_stream_t* stream() const { return stream_; }
  StreamListener* listener() const { return listener_; }
  void set_listener(StreamListener* listener) { listener_ = listener; }
  // Unwraps a JS handle object that is a stream (TCP, Pipe, TTY), or null.
  static StreamWrap* FromObject(v8::Local<v8::Value> value);

  // Adds the stream methods above to a handle class's template.
  static void AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl);

  // Listening handles (TCP, Pipe): accepts a pending connection into a new
  // handle object made with `ctor(ctor_arg)` and calls
  // this.onconnection(status, client).
  void AcceptConnection(int status, v8::Local<v8::Function> ctor, v8::Local<v8::Value> ctor_arg);

  // Connecting handles: a connect request that keeps its JS req object (and
  // the handle's) alive until libuv calls AfterConnect, which calls
  // req.oncomplete(status, handle, req, readable, writable).
  struct ConnectReq {
    uv_connect_t req;
    Env* env;
    v8::Global<v8::Object> req_object;
    v8::Global<v8::Object> handle_object;
  };
  ConnectReq* NewConnectReq(v8::Local<v8::Object> req_object);
  static void AfterConnect(uv_connect_t* req, int status);

 protected:
  void OnClose() override;

 private:
  static void ReadStart(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void ReadStop(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void WriteUtf8String(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void WriteLatin1String(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void WriteString(const v8::FunctionCallbackInfo<v8::Value>& info, int encoding);
  static void Writev(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Shutdown(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetBlocking(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void WriteQueueSize(v8::Local<v8::Name>, const v8::PropertyCallbackInfo<v8::Value>& info);
  static void ConsumedBytes(v8::Local<v8::Name>, const v8::PropertyCallbackInfo<v8::Value>& info);
  static void Fd(v8::Local<v8::Name>, const v8::PropertyCallbackInfo<v8::Value>& info);

  static void OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf);
  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf);

  // Writes `data` (already owned by the caller while this runs): tries a
  // synchronous write, queues the rest. Returns the encoded result above.
  double DoWrite(v8::Local<v8::Object> req, const char* data, size_t len,
                 v8::Local<v8::Value> keep_alive);
  // The same for several pieces (scatter/gather). With `keep_alive` the
  // pieces' memory stays valid until the write completes: JS buffers kept
  // alive by it, and bytes in `storage`, which then moves into the request.
  // Without, the pieces are the caller's and the unsent rest is copied.
  double DoWriteBufs(v8::Local<v8::Object> req, uv_buf_t* bufs, size_t nbufs,
                     v8::Local<v8::Value> keep_alive, std::vector<char>* storage);

  uv_stream_t* stream_;
  StreamListener* listener_ = nullptr;
  double listener_bytes_ = 0;  // bytes read while a listener consumed them
  // One read for JS per turn of the loop (OnAlloc): the turn of the last,
  // and whether OnAlloc declined a read that OnRead must then ignore.
  uint64_t read_turn_ = UINT64_MAX;
  bool read_deferred_ = false;
};

}  // namespace eddy

#endif  // EDDY_STREAM_WRAP_H_
