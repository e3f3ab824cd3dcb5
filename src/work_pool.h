// work_pool.h — eddy's thread pool for blocking work (file system jobs).
//
// Work runs on one of UV_THREADPOOL_SIZE (default 4) shared worker threads
// and completes on the loop thread of the runtime that submitted it, in the
// poll phase, in the order the work finished. Each loop has a WorkPort: an
// eventfd watched by a uv_poll_t, and a list of finished work.
//
// Why not uv_queue_work: Debian's libuv 1.44 signals completions with
// uv_async_send, whose receiving side spins (997 x pause, then a yield)
// while the worker that woke it has not yet left uv_async_send. On a small
// machine the woken loop thread often preempts that worker, and the spin
// was 9% of a loop of sequential fs.read calls here (libuv 1.47+ no longer
// spins). An eventfd written once per completion has nothing to wait for.
#ifndef EDDY_SRC_WORK_POOL_H_
#define EDDY_SRC_WORK_POOL_H_

#include <uv.h>

#include <cstdint>
#include <mutex>

namespace eddy {

class WorkPort;

// A unit of work: Run() on a worker thread, then Done() on the loop thread
// (which usually deletes it). Run() must not touch V8 or the loop.
class PoolWork {
 public:
  virtual ~PoolWork() = default;
  virtual void Run() = 0;
  virtual void Done() = 0;

 private:
  friend class WorkPort;
  friend void WorkerMain();
  PoolWork* next_ = nullptr;
  WorkPort* port_ = nullptr;
};

// One per loop (owned by its Env). Submit and Close on the loop thread only.
class WorkPort {
 public:
  explicit WorkPort(uv_loop_t* loop);
  WorkPort(const WorkPort&) = delete;
  WorkPort& operator=(const WorkPort&) = delete;

  // Queues work; while any is pending the port keeps the loop alive.
  void Submit(PoolWork* work);
  // Stops watching; the port deletes itself once libuv has closed its
  // handle. Only when no work is pending.
  void Close();
  size_t pending() const { return pending_; }

 private:
  friend void WorkerMain();
  ~WorkPort();
  void Finished(PoolWork* work);  // worker thread
  static void OnReadable(uv_poll_t* handle, int status, int events);

  uv_poll_t poll_;
  int efd_ = -1;
  size_t pending_ = 0;  // loop thread only
  std::mutex mutex_;    // guards the finished list
  PoolWork* done_head_ = nullptr;
  PoolWork* done_tail_ = nullptr;
};

// uv_queue_work's shape on eddy's pool: run(req) on a worker, then
// after(req, 0) on the port's loop thread (nothing is ever cancelled).
void QueueWork(WorkPort* port, uv_work_t* req, uv_work_cb run, uv_after_work_cb after);

}  // namespace eddy

#endif  // EDDY_SRC_WORK_POOL_H_
