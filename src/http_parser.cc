// http_parser.cc — internalBinding('http_parser'): llhttp (Debian's
// node-llhttp sources, compiled into the build) as a JS object, one per
// connection, reused across keep-alive messages and pooled by lib/_http_common.
//
// JS interface (lib/_http_common.js is the only user):
//   new HTTPParser()
//   p.initialize(type, maxHeaderSize)    type: REQUEST (0) or RESPONSE (1)
//   p.setCallbacks(onHeadersComplete, onBody, onMessageComplete, onExecute)
//   p.execute(u8) → bytes parsed, or a parse Error (code 'HPE_…', reason,
//                   bytesParsed); callback exceptions propagate to the caller
//   p.finish() → undefined or a parse Error (EOF in the middle of a message)
//   p.consume(handle) → bool / p.unconsume()  reads of a stream handle go straight
//                   from libuv into the parser, never through JS `onread`
//   p.pause() / p.resume() / p.free()
//   p.checkTimeout(headersMs, requestMs) → 1 when the current message is late
//   p.setWantExecute(bool)               also call onExecute after every read
// Callbacks, `this` = the parser object:
//   onHeadersComplete(major, minor, rawHeaders[], method, url, statusCode,
//                     statusMessage, upgrade, shouldKeepAlive, complete)
//     → 1 to skip the body (a response to HEAD), anything else to go on;
//     complete: a request without a body, already whole — no
//     onMessageComplete follows (one call per such request, not two)
//   onBody(u8)               a copy of a body chunk
//   onMessageComplete(trailers)   raw trailer fields, or undefined
//   onExecute(ret, head)     consumed mode only: ret is a parse Error, a
//                            negative errno (UV_EOF …) from the read, or the
//                            bytes parsed; for an upgrade (or CONNECT) `head`
//                            is a Uint8Array of the bytes after the headers
//                            and the parser has stopped consuming; for a
//                            parse Error `head` holds the bytes of that read.
//
// All headers of a message reach JS in one call (not one per header); names
// and values are latin1 strings, as node's. llhttp 8.1 tolerates spaces in
// and before the colon of a header name, which node 20 (llhttp 9) rejects, so
// names are checked against RFC 9110's token set here.
#include <llhttp.h>

#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "binding_list.h"
#include "env.h"
#include "stream_wrap.h"

namespace eddy {

using v8::Array;
using v8::ArrayBuffer;
using v8::Context;
using v8::Exception;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Global;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::NewStringType;
using v8::Object;
using v8::String;
using v8::Uint8Array;
using v8::Value;

namespace {

constexpr uint32_t kDefaultMaxHeaderSize = 16 * 1024;

// RFC 9110 tchar.
bool IsTokenChar(unsigned char c) {
  if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return c != 0 && strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

class Parser;

// The parsers alive in each Env, deleted at teardown: a parser GC hasn't
// collected by then would otherwise leak.
std::unordered_map<Env*, std::unordered_set<Parser*>>& LiveParsers() {
  static std::unordered_map<Env*, std::unordered_set<Parser*>> live;
  return live;
}

class Parser : public StreamListener {
 public:
  Parser(Env* env, Local<Object> object) : env_(env) {
    auto& live = LiveParsers();
    auto it = live.find(env);
    if (it == live.end()) {
      live[env];
      env->AddCleanupHook([env] {
        auto node = LiveParsers().extract(env);
        for (Parser* p : node.mapped()) {
          p->env_ = nullptr;  // the set is being dropped as a whole
          delete p;
        }
      });
    }
    live[env].insert(this);
    object_.Reset(env->isolate(), object);
    object_.SetWeak(this, OnWeak, v8::WeakCallbackType::kParameter);
    object->SetAlignedPointerInInternalField(0, this);
    llhttp_settings_init(&settings_);
    settings_.on_message_begin = OnMessageBegin;
    settings_.on_url = OnUrl;
    settings_.on_status = OnStatus;
    settings_.on_header_field = OnHeaderField;
    settings_.on_header_value = OnHeaderValue;
    settings_.on_header_field_complete = OnHeaderFieldComplete;
    settings_.on_headers_complete = OnHeadersComplete;
    settings_.on_body = OnBody;
    settings_.on_message_complete = OnMessageComplete;
    Init(HTTP_REQUEST, kDefaultMaxHeaderSize);
  }

  ~Parser() override {
    if (stream_ != nullptr && stream_->listener() == this) stream_->set_listener(nullptr);
    if (!object_.IsEmpty()) {
      v8::HandleScope scope(v8::Isolate::GetCurrent());
      Local<Object> obj = object_.Get(v8::Isolate::GetCurrent());
      obj->SetAlignedPointerInInternalField(0, nullptr);
    }
    if (env_ != nullptr) LiveParsers()[env_].erase(this);
  }

  // GC took the JS object: the handle is dead, so forget it before deleting.
  static void OnWeak(const v8::WeakCallbackInfo<Parser>& data) {
    Parser* p = data.GetParameter();
    p->object_.Reset();
    delete p;
  }

  static Parser* From(const FunctionCallbackInfo<Value>& info) {
    if (info.This()->InternalFieldCount() < 1) return nullptr;
    return static_cast<Parser*>(info.This()->GetAlignedPointerFromInternalField(0));
  }

  void Init(llhttp_type_t type, uint32_t max_header_size) {
    llhttp_init(&parser_, type, &settings_);
    parser_.data = this;
    max_header_size_ = max_header_size;
    errored_ = false;
    paused_ = false;
    want_execute_ = false;
    prev_value_at_end_ = false;
    ResetMessage();
    // headersTimeout runs from the connection's start until its first
    // message's headers are in.
    message_start_ = type == HTTP_REQUEST ? uv_now(env_->loop()) : 0;
    headers_done_ = false;
  }

  // --- JS methods ---------------------------------------------------------
  static void New(const FunctionCallbackInfo<Value>& info) {
    new Parser(Env::From(info), info.This());
  }

  static void Initialize(const FunctionCallbackInfo<Value>& info) {
    Parser* p = From(info);
    if (p == nullptr) return;
    Local<Context> context = info.GetIsolate()->GetCurrentContext();
    int type = info[0]->Int32Value(context).FromMaybe(0);
    uint32_t max = kDefaultMaxHeaderSize;
    if (info[1]->IsNumber()) max = info[1]->Uint32Value(context).FromMaybe(max);
    p->Init(type == 1 ? HTTP_RESPONSE : HTTP_REQUEST, max);
    // Parsers are reused: each connection's callbacks run in the async
    // context frame of its initialize() (node: a new resource each time).
    p->env_->CaptureAsyncFrame(info.This());
  }

  static void SetCallbacks(const FunctionCallbackInfo<Value>& info) {
    Parser* p = From(info);
    if (p == nullptr) return;
    Isolate* isolate = info.GetIsolate();
    Global<Function>* slots[] = {&p->on_headers_complete_, &p->on_body_,
                                 &p->on_message_complete_, &p->on_execute_};
    for (int i = 0; i < 4; i++) {
      if (info[i]->IsFunction()) slots[i]->Reset(isolate, info[i].As<Function>());
      else slots[i]->Reset();
    }
  }

  static void Execute(const FunctionCallbackInfo<Value>& info) {
    Parser* p = From(info);
    if (p == nullptr || !info[0]->IsArrayBufferView()) return;
    Local<v8::ArrayBufferView> view = info[0].As<v8::ArrayBufferView>();
    std::shared_ptr<v8::BackingStore> store = view->Buffer()->GetBackingStore();
    const char* data = static_cast<const char*>(store->Data()) + view->ByteOffset();
    Local<Value> ret;
    if (p->DoExecute(data, view->ByteLength()).ToLocal(&ret)) info.GetReturnValue().Set(ret);
  }

  static void Finish(const FunctionCallbackInfo<Value>& info) {
    Parser* p = From(info);
    if (p == nullptr) return;
    p->got_exception_ = false;
    llhttp_errno_t err = llhttp_finish(&p->parser_);
    if (p->got_exception_) return;
    if (err != HPE_OK) info.GetReturnValue().Set(p->MakeError(err, 0));
  }

  static void Pause(const FunctionCallbackInfo<Value>& info) {
    if (Parser* p = From(info)) p->paused_ = true;
  }

  static void Resume(const FunctionCallbackInfo<Value>& info) {
    Parser* p = From(info);
    if (p == nullptr) return;
    p->paused_ = false;
  }

  static void Consume(const FunctionCallbackInfo<Value>& info) {
    Parser* p = From(info);
    if (p == nullptr) return;
    StreamWrap* stream = StreamWrap::FromObject(info[0]);
    if (stream == nullptr || stream->listener() != nullptr) return info.GetReturnValue().Set(false);
    info.GetReturnValue().Set(true);
    p->Unconsume();
    p->stream_ = stream;
    stream->set_listener(p);
    // While it consumes a stream the parser must outlive JS's reference.
    p->object_.ClearWeak();
  }

  static void Unconsume(const FunctionCallbackInfo<Value>& info) {
    if (Parser* p = From(info)) p->Unconsume();
  }

  static void Free(const FunctionCallbackInfo<Value>& info) {
    Parser* p = From(info);
    if (p == nullptr) return;
    p->Unconsume();
    p->ResetMessage();
    p->message_start_ = 0;
    p->headers_done_ = false;
    p->headers_.shrink_to_fit();
  }

  // checkTimeout(headersTimeout, requestTimeout) → 0, or 1 when the message
  // being received has outlived one of them (ms; 0 = no limit).
  static void CheckTimeout(const FunctionCallbackInfo<Value>& info) {
    Parser* p = From(info);
    if (p == nullptr || p->message_start_ == 0) return info.GetReturnValue().Set(0);
    Local<Context> context = info.GetIsolate()->GetCurrentContext();
    double headers = info[0]->NumberValue(context).FromMaybe(0);
    double request = info[1]->NumberValue(context).FromMaybe(0);
    double age = double(uv_now(p->env_->loop()) - p->message_start_);
    bool expired = (!p->headers_done_ && headers > 0 && age > headers) ||
                   (request > 0 && age > request);
    info.GetReturnValue().Set(expired ? 1 : 0);
  }

  // inMessage() → whether a message has started arriving (and not ended).
  static void InMessage(const FunctionCallbackInfo<Value>& info) {
    Parser* p = From(info);
    info.GetReturnValue().Set(p != nullptr && p->message_start_ != 0);
  }

  static void SetWantExecute(const FunctionCallbackInfo<Value>& info) {
    if (Parser* p = From(info)) p->want_execute_ = info[0]->IsTrue();
  }

  // --- StreamListener -----------------------------------------------------
  void OnStreamRead(ssize_t nread, const char* data) override {
    Isolate* isolate = env_->isolate();
    HandleScope scope(isolate);
    Context::Scope context_scope(env_->context());
    Env::CallbackScope callback_scope(env_);
    consuming_call_ = true;
    Local<Value> ret;
    Local<Value> head;
    bool notify = want_execute_ || nread <= 0;
    if (nread < 0) {
      ret = Integer::New(isolate, static_cast<int32_t>(nread));
    } else if (errored_) {
      // After a parse error nothing more on this connection is HTTP.
      consuming_call_ = false;
      return;
    } else {
      MaybeLocal<Value> r = DoExecute(data, static_cast<size_t>(nread));
      if (got_exception_) {
        // A callback threw: it has been reported as uncaught already. The
        // connection can't be trusted to be in a known state any more.
        consuming_call_ = false;
        Local<Value> argv[] = {Integer::New(isolate, UV_ECANCELED), v8::Undefined(isolate)};
        CallJS(on_execute_, 2, argv);
        return;
      }
      ret = r.ToLocalChecked();
      if (!ret->IsNumber()) errored_ = true;
      if (upgrade_stop_ != SIZE_MAX) {
        size_t at = upgrade_stop_;
        upgrade_stop_ = SIZE_MAX;
        size_t rest = static_cast<size_t>(nread) - at;
        head = CopyBytes(data + at, rest);
        notify = true;
        Unconsume();
      } else if (!ret->IsNumber()) {
        notify = true;
        head = CopyBytes(data, static_cast<size_t>(nread));  // err.rawPacket
      }
    }
    consuming_call_ = false;
    if (!notify || on_execute_.IsEmpty()) return;
    Local<Value> argv[] = {ret, head.IsEmpty() ? Local<Value>(v8::Undefined(isolate)) : head};
    CallJS(on_execute_, 2, argv);
  }

  void OnStreamClosed() override {
    stream_ = nullptr;
    MakeWeakIfIdle();
  }

 private:
  void Unconsume() {
    if (stream_ != nullptr) {
      if (stream_->listener() == this) stream_->set_listener(nullptr);
      stream_ = nullptr;
    }
    MakeWeakIfIdle();
  }

  void MakeWeakIfIdle() {
    if (!object_.IsEmpty() && !object_.IsWeak()) {
      object_.SetWeak(this, OnWeak, v8::WeakCallbackType::kParameter);
    }
  }

  void ResetMessage() {
    url_.clear();
    status_.clear();
    headers_.clear();
    field_done_ = false;
    fields_started_ = fields_completed_ = 0;
    header_bytes_ = 0;
    token_error_ = false;
    deferred_headers_ = false;
    fold_error_ = false;
    overflow_ = false;
  }

  MaybeLocal<Value> DoExecute(const char* data, size_t len) {
    got_exception_ = false;
    upgrade_stop_ = SIZE_MAX;
    value_end_ = nullptr;
    exec_start_ = data;
    llhttp_errno_t err = llhttp_execute(&parser_, data, len);
    prev_value_at_end_ = value_end_ != nullptr && value_end_ == data + len;
    if (got_exception_) return MaybeLocal<Value>();
    size_t parsed = len;
    if (err == HPE_PAUSED_UPGRADE) {
      parsed = static_cast<size_t>(llhttp_get_error_pos(&parser_) - data);
      upgrade_stop_ = parsed;
      llhttp_resume_after_upgrade(&parser_);
      return Integer::NewFromUnsigned(env_->isolate(), static_cast<uint32_t>(parsed));
    }
    if (err != HPE_OK) {
      const char* pos = llhttp_get_error_pos(&parser_);
      if (pos != nullptr && pos >= data && pos <= data + len) parsed = size_t(pos - data);
      return MakeError(err, parsed);
    }
    return Integer::NewFromUnsigned(env_->isolate(), static_cast<uint32_t>(len));
  }

  Local<Value> MakeError(llhttp_errno_t err, size_t parsed) {
    Isolate* isolate = env_->isolate();
    Local<Context> context = env_->context();
    const char* code = llhttp_errno_name(err);
    const char* reason = llhttp_get_error_reason(&parser_);
    if (overflow_) {
      code = "HPE_HEADER_OVERFLOW";
      reason = "Header overflow";
    } else if (token_error_) {
      code = "HPE_INVALID_HEADER_TOKEN";
      reason = "Invalid header token";
    } else if (fold_error_) {
      code = "HPE_INVALID_HEADER_TOKEN";
      reason = "Unexpected whitespace after header value";
    } else if (err == HPE_UNEXPECTED_CONTENT_LENGTH &&
               (parser_.flags & F_TRANSFER_ENCODING) != 0) {
      // llhttp 9 (node 20) names this smuggling attempt after the TE field.
      code = "HPE_INVALID_TRANSFER_ENCODING";
      reason = "Transfer-Encoding can't be present with Content-Length";
    }
    if (reason == nullptr) reason = "";
    std::string message = std::string("Parse Error: ") + reason;
    Local<Object> e = Exception::Error(OneByteString(isolate, message.c_str())).As<Object>();
    e->Set(context, OneByteString(isolate, "bytesParsed"),
           v8::Number::New(isolate, static_cast<double>(parsed))).Check();
    e->Set(context, OneByteString(isolate, "code"), OneByteString(isolate, code)).Check();
    e->Set(context, OneByteString(isolate, "reason"), OneByteString(isolate, reason)).Check();
    return e;
  }

  Local<Value> CopyBytes(const char* data, size_t len) {
    Local<ArrayBuffer> ab = ArrayBuffer::New(env_->isolate(), len);
    if (len > 0) memcpy(ab->GetBackingStore()->Data(), data, len);
    return Uint8Array::New(ab, 0, len);
  }

  // Calls a callback: through the door (exceptions become uncaught) while
  // consuming a stream, plainly (exceptions propagate) inside execute().
  MaybeLocal<Value> CallJS(const Global<Function>& fn, int argc, Local<Value>* argv) {
    if (fn.IsEmpty()) return v8::Undefined(env_->isolate());
    Local<Object> recv = object_.Get(env_->isolate());
    Local<Function> f = fn.Get(env_->isolate());
    MaybeLocal<Value> r = consuming_call_ ? env_->MakeCallback(recv, f, argc, argv)
                                          : f->Call(env_->context(), recv, argc, argv);
    if (r.IsEmpty()) got_exception_ = true;
    return r;
  }

  // [name, value, name, value…] of the fields collected so far.
  Local<Array> RawHeaders() {
    Isolate* isolate = env_->isolate();
    size_t n = headers_.size();
    std::vector<Local<Value>> raw(n * 2);
    for (size_t i = 0; i < n; i++) {
      const auto& h = headers_[i];
      // Names repeat across requests: internalized strings make them cheap
      // property keys for the headers object JS builds.
      raw[2 * i] = String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(h.first.data()),
                                          NewStringType::kInternalized, int(h.first.size()))
                       .ToLocalChecked();
      // Trailing whitespace is not part of a field value (RFC 9110 5.5).
      size_t vlen = h.second.size();
      while (vlen > 0 && (h.second[vlen - 1] == ' ' || h.second[vlen - 1] == '\t')) vlen--;
      raw[2 * i + 1] = String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(h.second.data()),
                                              NewStringType::kNormal, int(vlen))
                           .ToLocalChecked();
    }
    return Array::New(isolate, raw.data(), raw.size());
  }

  bool TrackHeader(size_t len) {
    header_bytes_ += len;
    if (header_bytes_ > max_header_size_) {
      overflow_ = true;
      return false;
    }
    return true;
  }

  static Parser* Self(llhttp_t* p) { return static_cast<Parser*>(p->data); }

  static int OnMessageBegin(llhttp_t* p) {
    Parser* self = Self(p);
    self->ResetMessage();
    self->message_start_ = uv_now(self->env_->loop());
    self->headers_done_ = false;
    return self->paused_ ? HPE_PAUSED : 0;
  }

  static int OnUrl(llhttp_t* p, const char* at, size_t len) {
    Parser* self = Self(p);
    if (!self->TrackHeader(len)) return -1;
    self->url_.append(at, len);
    return 0;
  }

  static int OnStatus(llhttp_t* p, const char* at, size_t len) {
    Parser* self = Self(p);
    if (!self->TrackHeader(len)) return -1;
    self->status_.append(at, len);
    return 0;
  }

  static int OnHeaderField(llhttp_t* p, const char* at, size_t len) {
    Parser* self = Self(p);
    if (!self->TrackHeader(len)) return -1;
    if (self->headers_.empty() || self->field_done_) {
      self->headers_.emplace_back();
      self->field_done_ = false;
      self->fields_started_++;
    }
    self->headers_.back().first.append(at, len);
    return 0;
  }

  static int OnHeaderFieldComplete(llhttp_t* p) {
    Parser* self = Self(p);
    self->field_done_ = true;
    self->field_done_pending_value_ = true;
    // A field that ended without starting is an empty name (": value"),
    // which llhttp 8.1 lets through.
    if (++self->fields_completed_ > self->fields_started_ || self->headers_.back().first.empty()) {
      self->token_error_ = true;
      return -1;
    }
    const std::string& name = self->headers_.back().first;
    for (unsigned char c : name) {
      if (!IsTokenChar(c)) {
        self->token_error_ = true;
        return -1;
      }
    }
    return 0;
  }

  static int OnHeaderValue(llhttp_t* p, const char* at, size_t len) {
    Parser* self = Self(p);
    if (!self->TrackHeader(len)) return -1;
    if (self->headers_.empty()) self->headers_.emplace_back();
    // Within one buffer a value comes in one piece; a second piece that
    // doesn't start where the first ended is an obs-fold continuation line,
    // which llhttp 8.1 joins and node 20 rejects.
    if (!self->field_done_pending_value_) {
      // Within one read the pieces must touch; across reads a value may go
      // on only from the very end of the last read to the start of this one.
      bool contiguous = self->value_end_ != nullptr
          ? at == self->value_end_
          : (self->prev_value_at_end_ && at == self->exec_start_);
      if (!contiguous) {
        self->fold_error_ = true;
        return -1;
      }
    }
    self->field_done_pending_value_ = false;
    self->value_end_ = at + len;
    self->headers_.back().second.append(at, len);
    return 0;
  }

  static int OnHeadersComplete(llhttp_t* p) {
    Parser* self = Self(p);
    self->headers_done_ = true;
    // A request that can't have a body (no Content-Length or 0, not
    // chunked, no upgrade) completes right after its headers: JS then gets
    // both in one call, from OnMessageComplete.
    if (p->type == HTTP_REQUEST && (p->flags & (F_CHUNKED | F_TRANSFER_ENCODING)) == 0 &&
        p->content_length == 0 && p->upgrade == 0) {
      self->deferred_headers_ = true;
      return 0;
    }
    HandleScope scope(self->env_->isolate());
    Local<Value> r;
    if (!self->CallHeadersComplete(false).ToLocal(&r)) return -1;
    int ret = r->IsInt32() ? r.As<v8::Int32>()->Value() : 0;
    if (ret == 1 || ret == 2) return ret;
    // JS treats an Upgrade header nobody listens for as a plain request.
    p->upgrade = 0;
    return 0;
  }

  // onHeadersComplete(major, minor, rawHeaders, method, url, statusCode,
  //                   statusMessage, upgrade, shouldKeepAlive, complete)
  MaybeLocal<Value> CallHeadersComplete(bool complete) {
    llhttp_t* p = &parser_;
    Isolate* isolate = env_->isolate();
    v8::EscapableHandleScope scope(isolate);
    bool request = p->type == HTTP_REQUEST;
    Local<Value> undefined = v8::Undefined(isolate);
    auto latin1 = [&](const std::string& s) -> Local<Value> {
      return String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(s.data()),
                                    NewStringType::kNormal, int(s.size())).ToLocalChecked();
    };
    Local<Value> argv[10] = {
        Integer::New(isolate, p->http_major),
        Integer::New(isolate, p->http_minor),
        RawHeaders(),
        request ? Local<Value>(Integer::New(isolate, p->method)) : undefined,
        request ? latin1(url_) : undefined,
        request ? undefined : Local<Value>(Integer::New(isolate, p->status_code)),
        request ? undefined : latin1(status_),
        v8::Boolean::New(isolate, p->upgrade != 0),
        v8::Boolean::New(isolate, llhttp_should_keep_alive(p) != 0),
        v8::Boolean::New(isolate, complete),
    };
    headers_.clear();
    url_.clear();
    status_.clear();
    Local<Value> r;
    if (!CallJS(on_headers_complete_, 10, argv).ToLocal(&r)) return MaybeLocal<Value>();
    return scope.Escape(r);
  }

  static int OnBody(llhttp_t* p, const char* at, size_t len) {
    Parser* self = Self(p);
    if (self->on_body_.IsEmpty()) return 0;
    HandleScope scope(self->env_->isolate());
    Local<Value> argv[] = {self->CopyBytes(at, len)};
    return self->CallJS(self->on_body_, 1, argv).IsEmpty() ? -1 : 0;
  }

  static int OnMessageComplete(llhttp_t* p) {
    Parser* self = Self(p);
    HandleScope scope(self->env_->isolate());
    self->header_bytes_ = 0;
    self->message_start_ = 0;
    if (self->deferred_headers_) {
      self->deferred_headers_ = false;
      return self->CallHeadersComplete(true).IsEmpty() ? -1 : 0;
    }
    // Fields seen after the headers were handed over are trailers.
    Local<Value> argv[] = {self->headers_.empty() ? Local<Value>(v8::Undefined(self->env_->isolate()))
                                                  : Local<Value>(self->RawHeaders())};
    self->headers_.clear();
    if (self->CallJS(self->on_message_complete_, 1, argv).IsEmpty()) return -1;
    return 0;
  }

  Env* env_;
  Global<Object> object_;
  llhttp_t parser_;
  llhttp_settings_t settings_;
  Global<Function> on_headers_complete_, on_body_, on_message_complete_, on_execute_;
  StreamWrap* stream_ = nullptr;
  std::string url_, status_;
  std::vector<std::pair<std::string, std::string>> headers_;
  bool field_done_ = false;
  bool field_done_pending_value_ = false;  // no value piece since the name
  size_t fields_started_ = 0, fields_completed_ = 0;
  size_t header_bytes_ = 0;
  uint32_t max_header_size_ = kDefaultMaxHeaderSize;
  bool token_error_ = false;
  bool fold_error_ = false;
  const char* value_end_ = nullptr;  // where the last value piece ended
  const char* exec_start_ = nullptr;  // the buffer being executed
  bool prev_value_at_end_ = false;    // the last read ended inside a value
  bool overflow_ = false;
  bool got_exception_ = false;
  bool consuming_call_ = false;
  bool paused_ = false;
  bool errored_ = false;
  bool want_execute_ = false;
  size_t upgrade_stop_ = SIZE_MAX;
  uint64_t message_start_ = 0;  // uv_now() at the first byte of a message
  bool headers_done_ = false;
  bool deferred_headers_ = false;  // headers held back for a bodiless request
};

}  // namespace

EDDY_BINDING(http_parser) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<FunctionTemplate> tmpl = FunctionTemplate::New(isolate, Parser::New);
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  tmpl->SetClassName(OneByteString(isolate, "HTTPParser"));
  auto proto = tmpl->PrototypeTemplate();
  proto->Set(isolate, "initialize", FunctionTemplate::New(isolate, Parser::Initialize));
  proto->Set(isolate, "setCallbacks", FunctionTemplate::New(isolate, Parser::SetCallbacks));
  proto->Set(isolate, "execute", FunctionTemplate::New(isolate, Parser::Execute));
  proto->Set(isolate, "finish", FunctionTemplate::New(isolate, Parser::Finish));
  proto->Set(isolate, "pause", FunctionTemplate::New(isolate, Parser::Pause));
  proto->Set(isolate, "resume", FunctionTemplate::New(isolate, Parser::Resume));
  proto->Set(isolate, "consume", FunctionTemplate::New(isolate, Parser::Consume));
  proto->Set(isolate, "unconsume", FunctionTemplate::New(isolate, Parser::Unconsume));
  proto->Set(isolate, "free", FunctionTemplate::New(isolate, Parser::Free));
  proto->Set(isolate, "inMessage", FunctionTemplate::New(isolate, Parser::InMessage));
  proto->Set(isolate, "checkTimeout", FunctionTemplate::New(isolate, Parser::CheckTimeout));
  proto->Set(isolate, "setWantExecute", FunctionTemplate::New(isolate, Parser::SetWantExecute));
  Local<Function> ctor = tmpl->GetFunction(context).ToLocalChecked();
  ctor->Set(context, OneByteString(isolate, "REQUEST"), Integer::New(isolate, 0)).Check();
  ctor->Set(context, OneByteString(isolate, "RESPONSE"), Integer::New(isolate, 1)).Check();
  target->Set(context, OneByteString(isolate, "HTTPParser"), ctor).Check();
  Local<Array> methods = Array::New(isolate);
  // HTTP's methods only (not RTSP's), at their llhttp numbers.
#define V(num, name, string) \
  methods->Set(context, num, OneByteString(isolate, #string)).Check();
  HTTP_METHOD_MAP(V)
#undef V
  target->Set(context, OneByteString(isolate, "methods"), methods).Check();
}

}  // namespace eddy
