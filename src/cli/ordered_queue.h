// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// The two pieces of the multi-threaded article runner (RunArticles with
// --threads N): a bounded FIFO queue from the reader to the workers, and a
// reorder window that hands the workers' results to one consumer in the
// order the reader numbered them.
//
//   reader --Reserve()--> seq --BoundedQueue--> worker ... worker
//                                                  |          |
//   consumer <--Take()-- ReorderWindow <--Put(seq)-+----------+
//
// The window also bounds memory: Reserve() blocks while `capacity` numbers
// are issued and not yet taken, so the reader can never run more than
// `capacity` batches ahead of the consumer, however slow one batch is.
#ifndef DYAD_CLI_ORDERED_QUEUE_H_
#define DYAD_CLI_ORDERED_QUEUE_H_

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <utility>

namespace dyad::cli {

// A FIFO queue of at most `capacity` items for any number of producers and
// consumers. Push() blocks while full; Pop() blocks while empty. After
// Close(), Push() refuses new items and Pop() drains what is left, then
// returns nothing.
template <typename T>
class BoundedQueue {
 public:
  explicit BoundedQueue(size_t capacity)
      : capacity_(capacity > 0 ? capacity : 1) {}
  BoundedQueue(const BoundedQueue&) = delete;
  BoundedQueue& operator=(const BoundedQueue&) = delete;

  // False (and `item` is dropped) when the queue is closed.
  bool Push(T item) {
    std::unique_lock lock(mutex_);
    not_full_.wait(lock, [&] { return closed_ || items_.size() < capacity_; });
    if (closed_) return false;
    items_.push_back(std::move(item));
    not_empty_.notify_one();
    return true;
  }

  // The oldest item; nothing once the queue is closed and empty.
  std::optional<T> Pop() {
    std::unique_lock lock(mutex_);
    not_empty_.wait(lock, [&] { return closed_ || !items_.empty(); });
    if (items_.empty()) return std::nullopt;
    T item = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return item;
  }

  void Close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    not_full_.notify_all();
    not_empty_.notify_all();
  }

 private:
  const size_t capacity_;
  std::mutex mutex_;
  std::condition_variable not_full_;
  std::condition_variable not_empty_;
  std::deque<T> items_;
  bool closed_ = false;
};

// Sequence numbers 0, 1, 2, ... issued by one producer, results put back by
// any thread in any order, taken by one consumer in number order.
template <typename T>
class ReorderWindow {
 public:
  explicit ReorderWindow(size_t capacity)
      : capacity_(capacity > 0 ? capacity : 1) {}
  ReorderWindow(const ReorderWindow&) = delete;
  ReorderWindow& operator=(const ReorderWindow&) = delete;

  // The next sequence number. Blocks while `capacity` numbers are issued
  // and not yet taken; nothing after Cancel().
  std::optional<uint64_t> Reserve() {
    std::unique_lock lock(mutex_);
    space_.wait(lock,
                [&] { return cancelled_ || issued_ - taken_ < capacity_; });
    if (cancelled_) return std::nullopt;
    return issued_++;
  }

  // The result for number `seq` (one Reserve() returned it).
  void Put(uint64_t seq, T value) {
    std::lock_guard lock(mutex_);
    ready_.emplace(seq, std::move(value));
    if (seq == taken_) ready_cv_.notify_all();
  }

  // The producer issues no more numbers.
  void Finish() {
    std::lock_guard lock(mutex_);
    finished_ = true;
    ready_cv_.notify_all();
  }

  // The consumer gives up: Reserve() returns nothing from now on.
  void Cancel() {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
    space_.notify_all();
  }

  // The result for the lowest number not yet taken, waiting for it; nothing
  // when the producer finished and every issued number was taken.
  std::optional<T> Take() {
    std::unique_lock lock(mutex_);
    ready_cv_.wait(lock, [&] {
      return ready_.count(taken_) > 0 || (finished_ && taken_ == issued_);
    });
    auto it = ready_.find(taken_);
    if (it == ready_.end()) return std::nullopt;
    T value = std::move(it->second);
    ready_.erase(it);
    ++taken_;
    space_.notify_one();
    return value;
  }

 private:
  const size_t capacity_;
  std::mutex mutex_;
  std::condition_variable space_;
  std::condition_variable ready_cv_;
  std::map<uint64_t, T> ready_;
  uint64_t issued_ = 0;
  uint64_t taken_ = 0;
  bool finished_ = false;
  bool cancelled_ = false;
};

}  // namespace dyad::cli

#endif  // DYAD_CLI_ORDERED_QUEUE_H_
