// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// An allocator for the weight tables' large arrays: blocks of 2 MiB or more
// are 2 MiB-aligned and marked for transparent huge pages before first use.
// The tables are read at random (one hash slot and one row per feature), so
// with 4 KiB pages nearly every lookup also misses the TLB; Debian's default
// THP mode ("madvise") gives huge pages only to memory that asks for them.
#ifndef DYAD_TAG_HUGE_PAGE_ALLOCATOR_H_
#define DYAD_TAG_HUGE_PAGE_ALLOCATOR_H_

#include <cstddef>
#include <cstdlib>
#include <new>  // IWYU pragma: keep

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace dyad::internal {

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHugePage = size_t{2} << 20;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>& /*other*/) {}  // NOLINT

  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
    if (bytes < kHugePage) {
      return static_cast<T*>(
          ::operator new (bytes, std::align_val_t{alignof(T)}));
    }
    const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = std::aligned_alloc(kHugePage, rounded);
    if (p == nullptr) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    // A hint (failure costs only speed); DYAD_NO_HUGEPAGES=1 leaves it out,
    // to measure what it gives (docs/performance.md).
    if (std::getenv("DYAD_NO_HUGEPAGES") == nullptr) {
      madvise(p, rounded, MADV_HUGEPAGE);
    }
#endif
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t n) noexcept {
    if (n * sizeof(T) < kHugePage) {
      ::operator delete (p, std::align_val_t{alignof(T)});
    } else {
      std::free(p);
    }
  }
  template <typename U>
  bool operator==(const HugePageAllocator<U>& /*other*/) const {
    return true;
  }
};

}  // namespace dyad::internal

#endif  // DYAD_TAG_HUGE_PAGE_ALLOCATOR_H_
