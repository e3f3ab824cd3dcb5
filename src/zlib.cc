// zlib.cc — internalBinding('zlib'): compression streams on zlib and brotli,
// one-shot whole-buffer compression on libdeflate, and crc32.
//
// A `Zlib` object (new binding.Zlib(mode)) owns one compressor or
// decompressor: a z_stream for DEFLATE..UNZIP, a brotli encoder or decoder
// state for BROTLI_ENCODE/BROTLI_DECODE (modes as in zlib.constants). lib/zlib.js
// drives it like a classic zlib binding:
//
//   handle.init(...)                       once, returns 0 or an error code
//   handle.write(flush, in, inOff, inLen, out, outOff, outLen)       async
//   handle.writeSync(...)                                           sync
//
// After a write the handle stores [availOutAfter, availInAfter] into the
// Uint32Array JS gave to init (the "write state"); the async form then calls
// the callback given to init through Env::MakeCallback — or returns true when
// it completed at once (the parallel deflater below), and JS calls back
// itself. A failure calls handle.onerror(message, errno, code) instead
// (synchronously for writeSync). JS allows one write at a time (it waits for
// the callback before the next).
//
// Lifetime: the JS object is held weakly while idle, so an unused stream is
// collected with its native state; while thread-pool work uses it (a write,
// or blocks of the parallel deflater) it is held strongly and the buffers the
// work reads or writes are pinned or copied. close() frees the compression
// state at once, or after that work.
// States that are never collected are freed when the Env goes away (a state
// whose write is still on the thread pool then, when the write returns).
//
// Multi-member gzip: after the end of one gzip member, if more input follows
// and its first byte is not 0 (trailing zero padding is ignored), the inflater
// is reset and decodes the next member — for GUNZIP, and for UNZIP when the
// input began with the gzip magic. UNZIP otherwise lets zlib auto-detect.
#include <brotli/decode.h>
#include <brotli/encode.h>
#include <libdeflate.h>
#include <uv.h>
#include <zlib.h>

#include <cstdlib>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "binding_list.h"
#include "env.h"
#include "large_alloc.h"
#include "work_pool.h"

namespace eddy {

using v8::ArrayBuffer;
using v8::ArrayBufferView;
using v8::BackingStore;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Uint32Array;
using v8::Uint8Array;
using v8::Value;

namespace {

// zlib.constants' modes; lib/zlib.js uses the same numbers.
enum Mode { NONE, DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP,
            BROTLI_DECODE, BROTLI_ENCODE };

constexpr int kBrotliParamCount = 9;  // BROTLI_PARAM_MODE .. BROTLI_PARAM_NDIRECT
constexpr uint32_t kUnsetParam = 0xFFFFFFFFu;  // lib/zlib.js: must match

// A byte range of a JS ArrayBufferView, pinned while a write uses it.
struct Bytes {
  std::shared_ptr<BackingStore> store;
  uint8_t* data = nullptr;
  size_t length = 0;
};

Bytes ViewBytes(Local<Value> value, bool pin) {
  Bytes b;
  if (!value->IsArrayBufferView()) return b;
  Local<ArrayBufferView> view = value.As<ArrayBufferView>();
  Local<ArrayBuffer> ab = view->Buffer();
  if (pin) b.store = ab->GetBackingStore();
  b.data = static_cast<uint8_t*>(ab->Data()) + view->ByteOffset();
  b.length = view->ByteLength();
  return b;
}

uint32_t Uint32Arg(const FunctionCallbackInfo<Value>& info, int i) {
  return info[i]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
}
int32_t Int32Arg(const FunctionCallbackInfo<Value>& info, int i) {
  return info[i]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
}

// --- parallel deflate for async streams -------------------------------------
//
// A deflate/gzip/raw stream written asynchronously compresses on several
// thread-pool threads at once, as pigz does: input is cut into 128 KiB
// blocks; each block is deflated on its own z_stream primed with the 32 KiB
// before it (so matches still reach back a full window) and ends with a sync
// flush (the last one, on Z_FINISH, with the final block). The concatenation
// is one valid deflate stream; the header and the trailer (CRC-32 or Adler-32
// combined across blocks, input size) are written here. Still zlib, only in
// parallel; the output bytes differ from one z_stream's, the data does not.
//
// A block is cut as soon as 128 KiB are pending, or on any flush (then all
// that is pending, as one batch; Z_FULL_FLUSH also stops the next block
// reaching back). A write returns while its blocks compress: output comes
// out, in order, at later writes; a write waits only for a flush (everything
// before it must be out) or when more blocks run than the thread pool has
// threads (so the pool and the JS thread keep each other busy).
constexpr size_t kParBlock = 128 * 1024;
constexpr size_t kParBatch = kParBlock;
constexpr size_t kParWindow = 32 * 1024;
constexpr size_t kParMaxRunning = 4;

struct DeflateBatch;

struct DeflateBlock {
  uv_work_t work;
  void* owner;
  DeflateBatch* batch;
  const uint8_t* dict;
  size_t dict_len;
  const uint8_t* in;
  size_t in_len;
  int flush;
  int level, mem_level, strategy;
  bool gzip;
  std::vector<uint8_t> out;
  uLong check = 0;
  bool ok = false;

  void Run() {
    check = gzip ? crc32(0, in, static_cast<uInt>(in_len))
                 : adler32(1, in, static_cast<uInt>(in_len));
    z_stream z;
    memset(&z, 0, sizeof(z));
    if (deflateInit2(&z, level, Z_DEFLATED, -15, mem_level, strategy) != Z_OK) return;
    if (dict_len > 0) deflateSetDictionary(&z, dict, static_cast<uInt>(dict_len));
    out.resize(deflateBound(&z, in_len) + 16);
    z.next_in = const_cast<Bytef*>(in);
    z.avail_in = static_cast<uInt>(in_len);
    z.next_out = out.data();
    z.avail_out = static_cast<uInt>(out.size());
    int err = deflate(&z, flush);
    ok = (err == Z_OK || err == Z_STREAM_END) && z.avail_in == 0;
    out.resize(out.size() - z.avail_out);
    deflateEnd(&z);
  }
};

struct DeflateBatch {
  std::vector<uint8_t> input;  // the window before the blocks, then the blocks
  std::vector<std::unique_ptr<DeflateBlock>> blocks;
  size_t running = 0;          // blocks not yet back on the loop thread
  bool last = false;           // ends the stream
};

class ParallelDeflate {
 public:
  ParallelDeflate(int mode, int level, int mem_level, int strategy)
      : mode_(mode), level_(level), mem_level_(mem_level), strategy_(strategy) {}

  static bool Eligible(int mode, int window_bits, bool has_dictionary) {
    return (mode == 1 || mode == 3 || mode == 5) && window_bits == 15 && !has_dictionary;
  }

  // Takes all the input; returns the batch of blocks to compress now (kept
  // in flight here), or nullptr.
  DeflateBatch* Take(const uint8_t* in, size_t len, int flush) {
    if (!header_done_) WriteHeader();
    if (finished_) return nullptr;  // after Z_FINISH input is ignored
    pending_.insert(pending_.end(), in, in + len);
    size_t count;
    if (flush != Z_NO_FLUSH) count = pending_.size();
    else if (pending_.size() >= kParBatch) count = pending_.size() / kParBlock * kParBlock;
    else return nullptr;
    if (count == 0 && flush != Z_FINISH) return nullptr;  // nothing new to flush
    auto batch = std::make_unique<DeflateBatch>();
    std::vector<uint8_t>& input = batch->input;
    input.reserve(tail_.size() + count);
    input.assign(tail_.begin(), tail_.end());
    size_t base = input.size();
    input.insert(input.end(), pending_.begin(), pending_.begin() + count);
    pending_.erase(pending_.begin(), pending_.begin() + count);
    size_t off = 0;
    do {
      size_t n = count - off < kParBlock ? count - off : kParBlock;
      auto b = std::make_unique<DeflateBlock>();
      size_t start = base + off;
      b->batch = batch.get();
      b->dict_len = start < kParWindow ? start : kParWindow;
      b->dict = input.data() + start - b->dict_len;
      b->in = input.data() + start;
      b->in_len = n;
      off += n;
      b->flush = off == count && flush == Z_FINISH ? Z_FINISH : Z_SYNC_FLUSH;
      b->level = level_;
      b->mem_level = mem_level_;
      b->strategy = strategy_;
      b->gzip = mode_ == 3;
      batch->blocks.push_back(std::move(b));
    } while (off < count);
    if (flush == Z_FULL_FLUSH || flush == Z_FINISH) {
      tail_.clear();
    } else {
      size_t keep = input.size() < kParWindow ? input.size() : kParWindow;
      tail_.assign(input.end() - keep, input.end());
    }
    batch->last = flush == Z_FINISH;
    finished_ = batch->last;
    in_flight_.push_back(std::move(batch));
    return in_flight_.back().get();
  }

  // Queues the output of the finished batches at the front, in order (and
  // the trailer after the last). False if a block failed.
  bool Collect() {
    bool ok = true;
    while (!in_flight_.empty() && in_flight_.front()->running == 0) {
      DeflateBatch* batch = in_flight_.front().get();
      for (auto& b : batch->blocks) {
        ok = ok && b->ok;
        queue_.insert(queue_.end(), b->out.begin(), b->out.end());
        if (mode_ == 3) check_ = crc32_combine(check_, b->check, b->in_len);
        else check_ = adler32_combine(check_, b->check, b->in_len);
        total_in_ += b->in_len;
      }
      if (batch->last) WriteTrailer();
      in_flight_.pop_front();
    }
    return ok;
  }

  bool Idle() const { return in_flight_.empty(); }

  // Copies queued output into out; returns the bytes copied.
  size_t Drain(uint8_t* out, size_t avail) {
    size_t n = queue_.size() - queue_off_;
    if (n > avail) n = avail;
    if (n == 0) return 0;
    memcpy(out, queue_.data() + queue_off_, n);
    queue_off_ += n;
    if (queue_off_ == queue_.size()) {
      queue_.clear();
      queue_off_ = 0;
    }
    return n;
  }

  void SetParams(int level, int strategy) {
    level_ = level;
    strategy_ = strategy;
  }

  // Only while no block runs.
  void Reset() {
    pending_.clear();
    tail_.clear();
    in_flight_.clear();
    queue_.clear();
    queue_off_ = 0;
    header_done_ = finished_ = false;
    check_ = mode_ == 3 ? 0 : 1;
    total_in_ = 0;
  }

 private:
  void WriteHeader() {
    header_done_ = true;
    int level = level_ == Z_DEFAULT_COMPRESSION ? 6 : level_;
    if (mode_ == 3) {  // gzip: no name, no time; XFL and OS as zlib writes them
      uint8_t xfl = level == 9 ? 2 : (strategy_ >= Z_HUFFMAN_ONLY || level < 2) ? 4 : 0;
      const uint8_t h[10] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3};
      queue_.insert(queue_.end(), h, h + 10);
    } else if (mode_ == 1) {  // zlib: CMF/FLG for a 32 KiB window
      unsigned flags = (strategy_ >= Z_HUFFMAN_ONLY || level < 2) ? 0
                       : level < 6 ? 1 : level == 6 ? 2 : 3;
      unsigned header = (0x78u << 8) | (flags << 6);
      header += 31 - header % 31;
      queue_.push_back(static_cast<uint8_t>(header >> 8));
      queue_.push_back(static_cast<uint8_t>(header & 0xff));
    }
  }

  void WriteTrailer() {
    auto put = [this](uint32_t v, bool little) {
      for (int i = 0; i < 4; i++)
        queue_.push_back(static_cast<uint8_t>(v >> (little ? 8 * i : 24 - 8 * i)));
    };
    if (mode_ == 3) {
      put(static_cast<uint32_t>(check_), true);
      put(static_cast<uint32_t>(total_in_), true);
    } else if (mode_ == 1) {
      put(static_cast<uint32_t>(check_), false);
    }
  }

  int mode_, level_, mem_level_, strategy_;
  std::vector<uint8_t> pending_;   // input not yet in a block
  std::vector<uint8_t> tail_;      // the last window of input already blocked
  std::deque<std::unique_ptr<DeflateBatch>> in_flight_;
  std::vector<uint8_t> queue_;     // output not yet handed to JS
  size_t queue_off_ = 0;
  bool header_done_ = false;
  bool finished_ = false;
  uLong check_ = mode_ == 3 ? 0 : 1;
  uint64_t total_in_ = 0;
};

class ZlibStream;
// Every live stream of one Env, so teardown can free those never collected.
using StreamSet = std::unordered_set<ZlibStream*>;

class ZlibStream {
 public:
  ZlibStream(Env* env, Local<Object> object, Mode mode, StreamSet* set)
      : env_(env), object_(env->isolate(), object), mode_(mode), set_(set) {
    object->SetAlignedPointerInInternalField(0, this);
    object_.SetWeak(this, OnGC, v8::WeakCallbackType::kParameter);
    set_->insert(this);
    work_.data = this;
  }
  ~ZlibStream() {
    FreeState();
    if (set_ != nullptr) set_->erase(this);
  }

  // The Env is going away: free now, or when the running write returns.
  void Orphan() {
    set_->erase(this);
    set_ = nullptr;
    if (Busy()) orphaned_ = true;
    else delete this;
  }

  static ZlibStream* Unwrap(Local<Object> object) {
    return static_cast<ZlibStream*>(object->GetAlignedPointerFromInternalField(0));
  }

  // --- JS methods -----------------------------------------------------------
  static void New(const FunctionCallbackInfo<Value>& info) {
    Env* env = Env::From(info);
    StreamSet* set = static_cast<StreamSet*>(info.Data().As<v8::External>()->Value());
    new ZlibStream(env, info.This(), static_cast<Mode>(Int32Arg(info, 0)), set);
    env->CaptureAsyncFrame(info.This());  // its write callbacks run in it
  }

  // init(windowBits, level, memLevel, strategy, dictionary, writeState, callback)
  // (zlib modes) or init(params: Uint32Array, writeState, callback) (brotli).
  static void Init(const FunctionCallbackInfo<Value>& info) {
    ZlibStream* s = Unwrap(info.This());
    Isolate* isolate = info.GetIsolate();
    int state_index = s->IsBrotli() ? 1 : 5;
    Local<Uint32Array> state = info[state_index].As<Uint32Array>();
    s->write_state_array_.Reset(isolate, state);
    s->write_state_ = reinterpret_cast<uint32_t*>(
        static_cast<uint8_t*>(state->Buffer()->Data()) + state->ByteOffset());
    s->callback_.Reset(isolate, info[state_index + 1].As<Function>());
    int err;
    if (s->IsBrotli()) {
      Bytes params = ViewBytes(info[0], false);
      const uint32_t* p = reinterpret_cast<const uint32_t*>(params.data);
      for (int i = 0; i < kBrotliParamCount; i++) s->brotli_params_[i] = p[i];
      err = s->InitBrotli() ? Z_OK : Z_STREAM_ERROR;
    } else {
      s->window_bits_ = Int32Arg(info, 0);
      s->level_ = Int32Arg(info, 1);
      s->mem_level_ = Int32Arg(info, 2);
      s->strategy_ = Int32Arg(info, 3);
      Bytes dict = ViewBytes(info[4], false);
      s->dictionary_.assign(dict.data, dict.data + dict.length);
      err = s->InitZlib();
    }
    info.GetReturnValue().Set(err);
  }

  template <bool kAsync>
  static void Write(const FunctionCallbackInfo<Value>& info) {
    ZlibStream* s = Unwrap(info.This());
    s->flush_ = Int32Arg(info, 0);
    Bytes in = ViewBytes(info[1], kAsync);
    Bytes out = ViewBytes(info[4], kAsync);
    uint32_t in_off = Uint32Arg(info, 2), in_len = Uint32Arg(info, 3);
    uint32_t out_off = Uint32Arg(info, 5), out_len = Uint32Arg(info, 6);
    s->next_in_ = in.data == nullptr ? nullptr : in.data + in_off;
    s->avail_in_ = in_len;
    s->next_out_ = out.data + out_off;
    s->avail_out_ = out_len;
    // The first async write of an eligible deflater turns on parallel mode.
    if (kAsync && !s->par_ && !s->started_ &&
        ParallelDeflate::Eligible(s->mode_, s->window_bits_, !s->dictionary_.empty())) {
      s->par_ = std::make_unique<ParallelDeflate>(s->mode_, s->level_, s->mem_level_,
                                                  s->strategy_);
      if (s->zlib_ready_) deflateEnd(&s->strm_);
      s->zlib_ready_ = false;
    }
    s->started_ = true;
    if (s->par_) {
      info.GetReturnValue().Set(s->ParallelWrite(kAsync, std::move(out.store)));
      return;
    }
    if (!kAsync) {
      s->DoWrite();
      s->ReportResult(false);
      return;
    }
    s->pinned_in_ = std::move(in.store);
    s->pinned_out_ = std::move(out.store);
    s->write_in_progress_ = true;
    s->object_.ClearWeak();
    QueueWork(s->env_->work_port(), &s->work_, WorkThread, AfterWork);
  }

  // A write in parallel mode: take the input, start the blocks it completes
  // (run here for writeSync), hand out the output that is ready. Returns
  // true when the write completed at once (JS then calls back itself),
  // false when it waits for blocks (the callback comes through the door).
  bool ParallelWrite(bool async, std::shared_ptr<BackingStore> out_store) {
    error_ = nullptr;
    DeflateBatch* batch = par_->Take(next_in_, avail_in_, flush_);
    next_in_ += avail_in_;
    avail_in_ = 0;
    if (batch != nullptr && !async) {
      for (auto& b : batch->blocks) b->Run();
    } else if (batch != nullptr) {
      for (auto& b : batch->blocks) {
        b->owner = this;
        b->work.data = b.get();
        batch->running++;
        blocks_running_++;
        QueueWork(
            env_->work_port(), &b->work,
            [](uv_work_t* w) { static_cast<DeflateBlock*>(w->data)->Run(); }, BlockDone);
      }
      object_.ClearWeak();  // strong while blocks run
    }
    if (async && MustWait()) {
      pinned_out_ = std::move(out_store);
      write_in_progress_ = true;
      return false;
    }
    ReportResult(false);
    return true;
  }

  // Collects finished output into the write's window; true if the write must
  // still wait: a flush with blocks unfinished, or too many blocks running,
  // and room left in the window.
  bool MustWait() {
    if (!par_->Collect()) Fail("Zlib error", Z_STREAM_ERROR, "Z_STREAM_ERROR");
    size_t n = par_->Drain(next_out_, avail_out_);
    next_out_ += n;
    avail_out_ -= static_cast<uint32_t>(n);
    if (error_ != nullptr || avail_out_ == 0) return false;
    return (flush_ != Z_NO_FLUSH && !par_->Idle()) || blocks_running_ > kParMaxRunning;
  }

  static void BlockDone(uv_work_t* work, int status) {
    DeflateBlock* block = static_cast<DeflateBlock*>(work->data);
    ZlibStream* s = static_cast<ZlibStream*>(block->owner);
    block->batch->running--;
    s->blocks_running_--;
    if (s->orphaned_) {
      if (s->blocks_running_ == 0) delete s;
      return;
    }
    if (s->write_in_progress_ && !s->MustWait()) {
      s->write_in_progress_ = false;
      s->pinned_out_.reset();
      if (!s->env_->exiting()) {
        HandleScope scope(s->env_->isolate());
        Context::Scope context_scope(s->env_->context());
        s->ReportResult(true);
      }
    }
    if (!s->write_in_progress_ && s->blocks_running_ == 0) {
      s->object_.SetWeak(s, OnGC, v8::WeakCallbackType::kParameter);
      if (s->pending_close_) s->FreeState();
    }
  }

  static void Params(const FunctionCallbackInfo<Value>& info) {
    ZlibStream* s = Unwrap(info.This());
    int err = Z_OK;
    if (s->par_) {
      s->level_ = Int32Arg(info, 0);
      s->strategy_ = Int32Arg(info, 1);
      s->par_->SetParams(s->level_, s->strategy_);
    } else if (s->zlib_ready_ && (s->mode_ == DEFLATE || s->mode_ == GZIP || s->mode_ == DEFLATERAW)) {
      s->level_ = Int32Arg(info, 0);
      s->strategy_ = Int32Arg(info, 1);
      err = deflateParams(&s->strm_, s->level_, s->strategy_);
      if (err == Z_BUF_ERROR) err = Z_OK;  // nothing to flush: not a failure
    }
    info.GetReturnValue().Set(err);
  }

  static void Reset(const FunctionCallbackInfo<Value>& info) {
    ZlibStream* s = Unwrap(info.This());
    info.GetReturnValue().Set(s->ResetState());
  }

  static void Close(const FunctionCallbackInfo<Value>& info) {
    ZlibStream* s = Unwrap(info.This());
    if (s->Busy()) {
      s->pending_close_ = true;
      return;
    }
    s->FreeState();
  }

 private:
  // Thread-pool work still points at this stream.
  bool Busy() const { return write_in_progress_ || blocks_running_ > 0; }
  bool IsBrotli() const { return mode_ == BROTLI_DECODE || mode_ == BROTLI_ENCODE; }
  bool IsInflate() const {
    return mode_ == INFLATE || mode_ == GUNZIP || mode_ == INFLATERAW || mode_ == UNZIP;
  }

  int InitZlib() {
    memset(&strm_, 0, sizeof(strm_));
    int wb = window_bits_;
    if (mode_ == GZIP || mode_ == GUNZIP) wb += 16;
    if (mode_ == UNZIP) wb += 32;
    if (mode_ == DEFLATERAW || mode_ == INFLATERAW) wb = -wb;
    int err = IsInflate() ? inflateInit2(&strm_, wb)
                          : deflateInit2(&strm_, level_, Z_DEFLATED, wb, mem_level_, strategy_);
    if (err != Z_OK) return err;
    zlib_ready_ = true;
    return SetInitialDictionary();
  }

  // Deflaters take the dictionary up front; a raw inflater too (it has no
  // header to ask for one); zlib-format inflaters get it on Z_NEED_DICT.
  int SetInitialDictionary() {
    if (dictionary_.empty()) return Z_OK;
    if (mode_ == DEFLATE || mode_ == DEFLATERAW)
      return deflateSetDictionary(&strm_, dictionary_.data(), dictionary_.size());
    if (mode_ == INFLATERAW)
      return inflateSetDictionary(&strm_, dictionary_.data(), dictionary_.size());
    return Z_OK;
  }

  bool InitBrotli() {
    if (mode_ == BROTLI_ENCODE) {
      encoder_ = BrotliEncoderCreateInstance(nullptr, nullptr, nullptr);
      if (encoder_ == nullptr) return false;
      for (int i = 0; i < kBrotliParamCount; i++) {
        if (brotli_params_[i] == kUnsetParam) continue;
        if (!BrotliEncoderSetParameter(encoder_, static_cast<BrotliEncoderParameter>(i),
                                       brotli_params_[i]))
          return false;
      }
      return true;
    }
    decoder_ = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
    if (decoder_ == nullptr) return false;
    for (int i = 0; i < kBrotliParamCount; i++) {  // unknown ones fail
      if (brotli_params_[i] == kUnsetParam) continue;
      if (!BrotliDecoderSetParameter(decoder_, static_cast<BrotliDecoderParameter>(i),
                                     brotli_params_[i]))
        return false;
    }
    return true;
  }

  int ResetState() {
    gzip_magic_seen_ = 0;
    if (IsBrotli()) {
      FreeState();
      return InitBrotli() ? Z_OK : Z_STREAM_ERROR;
    }
    if (par_) {
      if (blocks_running_ > 0) return Z_STREAM_ERROR;  // JS flushes first
      par_->Reset();
    }
    if (!zlib_ready_) return Z_OK;
    int err = IsInflate() ? inflateReset(&strm_) : deflateReset(&strm_);
    if (err != Z_OK) return err;
    return SetInitialDictionary();
  }

  void FreeState() {
    if (zlib_ready_) {
      if (IsInflate()) inflateEnd(&strm_); else deflateEnd(&strm_);
      zlib_ready_ = false;
    }
    par_.reset();
    if (encoder_ != nullptr) BrotliEncoderDestroyInstance(encoder_);
    if (decoder_ != nullptr) BrotliDecoderDestroyInstance(decoder_);
    encoder_ = nullptr;
    decoder_ = nullptr;
  }

  // --- the compression step (JS thread or thread pool) ----------------------
  void DoWrite() {
    error_ = nullptr;
    error_code_.clear();
    if (IsBrotli()) DoBrotli(); else DoZlib();
  }

  void Fail(const char* message, int err, std::string code) {
    error_ = message;
    errno_ = err;
    error_code_ = std::move(code);
  }

  void DoZlib() {
    if (!zlib_ready_) return Fail("zlib binding closed", Z_STREAM_ERROR, "Z_STREAM_ERROR");
    strm_.next_in = const_cast<Bytef*>(next_in_);
    strm_.avail_in = avail_in_;
    strm_.next_out = next_out_;
    strm_.avail_out = avail_out_;
    int err;
    if (!IsInflate()) {
      err = deflate(&strm_, flush_);
    } else {
      NoteGzipMagic();
      err = inflate(&strm_, flush_);
      if (err == Z_NEED_DICT && !dictionary_.empty()) {
        err = inflateSetDictionary(&strm_, dictionary_.data(), dictionary_.size());
        if (err == Z_OK) {
          err = inflate(&strm_, flush_);
        } else if (err == Z_DATA_ERROR) {
          err = Z_NEED_DICT;  // reported as "Bad dictionary"
        }
      }
      // Further gzip members follow: decode them too.
      while (err == Z_STREAM_END && strm_.avail_in > 0 && strm_.next_in[0] != 0 &&
             (mode_ == GUNZIP || (mode_ == UNZIP && gzip_magic_seen_ == 2))) {
        inflateReset(&strm_);
        err = inflate(&strm_, flush_);
      }
    }
    next_in_ = strm_.next_in;
    avail_in_ = strm_.avail_in;
    next_out_ = strm_.next_out;
    avail_out_ = strm_.avail_out;
    switch (err) {
      case Z_OK:
      case Z_STREAM_END:
        return;
      case Z_BUF_ERROR:
        // No progress was possible; only an error when the input ended
        // before the stream did.
        if (IsInflate() && avail_out_ != 0 && flush_ == Z_FINISH)
          Fail("unexpected end of file", Z_BUF_ERROR, "Z_BUF_ERROR");
        return;
      case Z_NEED_DICT:
        Fail(dictionary_.empty() ? "Missing dictionary" : "Bad dictionary", Z_NEED_DICT,
             "Z_NEED_DICT");
        return;
      default:
        Fail(strm_.msg != nullptr ? strm_.msg : "Zlib error", err, ZlibCodeName(err));
    }
  }

  // UNZIP: remember whether the input begins with the gzip magic (1f 8b),
  // which may arrive one byte per write.
  void NoteGzipMagic() {
    if (mode_ != UNZIP || gzip_magic_seen_ < 0 || gzip_magic_seen_ == 2) return;
    static const uint8_t kMagic[2] = {0x1f, 0x8b};
    for (uint32_t i = 0; i < avail_in_ && gzip_magic_seen_ >= 0 && gzip_magic_seen_ < 2; i++)
      gzip_magic_seen_ = next_in_[i] == kMagic[gzip_magic_seen_] ? gzip_magic_seen_ + 1 : -1;
  }

  static std::string ZlibCodeName(int err) {
    switch (err) {
      case Z_NEED_DICT: return "Z_NEED_DICT";
      case Z_ERRNO: return "Z_ERRNO";
      case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
      case Z_DATA_ERROR: return "Z_DATA_ERROR";
      case Z_MEM_ERROR: return "Z_MEM_ERROR";
      case Z_BUF_ERROR: return "Z_BUF_ERROR";
      case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
    }
    return "Z_UNKNOWN";
  }

  void DoBrotli() {
    size_t avail_in = avail_in_, avail_out = avail_out_;
    const uint8_t* next_in = next_in_;
    uint8_t* next_out = next_out_;
    if (mode_ == BROTLI_ENCODE) {
      if (encoder_ == nullptr) return Fail("zlib binding closed", -1, "ERR_ZLIB_BINDING_CLOSED");
      bool ok = BrotliEncoderCompressStream(encoder_, static_cast<BrotliEncoderOperation>(flush_),
                                            &avail_in, &next_in, &avail_out, &next_out, nullptr);
      if (!ok) Fail("Compression failed", -1, "ERR_BROTLI_COMPRESSION_FAILED");
    } else {
      if (decoder_ == nullptr) return Fail("zlib binding closed", -1, "ERR_ZLIB_BINDING_CLOSED");
      BrotliDecoderResult r = BrotliDecoderDecompressStream(decoder_, &avail_in, &next_in,
                                                            &avail_out, &next_out, nullptr);
      if (r == BROTLI_DECODER_RESULT_ERROR) {
        BrotliDecoderErrorCode code = BrotliDecoderGetErrorCode(decoder_);
        Fail("Decompression failed", static_cast<int>(code), BrotliErrorCodeName(code));
      } else if (r == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT &&
                 flush_ == BROTLI_OPERATION_FINISH) {
        Fail("unexpected end of file", Z_BUF_ERROR, "Z_BUF_ERROR");
      }
    }
    next_in_ = next_in;
    avail_in_ = static_cast<uint32_t>(avail_in);
    next_out_ = next_out;
    avail_out_ = static_cast<uint32_t>(avail_out);
  }

  // node's code for a decoder error: "ERR_" and the code's name after
  // BROTLI_DECODER (libbrotli's own BrotliDecoderErrorString differs by version).
  static const char* BrotliErrorCodeName(BrotliDecoderErrorCode code) {
    switch (code) {
#define V(prefix, name, value) \
  case BROTLI_DECODER##prefix##name: return "ERR_" #prefix #name;
      BROTLI_DECODER_ERROR_CODES_LIST(V, )
#undef V
    }
    return "ERR_UNKNOWN";
  }

  static void WorkThread(uv_work_t* work) { static_cast<ZlibStream*>(work->data)->DoWrite(); }

  static void AfterWork(uv_work_t* work, int status) {
    ZlibStream* s = static_cast<ZlibStream*>(work->data);
    s->write_in_progress_ = false;
    if (s->orphaned_) {
      delete s;
      return;
    }
    s->pinned_in_.reset();
    s->pinned_out_.reset();
    s->object_.SetWeak(s, OnGC, v8::WeakCallbackType::kParameter);
    if (s->pending_close_) s->FreeState();
    if (s->env_->exiting()) return;
    HandleScope scope(s->env_->isolate());
    Context::Scope context_scope(s->env_->context());
    s->ReportResult(true);
  }

  // Stores the write state; calls back (async) or reports the error.
  void ReportResult(bool async) {
    Isolate* isolate = env_->isolate();
    Local<Object> obj = object_.Get(isolate);
    if (error_ != nullptr) {
      Local<Value> fn;
      if (!obj->Get(env_->context(), OneByteString(isolate, "onerror")).ToLocal(&fn) ||
          !fn->IsFunction())
        return;
      Local<Value> argv[] = {OneByteString(isolate, error_), Integer::New(isolate, errno_),
                             Utf8String(isolate, error_code_)};
      if (async) {
        env_->MakeCallback(obj, fn.As<Function>(), 3, argv);
      } else {
        // A throw here propagates out of writeSync to the JS caller.
        if (fn.As<Function>()->Call(env_->context(), obj, 3, argv).IsEmpty()) return;
      }
      return;
    }
    write_state_[0] = avail_out_;
    write_state_[1] = avail_in_;
    if (async) env_->MakeCallback(obj, callback_.Get(isolate), 0, nullptr);
  }

  static void OnGC(const v8::WeakCallbackInfo<ZlibStream>& data) {
    ZlibStream* s = data.GetParameter();
    s->object_.Reset();
    delete s;
  }

  Env* env_;
  v8::Global<Object> object_;
  Mode mode_;
  StreamSet* set_;

  // zlib
  z_stream strm_;
  bool zlib_ready_ = false;
  int window_bits_ = 15, level_ = -1, mem_level_ = 8, strategy_ = 0;
  std::vector<uint8_t> dictionary_;
  int gzip_magic_seen_ = 0;  // UNZIP: magic bytes matched so far; -1: not gzip
  // brotli
  BrotliEncoderState* encoder_ = nullptr;
  BrotliDecoderState* decoder_ = nullptr;
  uint32_t brotli_params_[kBrotliParamCount];

  // the current write
  int flush_ = 0;
  const uint8_t* next_in_ = nullptr;
  uint32_t avail_in_ = 0;
  uint8_t* next_out_ = nullptr;
  uint32_t avail_out_ = 0;
  const char* error_ = nullptr;
  int errno_ = 0;
  std::string error_code_;
  std::shared_ptr<BackingStore> pinned_in_, pinned_out_;
  uv_work_t work_;
  bool write_in_progress_ = false;
  bool pending_close_ = false;
  bool orphaned_ = false;  // the Env is gone; delete when the write returns
  bool started_ = false;   // a write has run (the mode is chosen)
  std::unique_ptr<ParallelDeflate> par_;  // parallel mode (async deflaters)
  size_t blocks_running_ = 0;

  uint32_t* write_state_ = nullptr;
  v8::Global<Uint32Array> write_state_array_;
  v8::Global<Function> callback_;
};

// --- one-shot whole buffers (libdeflate) -------------------------------------
//
// oneShot(format, level, input[, callback]) compresses: format 0 zlib, 1 gzip,
// 2 raw deflate. oneShot(3, maxOutputLength, input[, callback]) decompresses a
// gzip stream whose trailer's ISIZE gives the output size. Either returns (or
// calls back with) a Uint8Array, or undefined when libdeflate can't do it:
// then lib/zlib.js takes the zlib path, which also makes node's exact errors
// for bad input (a decompression is only taken when it consumed all input
// into exactly ISIZE bytes, i.e. one member, nothing trailing, no error).
// The output is malloc'd (at the worst-case size when compressing, shrunk in
// place) and handed to V8 as the ArrayBuffer's memory: nothing is copied.
constexpr int kGunzipFormat = 3;  // lib/zlib.js: must match

struct OneShotJob {
  uv_work_t work;
  Env* env;
  int format;
  double level_or_max;
  std::shared_ptr<BackingStore> input_store;
  const uint8_t* in;
  size_t in_len;
  uint8_t* out = nullptr;
  size_t out_len = 0;
  size_t out_cap = 0;  // of `out`, for LargeFree
  v8::Global<Function> callback;
  v8::Global<Value> frame;  // the callback's async context frame

  ~OneShotJob() { LargeFree(out, out_cap); }

  void Run() {
    if (format == kGunzipFormat) Gunzip(); else Compress();
  }

  void Compress() {
    int level = static_cast<int>(level_or_max);
    libdeflate_compressor* c = libdeflate_alloc_compressor(level < 0 ? 6 : level);
    if (c == nullptr) return;
    size_t bound = format == 0   ? libdeflate_zlib_compress_bound(c, in_len)
                   : format == 1 ? libdeflate_gzip_compress_bound(c, in_len)
                                 : libdeflate_deflate_compress_bound(c, in_len);
    out = static_cast<uint8_t*>(LargeAlloc(bound));
    out_cap = bound;
    if (out != nullptr) {
      out_len = format == 0   ? libdeflate_zlib_compress(c, in, in_len, out, bound)
                : format == 1 ? libdeflate_gzip_compress(c, in, in_len, out, bound)
                              : libdeflate_deflate_compress(c, in, in_len, out, bound);
      // libdeflate marks the OS as unknown (255); zlib, so node, as Unix (3).
      if (out_len > 9 && format == 1) out[9] = 3;
      if (out_len == 0) Discard();
      else out = static_cast<uint8_t*>(LargeFit(out, &out_cap, out_len));
    }
    libdeflate_free_compressor(c);
  }

  void Gunzip() {
    if (in_len < 18) return;  // smaller than any gzip member
    uint32_t isize = static_cast<uint32_t>(in[in_len - 4]) |
                     static_cast<uint32_t>(in[in_len - 3]) << 8 |
                     static_cast<uint32_t>(in[in_len - 2]) << 16 |
                     static_cast<uint32_t>(in[in_len - 1]) << 24;
    if (isize > level_or_max) return;  // zlib reports ERR_BUFFER_TOO_LARGE
    // Deflate expands at most ~1032:1: a larger ISIZE is a lie (or several
    // members); don't reserve memory for it.
    if (isize / 1032 > in_len) return;
    libdeflate_decompressor* d = libdeflate_alloc_decompressor();
    if (d == nullptr) return;
    out = static_cast<uint8_t*>(LargeAlloc(isize));
    out_cap = isize;
    size_t used_in = 0;
    if (out != nullptr) {
      libdeflate_result r =
          libdeflate_gzip_decompress_ex(d, in, in_len, out, isize, &used_in, &out_len);
      if (r != LIBDEFLATE_SUCCESS || used_in != in_len || out_len != isize) Discard();
    }
    libdeflate_free_decompressor(d);
  }

  void Discard() {
    LargeFree(out, out_cap);
    out = nullptr;
    out_len = 0;
  }

  // The result as a Uint8Array (ownership of `out` moves to V8), or
  // undefined.
  Local<Value> Result(Isolate* isolate) {
    if (out == nullptr) return v8::Undefined(isolate);
    std::unique_ptr<BackingStore> store = ArrayBuffer::NewBackingStore(
        out, out_len,
        [](void* data, size_t, void* cap) { LargeFree(data, reinterpret_cast<size_t>(cap)); },
        reinterpret_cast<void*>(out_cap));
    out = nullptr;
    Local<ArrayBuffer> ab = ArrayBuffer::New(isolate, std::move(store));
    return Uint8Array::New(ab, 0, out_len);
  }
};

void OneShot(const FunctionCallbackInfo<Value>& info) {
  Env* env = Env::From(info);
  Isolate* isolate = info.GetIsolate();
  auto job = std::make_unique<OneShotJob>();
  job->env = env;
  job->format = Int32Arg(info, 0);
  job->level_or_max = info[1]->NumberValue(env->context()).FromMaybe(0);
  bool async = info[3]->IsFunction();
  Bytes in = ViewBytes(info[2], async);
  job->input_store = std::move(in.store);
  job->in = in.data;
  job->in_len = in.length;
  if (!async) {
    job->Run();
    info.GetReturnValue().Set(job->Result(isolate));
    return;
  }
  job->callback.Reset(isolate, info[3].As<Function>());
  job->env->CaptureAsyncFrame(&job->frame);
  job->work.data = job.get();
  QueueWork(
      env->work_port(), &job->work,
      [](uv_work_t* w) { static_cast<OneShotJob*>(w->data)->Run(); },
      [](uv_work_t* w, int) {
        std::unique_ptr<OneShotJob> job(static_cast<OneShotJob*>(w->data));
        Env* env = job->env;
        if (env->exiting()) return;
        Isolate* isolate = env->isolate();
        HandleScope scope(isolate);
        Context::Scope context_scope(env->context());
        Local<Value> argv[] = {v8::Null(isolate), job->Result(isolate)};
        Local<Function> cb = job->callback.Get(isolate);
        Local<Value> frame = job->frame.Get(isolate);
        job.reset();
        env->MakeCallback(env->context()->Global(), cb, 2, argv, frame);
      });
  job.release();
}

// crc32(data: Uint8Array, value) → the CRC-32 of data continuing from value.
void Crc32(const FunctionCallbackInfo<Value>& info) {
  Bytes data = ViewBytes(info[0], false);
  uint32_t value = Uint32Arg(info, 1);
  uLong crc = value;
  const uint8_t* p = data.data;
  size_t left = data.length;
  while (left > 0) {  // crc32() takes a uInt length
    uInt n = left > (1u << 30) ? (1u << 30) : static_cast<uInt>(left);
    crc = crc32(crc, p, n);
    p += n;
    left -= n;
  }
  info.GetReturnValue().Set(static_cast<uint32_t>(crc));
}

void SetConstants(Local<Context> context, Local<Object> target) {
  Isolate* isolate = context->GetIsolate();
  Local<Object> c = Object::New(isolate);
#define V(name) SetValue(context, c, #name, Integer::New(isolate, name));
  V(Z_NO_FLUSH) V(Z_PARTIAL_FLUSH) V(Z_SYNC_FLUSH) V(Z_FULL_FLUSH) V(Z_FINISH) V(Z_BLOCK)
  V(Z_OK) V(Z_STREAM_END) V(Z_NEED_DICT) V(Z_ERRNO) V(Z_STREAM_ERROR) V(Z_DATA_ERROR)
  V(Z_MEM_ERROR) V(Z_BUF_ERROR) V(Z_VERSION_ERROR)
  V(Z_NO_COMPRESSION) V(Z_BEST_SPEED) V(Z_BEST_COMPRESSION) V(Z_DEFAULT_COMPRESSION)
  V(Z_FILTERED) V(Z_HUFFMAN_ONLY) V(Z_RLE) V(Z_FIXED) V(Z_DEFAULT_STRATEGY) V(ZLIB_VERNUM)
  V(DEFLATE) V(INFLATE) V(GZIP) V(GUNZIP) V(DEFLATERAW) V(INFLATERAW) V(UNZIP)
  V(BROTLI_DECODE) V(BROTLI_ENCODE)
  V(BROTLI_OPERATION_PROCESS) V(BROTLI_OPERATION_FLUSH) V(BROTLI_OPERATION_FINISH)
  V(BROTLI_OPERATION_EMIT_METADATA)
  V(BROTLI_PARAM_MODE) V(BROTLI_MODE_GENERIC) V(BROTLI_MODE_TEXT) V(BROTLI_MODE_FONT)
  V(BROTLI_DEFAULT_MODE) V(BROTLI_PARAM_QUALITY) V(BROTLI_MIN_QUALITY) V(BROTLI_MAX_QUALITY)
  V(BROTLI_DEFAULT_QUALITY) V(BROTLI_PARAM_LGWIN) V(BROTLI_MIN_WINDOW_BITS)
  V(BROTLI_MAX_WINDOW_BITS) V(BROTLI_LARGE_MAX_WINDOW_BITS) V(BROTLI_DEFAULT_WINDOW)
  V(BROTLI_PARAM_LGBLOCK) V(BROTLI_MIN_INPUT_BLOCK_BITS) V(BROTLI_MAX_INPUT_BLOCK_BITS)
  V(BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING) V(BROTLI_PARAM_SIZE_HINT)
  V(BROTLI_PARAM_LARGE_WINDOW) V(BROTLI_PARAM_NPOSTFIX) V(BROTLI_PARAM_NDIRECT)
  V(BROTLI_DECODER_RESULT_ERROR) V(BROTLI_DECODER_RESULT_SUCCESS)
  V(BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) V(BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT)
  V(BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION)
  V(BROTLI_DECODER_PARAM_LARGE_WINDOW)
#undef V
  // node's brotli (1.1) no longer lists FORMAT_BLOCK_SWITCH; neither do we.
#define V(prefix, name, value)                                                      \
  if (strcmp(#name, "BLOCK_SWITCH") != 0)                                           \
    SetValue(context, c, "BROTLI_DECODER" #prefix #name, Integer::New(isolate, value));
  BROTLI_DECODER_ERROR_CODES_LIST(V, )
#undef V
  SetValue(context, target, "constants", c);
}

}  // namespace

EDDY_BINDING(zlib) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  // Streams never collected are freed with the Env.
  auto* set = NewTeardownSet<ZlibStream>(env);
  Local<FunctionTemplate> t =
      FunctionTemplate::New(isolate, ZlibStream::New, v8::External::New(isolate, set));
  t->SetClassName(OneByteString(isolate, "Zlib"));
  t->InstanceTemplate()->SetInternalFieldCount(1);
  auto method = [&](const char* name, v8::FunctionCallback fn) {
    t->PrototypeTemplate()->Set(isolate, name, FunctionTemplate::New(isolate, fn));
  };
  method("init", ZlibStream::Init);
  method("write", ZlibStream::Write<true>);
  method("writeSync", ZlibStream::Write<false>);
  method("params", ZlibStream::Params);
  method("reset", ZlibStream::Reset);
  method("close", ZlibStream::Close);
  SetValue(context, target, "Zlib", t->GetFunction(context).ToLocalChecked());
  SetMethod(context, target, "oneShot", OneShot);
  SetMethod(context, target, "crc32", Crc32);
  SetConstants(context, target);
}

}  // namespace eddy
