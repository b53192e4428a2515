// IDX files the user opens (MNIST, Fashion-MNIST), plain or gzip: decoded
// whole or refused with a message; a decoded array holds exactly the product
// of its dimensions, and pairing it with labels checks counts and ranges.
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <span>

#include "core/vae/idx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kx::core::vae;
  const auto array = decodeIdx(std::span(data, size), "fuzz");
  if (!array) return 0;
  const std::uint64_t count =
      std::accumulate(array->dims.begin(), array->dims.end(), std::uint64_t{1}, std::multiplies<>());
  if (array->dims.empty() || array->data.size() != count) __builtin_trap();
  // The same bytes as labels for themselves: refused unless the shapes and the
  // label range (0-9) fit, never a crash.
  (void)imageSetFromIdx(*array, *array, "images", "labels");
  if (array->dims.size() == 3 && array->dims[1] <= 1024 && array->dims[2] <= 1024) {  // the lab's size limit
    IdxArray labels{{array->dims[0]}, std::vector<std::uint8_t>(array->dims[0], 3)};
    if (!imageSetFromIdx(*array, labels, "images", "labels")) __builtin_trap();  // well-formed pair
  }
  return 0;
}
