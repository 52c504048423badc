#include "learn/huge_page_array.h"

#include <cstdint>
#include <new>

#include <sys/mman.h>

namespace trame::learn {

namespace {

constexpr std::size_t kHuge = std::size_t{2} << 20;

std::size_t rounded(std::size_t bytes) { return (bytes + kHuge - 1) / kHuge * kHuge; }

}  // namespace

// Fresh anonymous memory from mmap, never memory the allocator had used with small pages (the
// kernel backs a huge-page region only where it was not touched yet).
void* allocate_huge_pages(std::size_t bytes) {
    const std::size_t size = rounded(bytes);
    void* mapped = mmap(nullptr, size + kHuge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED) throw std::bad_alloc();
    const auto start = reinterpret_cast<std::uintptr_t>(mapped);
    const std::uintptr_t aligned = (start + kHuge - 1) / kHuge * kHuge;
    if (aligned > start) munmap(mapped, aligned - start);
    if (const std::uintptr_t tail = start + size + kHuge - (aligned + size)) munmap(reinterpret_cast<void*>(aligned + size), tail);
    void* data = reinterpret_cast<void*>(aligned);
    madvise(data, size, MADV_HUGEPAGE);  // a hint: without huge pages it only runs slower
    return data;                          // mmap gives zeroed pages
}

void release_huge_pages(void* data, std::size_t bytes) {
    if (data) munmap(data, rounded(bytes));
}

}  // namespace trame::learn
