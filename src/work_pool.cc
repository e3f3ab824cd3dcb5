// See work_pool.h.
#include "work_pool.h"

#include <pthread.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <condition_variable>
#include <cstdlib>
#include <thread>

namespace eddy {
namespace {

// The shared queue of work waiting for a worker. It and its threads live as
// long as the process (like libuv's pool), so nothing here is torn down.
//
// Waking a worker is a futex syscall (and often an IPI). A burst of work
// submitted in one JS turn (10k fs.promises.stat calls) would pay it once
// per item, on the loop thread. Instead at most one wake-up is in flight:
// the loop thread wakes a worker only when none is already on its way, and
// each worker that takes work from a queue with more in it wakes the next
// one, so the wake-ups happen on the workers, in parallel with the loop.
struct Pool {
  std::mutex mutex;
  std::condition_variable ready;
  PoolWork* head = nullptr;
  PoolWork* tail = nullptr;
  int idle = 0;         // workers waiting on `ready`
  bool waking = false;  // a worker was signalled and has not yet woken
};

// Under pool->mutex: whether the caller should signal `ready` (after
// unlocking). Claims the one wake-up in flight if it does.
bool ShouldWake(Pool* pool) {
  if (pool->head == nullptr || pool->idle == 0 || pool->waking) return false;
  pool->waking = true;
  return true;
}

int PoolSize() {
  // UV_THREADPOOL_SIZE, as libuv reads it: 1..1024, default 4.
  const char* v = getenv("UV_THREADPOOL_SIZE");
  int n = v != nullptr ? atoi(v) : 4;
  if (n < 1) n = 1;
  if (n > 1024) n = 1024;
  return n;
}

}  // namespace

Pool* GetPool();

void WorkerMain() {
  Pool* pool = GetPool();
  for (;;) {
    PoolWork* work;
    bool wake;
    {
      std::unique_lock<std::mutex> lock(pool->mutex);
      while (pool->head == nullptr) {
        pool->idle++;
        pool->ready.wait(lock);
        pool->idle--;
        // Woken by a signal or spuriously: either way the wake-up in
        // flight (if any) has landed on a running thread now.
        pool->waking = false;
      }
      work = pool->head;
      pool->head = work->next_;
      if (pool->head == nullptr) pool->tail = nullptr;
      wake = ShouldWake(pool);
    }
    if (wake) pool->ready.notify_one();
    work->next_ = nullptr;
    work->Run();
    work->port_->Finished(work);
  }
}

Pool* GetPool() {
  static Pool* pool = [] {
    Pool* p = new Pool();
    int n = PoolSize();
    // Workers start with every signal blocked (as libuv's do): signals are
    // the loop thread's to take, and a syscall here should not see EINTR.
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    for (int i = 0; i < n; i++) std::thread(WorkerMain).detach();
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
    return p;
  }();
  return pool;
}

WorkPort::WorkPort(uv_loop_t* loop) {
  efd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  uv_poll_init(loop, &poll_, efd_);
  poll_.data = this;
  uv_poll_start(&poll_, UV_READABLE, OnReadable);
  uv_unref(reinterpret_cast<uv_handle_t*>(&poll_));
}

WorkPort::~WorkPort() {
  if (efd_ >= 0) close(efd_);
}

void WorkPort::Submit(PoolWork* work) {
  work->port_ = this;
  if (pending_++ == 0) uv_ref(reinterpret_cast<uv_handle_t*>(&poll_));
  Pool* pool = GetPool();
  bool wake;
  {
    std::lock_guard<std::mutex> lock(pool->mutex);
    if (pool->tail != nullptr) {
      pool->tail->next_ = work;
    } else {
      pool->head = work;
    }
    pool->tail = work;
    wake = ShouldWake(pool);
  }
  if (wake) pool->ready.notify_one();
}

void WorkPort::Finished(PoolWork* work) {
  // All under the lock: once the loop thread has taken this work (and may
  // then close the port), this thread must not touch the port again.
  std::lock_guard<std::mutex> lock(mutex_);
  if (done_tail_ != nullptr) {
    // The loop thread has yet to take the list, and the write that made it
    // non-empty will wake it: nothing more to signal.
    done_tail_->next_ = work;
    done_tail_ = work;
    return;
  }
  done_head_ = done_tail_ = work;
  uint64_t one = 1;
  ssize_t n;
  do {
    n = write(efd_, &one, sizeof(one));
  } while (n < 0 && errno == EINTR);
}

void WorkPort::OnReadable(uv_poll_t* handle, int status, int events) {
  WorkPort* port = static_cast<WorkPort*>(handle->data);
  uint64_t count;
  while (read(port->efd_, &count, sizeof(count)) < 0 && errno == EINTR) {
  }
  PoolWork* work;
  {
    std::lock_guard<std::mutex> lock(port->mutex_);
    work = port->done_head_;
    port->done_head_ = port->done_tail_ = nullptr;
  }
  while (work != nullptr) {
    PoolWork* next = work->next_;
    work->next_ = nullptr;
    if (--port->pending_ == 0) uv_unref(reinterpret_cast<uv_handle_t*>(&port->poll_));
    work->Done();
    work = next;
  }
}

namespace {
class UvWork : public PoolWork {
 public:
  UvWork(uv_work_t* req, uv_work_cb run, uv_after_work_cb after)
      : req_(req), run_(run), after_(after) {}
  void Run() override { run_(req_); }
  void Done() override {
    uv_work_t* req = req_;
    uv_after_work_cb after = after_;
    delete this;
    after(req, 0);
  }

 private:
  uv_work_t* req_;
  uv_work_cb run_;
  uv_after_work_cb after_;
};
}  // namespace

void QueueWork(WorkPort* port, uv_work_t* req, uv_work_cb run, uv_after_work_cb after) {
  port->Submit(new UvWork(req, run, after));
}

void WorkPort::Close() {
  uv_poll_stop(&poll_);
  uv_close(reinterpret_cast<uv_handle_t*>(&poll_), [](uv_handle_t* h) {
    delete static_cast<WorkPort*>(h->data);
  });
}

}  // namespace eddy
