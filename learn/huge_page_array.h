// Arrays that the tagger's, parser's and recognizer's weight lookups read at random: in 2 MB-aligned
// memory that the kernel is asked to back with huge pages, which spares most TLB misses.
#pragma once

#include <cstddef>
#include <cstring>
#include <type_traits>
#include <utility>

namespace trame::learn {

/// Zeroed memory of at least `bytes` bytes, 2 MB-aligned and advised for huge pages; throws
/// std::bad_alloc. Release it with release_huge_pages and the same `bytes`.
void* allocate_huge_pages(std::size_t bytes);
void release_huge_pages(void* data, std::size_t bytes);

/// A zero-initialised array of `size` trivially copyable values in huge-page memory.
template <class T>
class HugePageArray {
    static_assert(std::is_trivially_copyable<T>::value, "HugePageArray holds plain values");

public:
    HugePageArray() = default;
    explicit HugePageArray(std::size_t size)
        : data_(size ? static_cast<T*>(allocate_huge_pages(size * sizeof(T))) : nullptr), size_(size) {}
    HugePageArray(const HugePageArray& other) : HugePageArray(other.size_) {
        if (size_) std::memcpy(data_, other.data_, size_ * sizeof(T));
    }
    HugePageArray(HugePageArray&& other) noexcept : data_(other.data_), size_(other.size_) {
        other.data_ = nullptr;
        other.size_ = 0;
    }
    HugePageArray& operator=(HugePageArray other) noexcept {
        std::swap(data_, other.data_);
        std::swap(size_, other.size_);
        return *this;
    }
    ~HugePageArray() { release_huge_pages(data_, size_ * sizeof(T)); }

    T* data() { return data_; }
    const T* data() const { return data_; }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    T& operator[](std::size_t i) { return data_[i]; }
    const T& operator[](std::size_t i) const { return data_[i]; }
    /// Same size and the same bytes.
    bool operator==(const HugePageArray& other) const {
        return size_ == other.size_ && (size_ == 0 || std::memcmp(data_, other.data_, size_ * sizeof(T)) == 0);
    }

private:
    T* data_ = nullptr;
    std::size_t size_ = 0;
};

}  // namespace trame::learn
