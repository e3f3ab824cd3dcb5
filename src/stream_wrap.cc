// stream_wrap.cc — see the rules in stream_wrap.h.
#include "stream_wrap.h"

#include <limits.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "env.h"
#include "string_bytes.h"

namespace eddy {

using v8::Array;
using v8::ArrayBuffer;
using v8::ArrayBufferView;
using v8::BackingStore;
using v8::Boolean;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Name;
using v8::Object;
using v8::PropertyCallbackInfo;
using v8::String;
using v8::Uint8Array;
using v8::Value;

namespace {

// Reads into JS take up to 256 KiB at once (a bulk transfer makes a quarter
// of the system calls 64 KiB would; the block is shrunk to what was read
// before JS gets it). A C++ listener reads into one shared 64 KiB buffer.
constexpr size_t kReadSize = 256 * 1024;
constexpr size_t kListenerReadSize = 64 * 1024;

// Whole read blocks come back here when V8 frees the ArrayBuffer they became
// (on its sweeper thread) and are the next reads' blocks: a stream's data
// then cycles through a few warm blocks instead of fresh memory. Only full
// reads keep their block; a short one is shrunk to its size as before.
class ReadBlocks {
 public:
  static ReadBlocks* Get() {
    static ReadBlocks* pool = new ReadBlocks();  // outlives late frees
    return pool;
  }
  char* Take() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (count_ > 0) return blocks_[--count_];
    }
    return static_cast<char*>(malloc(kReadSize));
  }
  static void Give(void* block, size_t, void*) {
    ReadBlocks* pool = Get();
    {
      std::lock_guard<std::mutex> lock(pool->mutex_);
      if (pool->count_ < kKept) {
        pool->blocks_[pool->count_++] = static_cast<char*>(block);
        return;
      }
    }
    free(block);
  }

 private:
  static constexpr size_t kKept = 16;  // 4 MiB
  std::mutex mutex_;
  char* blocks_[kKept];
  size_t count_ = 0;
};

// uv_try_write for a TCP socket, through send(2)/sendmsg(2) rather than
// libuv's write(2)/writev(2): the socket calls skip the file layer's work
// (fdget_pos, rw_verify_area, vfs_write, sock_write_iter: 2-3% of a
// hello-world server's CPU in perf). libuv's rules and answers: nothing
// goes ahead of queued writes or a connect; EAGAIN and ENOBUFS mean "try
// later"; a socket shut down for writing or never connected answers EPIPE,
// from the kernel here.
static_assert(sizeof(uv_buf_t) == sizeof(struct iovec), "uv_buf_t is an iovec on Unix");
int TryWrite(uv_stream_t* stream, uv_buf_t* bufs, size_t nbufs) {
  if (stream->type != UV_TCP || nbufs > IOV_MAX) return uv_try_write(stream, bufs, unsigned(nbufs));
  if (stream->connect_req != nullptr || stream->write_queue_size != 0) return UV_EAGAIN;
  uv_os_fd_t fd;
  if (uv_fileno(reinterpret_cast<uv_handle_t*>(stream), &fd) != 0) return UV_EBADF;
  ssize_t n;
  do {
    if (nbufs == 1) {
      n = send(fd, bufs[0].base, bufs[0].len, MSG_DONTWAIT | MSG_NOSIGNAL);
    } else {
      struct msghdr msg;
      memset(&msg, 0, sizeof(msg));
      msg.msg_iov = reinterpret_cast<struct iovec*>(bufs);
      msg.msg_iovlen = nbufs;
      n = sendmsg(fd, &msg, MSG_DONTWAIT | MSG_NOSIGNAL);
    }
  } while (n < 0 && errno == EINTR);
  if (n >= 0) return static_cast<int>(n);
  return (errno == EAGAIN || errno == EWOULDBLOCK || errno == ENOBUFS) ? UV_EAGAIN : -errno;
}

// A queued write: the bytes libuv still has to send, owned here.
struct WriteReq {
  uv_write_t req;
  Env* env;
  v8::Global<Object> req_object;
  v8::Global<Value> keep_alive;  // the JS buffer whose bytes we point into
  std::vector<char> copy;        // or our own copy of them
};

struct ShutdownReq {
  uv_shutdown_t req;
  Env* env;
  v8::Global<Object> req_object;
};

void CallOnComplete(Env* env, Local<Object> req, int status) {
  Isolate* isolate = env->isolate();
  Local<Value> cb;
  if (!req->Get(env->context(), OneByteString(isolate, "oncomplete")).ToLocal(&cb) ||
      !cb->IsFunction())
    return;
  Local<Value> argv[] = {Integer::New(isolate, status)};
  env->MakeCallback(req, cb.As<Function>(), 1, argv);
}

// A write's result as one number (no property stores on the req object):
// bytes * 2 + (1 if the rest waits in libuv for req.oncomplete).
double EncodeWriteResult(size_t bytes, bool async) {
  return static_cast<double>(bytes) * 2 + (async ? 1 : 0);
}

StreamWrap* StreamFrom(const FunctionCallbackInfo<Value>& info) {
  return static_cast<StreamWrap*>(HandleWrap::Unwrap(info.This()));
}

}  // namespace

StreamWrap::StreamWrap(Env* env, Local<Object> object, uv_stream_t* stream)
    : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(stream)), stream_(stream) {}

void StreamWrap::AddMethods(Isolate* isolate, Local<FunctionTemplate> tmpl) {
  HandleWrap::AddMethods(isolate, tmpl);
  auto proto = tmpl->PrototypeTemplate();
  proto->Set(isolate, "readStart", FunctionTemplate::New(isolate, ReadStart));
  proto->Set(isolate, "readStop", FunctionTemplate::New(isolate, ReadStop));
  proto->Set(isolate, "writeBuffer", FunctionTemplate::New(isolate, WriteBuffer));
  proto->Set(isolate, "writeUtf8String", FunctionTemplate::New(isolate, WriteUtf8String));
  proto->Set(isolate, "writeLatin1String", FunctionTemplate::New(isolate, WriteLatin1String));
  proto->Set(isolate, "writev", FunctionTemplate::New(isolate, Writev));
  proto->Set(isolate, "shutdown", FunctionTemplate::New(isolate, Shutdown));
  proto->Set(isolate, "setBlocking", FunctionTemplate::New(isolate, SetBlocking));
  tmpl->InstanceTemplate()->SetAccessor(OneByteString(isolate, "writeQueueSize"), WriteQueueSize);
  tmpl->InstanceTemplate()->SetAccessor(OneByteString(isolate, "consumedBytes"), ConsumedBytes);
  tmpl->InstanceTemplate()->SetAccessor(OneByteString(isolate, "fd"), Fd);
}

void StreamWrap::AcceptConnection(int status, Local<Function> ctor, Local<Value> ctor_arg) {
  Env* env = this->env();
  if (env->exiting()) return;
  Isolate* isolate = env->isolate();
  HandleScope scope(isolate);
  v8::Context::Scope context_scope(env->context());
  Local<Value> argv[2] = {Integer::New(isolate, status), v8::Undefined(isolate)};
  if (status == 0) {
    Local<Object> client;
    // The connection is made in the server's async context frame (node:
    // inside the server handle's callback), and its callbacks run in it.
    Env::AsyncFrameScope frame_scope(env, env->AsyncFrameOf(object()));
    if (!ctor->NewInstance(env->context(), 1, &ctor_arg).ToLocal(&client)) return;
    auto* cw = static_cast<StreamWrap*>(HandleWrap::Unwrap(client));
    int err = uv_accept(stream_, cw->stream_);
    if (err != 0) {
      cw->Close();
      argv[0] = Integer::New(isolate, err);
    } else {
      argv[1] = client;
    }
  }
  Local<Object> obj = object();
  env->CallMethod(obj, "onconnection", 2, argv);
}

StreamWrap::ConnectReq* StreamWrap::NewConnectReq(Local<Object> req_object) {
  auto* c = new ConnectReq();
  c->env = env();
  c->req.data = c;
  c->req_object.Reset(env()->isolate(), req_object);
  env()->CaptureAsyncFrame(req_object);
  c->handle_object.Reset(env()->isolate(), object());
  return c;
}

void StreamWrap::AfterConnect(uv_connect_t* req, int status) {
  std::unique_ptr<ConnectReq> c(static_cast<ConnectReq*>(req->data));
  Env* env = c->env;
  if (env->exiting()) return;
  Isolate* isolate = env->isolate();
  HandleScope scope(isolate);
  v8::Context::Scope context_scope(env->context());
  Local<Object> req_obj = c->req_object.Get(isolate);
  Local<Object> handle = c->handle_object.Get(isolate);
  c.reset();
  Local<Value> cb;
  if (!req_obj->Get(env->context(), OneByteString(isolate, "oncomplete")).ToLocal(&cb) ||
      !cb->IsFunction())
    return;
  Local<Value> argv[] = {Integer::New(isolate, status), handle, req_obj, v8::True(isolate),
                         v8::True(isolate)};
  env->MakeCallback(req_obj, cb.As<Function>(), 5, argv);
}

StreamWrap* StreamWrap::FromObject(Local<Value> value) {
  if (!value->IsObject()) return nullptr;
  Local<Object> obj = value.As<Object>();
  if (obj->InternalFieldCount() < 1) return nullptr;
  HandleWrap* h = HandleWrap::Unwrap(obj);
  if (h == nullptr) return nullptr;
  uv_handle_type t = h->handle()->type;
  if (t != UV_TCP && t != UV_NAMED_PIPE && t != UV_TTY) return nullptr;
  return static_cast<StreamWrap*>(h);
}

void StreamWrap::OnClose() {
  if (listener_ != nullptr) {
    StreamListener* l = listener_;
    listener_ = nullptr;
    l->OnStreamClosed();
  }
}

// Reads for a C++ listener land here: the listener consumes them before the
// next read, so one buffer per thread serves every such stream.
static thread_local char listener_buffer[kListenerReadSize];

void StreamWrap::OnAlloc(uv_handle_t* handle, size_t, uv_buf_t* buf) {
  StreamWrap* wrap = static_cast<StreamWrap*>(handle->data);
  if (wrap->listener_ != nullptr) {
    buf->base = listener_buffer;
    buf->len = kListenerReadSize;
    return;
  }
  // libuv reads a stream again and again while each read fills the block
  // (up to 32 times: 8 MiB). Reads for JS stop after one per turn instead:
  // an empty buffer ends libuv's round (OnRead ignores the UV_ENOBUFS that
  // says so), and the still-readable fd comes back in the next poll. Every
  // readable stream, and the writes their data causes, then take turns, and
  // the bytes in flight stay few and warm in the cache.
  Env* env = wrap->env();
  uint64_t turn = env->loop_count();
  if (wrap->read_turn_ == turn && env->counting_turns()) {
    wrap->read_deferred_ = true;
    buf->base = nullptr;
    buf->len = 0;
    return;
  }
  wrap->read_turn_ = turn;
  buf->base = ReadBlocks::Get()->Take();
  buf->len = buf->base != nullptr ? kReadSize : 0;
}

void StreamWrap::OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  StreamWrap* wrap = static_cast<StreamWrap*>(stream->data);
  Env* env = wrap->env();
  bool listener_buf = buf->base == listener_buffer;
  if (wrap->read_deferred_) {  // OnAlloc declined this read: not an error
    wrap->read_deferred_ = false;
    if (nread == UV_ENOBUFS) return;
  }
  if (nread == 0 || env->exiting()) {  // EAGAIN, or nothing may run anymore
    if (!listener_buf && buf->base != nullptr) ReadBlocks::Give(buf->base, 0, nullptr);
    return;
  }
  if (wrap->listener_ != nullptr) {
    // A listener set between alloc and read still gets a malloc'd block.
    if (nread > 0) wrap->listener_bytes_ += static_cast<double>(nread);
    wrap->listener_->OnStreamRead(nread, buf->base);
    if (!listener_buf) free(buf->base);
    return;
  }
  if (listener_buf) {  // the listener left between alloc and read: copy out
    char* copy = static_cast<char*>(malloc(nread > 0 ? size_t(nread) : 1));
    if (nread > 0) memcpy(copy, buf->base, size_t(nread));
    uv_buf_t b = uv_buf_init(copy, nread > 0 ? unsigned(nread) : 0);
    return OnRead(stream, nread, &b);
  }
  Isolate* isolate = env->isolate();
  HandleScope scope(isolate);
  v8::Context::Scope context_scope(env->context());
  Local<Value> argv[2] = {Integer::New(isolate, static_cast<int32_t>(nread)),
                          v8::Undefined(isolate)};
  if (nread > 0) {
    // Hand the bytes over without copying: the ArrayBuffer owns the block,
    // a full one going back to ReadBlocks when V8 frees it, a short one
    // shrunk to what was read first and freed.
    env->AddYoungExternal(static_cast<size_t>(nread));
    std::unique_ptr<BackingStore> store;
    if (static_cast<size_t>(nread) >= kReadSize / 2) {
      store = ArrayBuffer::NewBackingStore(buf->base, static_cast<size_t>(nread), ReadBlocks::Give,
                                           nullptr);
    } else {
      void* data = realloc(buf->base, static_cast<size_t>(nread));
      if (data == nullptr) data = buf->base;
      store = ArrayBuffer::NewBackingStore(
          data, static_cast<size_t>(nread), [](void* p, size_t, void*) { free(p); }, nullptr);
    }
    Local<ArrayBuffer> ab = ArrayBuffer::New(isolate, std::move(store));
    argv[1] = Uint8Array::New(ab, 0, static_cast<size_t>(nread));
  } else {
    free(buf->base);
  }
  Local<Object> obj = wrap->object();
  env->CallMethod(obj, "onread", 2, argv);
}

void StreamWrap::ReadStart(const FunctionCallbackInfo<Value>& info) {
  StreamWrap* wrap = StreamFrom(info);
  if (wrap == nullptr || wrap->IsClosing()) return info.GetReturnValue().Set(UV_EBADF);
  info.GetReturnValue().Set(uv_read_start(wrap->stream_, OnAlloc, OnRead));
}

void StreamWrap::ReadStop(const FunctionCallbackInfo<Value>& info) {
  StreamWrap* wrap = StreamFrom(info);
  if (wrap == nullptr || wrap->IsClosing()) return info.GetReturnValue().Set(UV_EBADF);
  info.GetReturnValue().Set(uv_read_stop(wrap->stream_));
}

double StreamWrap::DoWrite(Local<Object> req, const char* data, size_t len,
                           Local<Value> keep_alive) {
  uv_buf_t buf = uv_buf_init(const_cast<char*>(data), static_cast<unsigned>(len));
  return DoWriteBufs(req, &buf, 1, keep_alive, nullptr);
}

double StreamWrap::DoWriteBufs(Local<Object> req, uv_buf_t* bufs, size_t nbufs,
                               Local<Value> keep_alive, std::vector<char>* storage) {
  Env* env = this->env();
  Isolate* isolate = env->isolate();
  size_t total = 0;
  for (size_t i = 0; i < nbufs; i++) total += bufs[i].len;
  size_t done = 0;
  if (total > 0) {
    int r = TryWrite(stream_, bufs, nbufs);
    if (r < 0 && r != UV_EAGAIN && r != UV_ENOSYS) return r;
    if (r > 0) done = static_cast<size_t>(r);
  }
  if (done == total) return EncodeWriteResult(total, false);

  // Skip what went out; the rest waits in a WriteReq.
  size_t first = 0;
  size_t skip = done;
  while (first < nbufs && skip >= bufs[first].len) skip -= bufs[first++].len;
  bufs[first].base += skip;
  bufs[first].len -= static_cast<unsigned>(skip);

  auto* w = new WriteReq();
  w->env = env;
  w->req.data = w;
  w->req_object.Reset(isolate, req);
  env->CaptureAsyncFrame(req);
  uv_buf_t own;
  if (!keep_alive.IsEmpty()) {
    // The JS buffers stay alive with the request; encoded strings move in
    // with it (a vector's move keeps its bytes where they are).
    w->keep_alive.Reset(isolate, keep_alive);
    if (storage != nullptr) w->copy = std::move(*storage);
  } else {
    // The caller's bytes (often on its stack) are copied.
    size_t rest = total - done;
    w->copy.resize(rest);
    char* p = w->copy.data();
    for (size_t i = first; i < nbufs; i++) {
      memcpy(p, bufs[i].base, bufs[i].len);
      p += bufs[i].len;
    }
    own = uv_buf_init(w->copy.data(), static_cast<unsigned>(rest));
    bufs = &own;
    first = 0;
    nbufs = 1;
  }
  int err = uv_write(&w->req, stream_, bufs + first, static_cast<unsigned>(nbufs - first),
                     [](uv_write_t* req, int status) {
    std::unique_ptr<WriteReq> w(static_cast<WriteReq*>(req->data));
    Env* env = w->env;
    if (env->exiting()) return;
    HandleScope scope(env->isolate());
    v8::Context::Scope context_scope(env->context());
    Local<Object> req_obj = w->req_object.Get(env->isolate());
    w.reset();
    CallOnComplete(env, req_obj, status);
  });
  if (err != 0) {
    delete w;
    return err;
  }
  return EncodeWriteResult(total, true);
}

void StreamWrap::WriteBuffer(const FunctionCallbackInfo<Value>& info) {
  StreamWrap* wrap = StreamFrom(info);
  if (wrap == nullptr || wrap->IsClosing()) return info.GetReturnValue().Set(UV_EBADF);
  Local<ArrayBufferView> view = info[1].As<ArrayBufferView>();
  const char* data = reinterpret_cast<const char*>(string_bytes::ViewData(view));
  info.GetReturnValue().Set(
      wrap->DoWrite(info[0].As<Object>(), data, view->ByteLength(), info[1]));
}

// Encodes a string into a stack buffer when it is small (most writes: a
// response's header block and body), the heap otherwise; DoWrite copies
// whatever libuv can't take at once. An optional third argument, a latin1
// string, goes first: an HTTP header block and its body make one write
// without JS joining them (a joined string would be copied once more, by
// V8, to flatten it).
void StreamWrap::WriteString(const FunctionCallbackInfo<Value>& info, int encoding) {
  Encoding enc = static_cast<Encoding>(encoding);
  StreamWrap* wrap = StreamFrom(info);
  if (wrap == nullptr || wrap->IsClosing()) return info.GetReturnValue().Set(UV_EBADF);
  Isolate* isolate = info.GetIsolate();
  Local<String> str = info[1].As<String>();
  Local<String> head;
  size_t head_size = 0;
  if (info.Length() > 2 && info[2]->IsString()) {
    head = info[2].As<String>();
    head_size = static_cast<size_t>(head->Length());
  }
  char stack[16 * 1024];
  size_t length = static_cast<size_t>(str->Length());
  size_t size;
  if (enc == kLatin1) {
    size = length;
  } else if (enc == kUtf8 && length <= (sizeof(stack) - head_size) / 3) {
    // Small (an HTTP response head and body): encode into room for the
    // worst case rather than measure the string first.
    size = length * 3;
  } else {
    size = string_bytes::Size(isolate, str, enc);
  }
  std::unique_ptr<char[]> heap;
  char* bytes = stack;
  if (head_size + size > sizeof(stack)) {
    heap.reset(new char[head_size + size]);
    bytes = heap.get();
  }
  size_t n = head_size == 0 ? 0
      : string_bytes::Write(isolate, reinterpret_cast<uint8_t*>(bytes), head_size, head, kLatin1);
  if (size > 0)
    n += string_bytes::Write(isolate, reinterpret_cast<uint8_t*>(bytes + n), size, str, enc);
  info.GetReturnValue().Set(wrap->DoWrite(info[0].As<Object>(), bytes, n, Local<Value>()));
}

void StreamWrap::WriteUtf8String(const FunctionCallbackInfo<Value>& info) {
  WriteString(info, kUtf8);
}

void StreamWrap::WriteLatin1String(const FunctionCallbackInfo<Value>& info) {
  WriteString(info, kLatin1);
}

// writev(req, chunks, allBuffers): chunks is [data, encoding, data, encoding…]
// or, with allBuffers, just Uint8Arrays. Buffers are written where they are
// (scatter/gather, no joining copy); strings are encoded into one block.
void StreamWrap::Writev(const FunctionCallbackInfo<Value>& info) {
  StreamWrap* wrap = StreamFrom(info);
  if (wrap == nullptr || wrap->IsClosing()) return info.GetReturnValue().Set(UV_EBADF);
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Local<Array> chunks = info[1].As<Array>();
  bool all_buffers = info[2]->IsTrue();
  uint32_t count = chunks->Length();
  uint32_t step = all_buffers ? 1 : 2;

  // First pass: what each chunk is, and how much room the strings need.
  struct Piece {
    const char* data;  // a buffer's bytes, or null for a string
    size_t len;        // its length, or the string's encoded size (at most)
    Local<String> str;
    Encoding enc;
  };
  std::vector<Piece> pieces;
  pieces.reserve(count / step + 1);
  size_t string_bytes_total = 0;
  for (uint32_t i = 0; i < count; i += step) {
    Local<Value> chunk;
    if (!chunks->Get(context, i).ToLocal(&chunk)) return;
    if (chunk->IsArrayBufferView()) {
      Local<ArrayBufferView> view = chunk.As<ArrayBufferView>();
      pieces.push_back({reinterpret_cast<const char*>(string_bytes::ViewData(view)),
                        view->ByteLength(), Local<String>(), kLatin1});
    } else if (chunk->IsString()) {
      Local<Value> enc_value;
      Encoding enc = kUtf8;
      if (!all_buffers && chunks->Get(context, i + 1).ToLocal(&enc_value) && enc_value->IsString()) {
        std::string name = ToStdString(isolate, enc_value);
        if (name == "latin1" || name == "binary") enc = kLatin1;
        else if (name == "ucs2" || name == "ucs-2" || name == "utf16le" || name == "utf-16le") enc = kUcs2;
        else if (name == "ascii") enc = kAscii;
        else if (name == "hex") enc = kHex;
        else if (name == "base64") enc = kBase64;
        else if (name == "base64url") enc = kBase64Url;
      }
      Local<String> str = chunk.As<String>();
      size_t size = string_bytes::Size(isolate, str, enc);
      pieces.push_back({nullptr, size, str, enc});
      string_bytes_total += size;
    }
  }

  // Second pass: encode the strings into one block, then point at it.
  std::vector<char> storage(string_bytes_total);
  std::vector<uv_buf_t> bufs;
  bufs.reserve(pieces.size());
  size_t at = 0;
  for (const Piece& piece : pieces) {
    if (piece.data != nullptr) {
      if (piece.len > 0) bufs.push_back(uv_buf_init(const_cast<char*>(piece.data), unsigned(piece.len)));
      continue;
    }
    size_t n = piece.len == 0 ? 0
        : string_bytes::Write(isolate, reinterpret_cast<uint8_t*>(storage.data() + at),
                              piece.len, piece.str, piece.enc);
    if (n > 0) bufs.push_back(uv_buf_init(storage.data() + at, unsigned(n)));
    at += piece.len;
  }
  if (bufs.empty()) bufs.push_back(uv_buf_init(nullptr, 0));
  info.GetReturnValue().Set(wrap->DoWriteBufs(info[0].As<Object>(), bufs.data(), bufs.size(),
                                              chunks, &storage));
}

void StreamWrap::Shutdown(const FunctionCallbackInfo<Value>& info) {
  StreamWrap* wrap = StreamFrom(info);
  if (wrap == nullptr || wrap->IsClosing()) return info.GetReturnValue().Set(UV_EBADF);
  auto* s = new ShutdownReq();
  s->env = wrap->env();
  s->req.data = s;
  s->req_object.Reset(info.GetIsolate(), info[0].As<Object>());
  s->env->CaptureAsyncFrame(info[0].As<Object>());
  int err = uv_shutdown(&s->req, wrap->stream_, [](uv_shutdown_t* req, int status) {
    std::unique_ptr<ShutdownReq> s(static_cast<ShutdownReq*>(req->data));
    Env* env = s->env;
    if (env->exiting()) return;
    HandleScope scope(env->isolate());
    v8::Context::Scope context_scope(env->context());
    Local<Object> req_obj = s->req_object.Get(env->isolate());
    s.reset();
    CallOnComplete(env, req_obj, status);
  });
  if (err != 0) delete s;
  info.GetReturnValue().Set(err);
}

void StreamWrap::SetBlocking(const FunctionCallbackInfo<Value>& info) {
  StreamWrap* wrap = StreamFrom(info);
  if (wrap == nullptr || wrap->IsClosing()) return info.GetReturnValue().Set(UV_EBADF);
  info.GetReturnValue().Set(uv_stream_set_blocking(wrap->stream_, info[0]->IsTrue()));
}

void StreamWrap::ConsumedBytes(Local<Name>, const PropertyCallbackInfo<Value>& info) {
  auto* wrap = static_cast<StreamWrap*>(HandleWrap::Unwrap(info.This()));
  info.GetReturnValue().Set(wrap == nullptr ? 0.0 : wrap->listener_bytes_);
}

void StreamWrap::Fd(Local<Name>, const PropertyCallbackInfo<Value>& info) {
  auto* wrap = static_cast<StreamWrap*>(HandleWrap::Unwrap(info.This()));
  uv_os_fd_t fd = -1;
  if (wrap == nullptr || wrap->IsClosing() ||
      uv_fileno(reinterpret_cast<uv_handle_t*>(wrap->stream_), &fd) != 0)
    fd = -1;
  info.GetReturnValue().Set(static_cast<int>(fd));
}

void StreamWrap::WriteQueueSize(Local<Name>, const PropertyCallbackInfo<Value>& info) {
  HandleWrap* h = HandleWrap::Unwrap(info.This());
  StreamWrap* wrap = static_cast<StreamWrap*>(h);
  info.GetReturnValue().Set(
      wrap == nullptr ? 0.0 : static_cast<double>(uv_stream_get_write_queue_size(wrap->stream_)));
}

}  // namespace eddy
