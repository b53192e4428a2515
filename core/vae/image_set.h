#pragma once
// A labelled set of greyscale images (MNIST-like: 8-bit pixels, labels 0..9),
// the data every part of the VAE lab reads: the IDX reader (idx_reader.h) and
// the embedded procedural digits (digit_strokes.h) both produce one.
#include <cstdint>
#include <string>
#include <vector>

#include "core/nn/parameter.h"

namespace kx::core::vae {

inline constexpr int kClasses = 10;

struct ImageSet {
  std::string name;  ///< where it came from, for the user
  int count = 0;
  int rows = 0;
  int cols = 0;
  std::vector<std::uint8_t> pixels;  ///< count x rows x cols, row-major, 0 = background
  std::vector<std::uint8_t> labels;  ///< count entries, each < kClasses

  int pixelsPerImage() const { return rows * cols; }
  const std::uint8_t* image(int i) const { return pixels.data() + std::size_t(i) * std::size_t(pixelsPerImage()); }
};

/// Images [begin, begin + n) as an n x (rows * cols) matrix of pixels / 255
/// (batch x features, the layout of core/nn).
nn::Mat<float> imagesAsMatrix(const ImageSet& set, int begin, int n);
/// The images with the given indices, in that order, as imagesAsMatrix.
nn::Mat<float> imagesAsMatrix(const ImageSet& set, const std::vector<int>& indices);

}  // namespace kx::core::vae
