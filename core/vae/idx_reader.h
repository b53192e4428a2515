#pragma once
// Reader of the IDX format of MNIST and Fashion-MNIST (http://yann.lecun.com/exdb/mnist/):
// two zero bytes, a type byte (0x08 = unsigned byte, the only type these data
// sets use), the number of dimensions, one big-endian u32 per dimension, then
// the values. Files may be gzip-compressed (detected by the gzip magic 1f 8b).
//
// Every check is done before anything is returned, so a bad file never leaves
// a half-loaded data set behind; messages name the file and the problem.
// parseIdx and decodeIdx are pure functions of a byte buffer (fuzzable).
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/util/result.h"
#include "core/vae/image_set.h"

namespace kx::core::vae {

/// Largest decompressed file accepted (a gzip bomb must not eat the memory):
/// 256 MB, ~5x the 47 MB of MNIST's training images.
inline constexpr std::size_t kMaxIdxBytes = std::size_t{256} << 20;

struct IdxArray {
  std::vector<std::uint32_t> dims;
  std::vector<std::uint8_t> data;  ///< product(dims) values, row-major
};

/// Parses an uncompressed IDX buffer of unsigned bytes with 1 to 3
/// dimensions. `name` only labels the messages.
Result<IdxArray> parseIdx(std::span<const std::uint8_t> bytes, const std::string& name);

/// Inflates a gzip buffer (whole stream, CRC checked), at most kMaxIdxBytes.
Result<std::vector<std::uint8_t>> gunzip(std::span<const std::uint8_t> bytes, const std::string& name);

/// gunzip when the buffer starts with the gzip magic, then parseIdx.
Result<IdxArray> decodeIdx(std::span<const std::uint8_t> bytes, const std::string& name);

/// The whole file, or why it cannot be read.
Result<std::vector<std::uint8_t>> readFileBytes(const std::string& path);

/// Builds a labelled image set from decoded image (count x rows x cols) and
/// label (count) arrays: dimensions, count match and label range checked.
Result<ImageSet> imageSetFromIdx(const IdxArray& images, const IdxArray& labels, const std::string& imagesName,
                                 const std::string& labelsName);

/// Reads an images file and a labels file (gzip or plain) into one set, all or nothing.
Result<ImageSet> loadIdxImageSet(const std::string& imagesPath, const std::string& labelsPath);

}  // namespace kx::core::vae
