#pragma once
// Saving and loading a model's weights (any parameter group, in order).
//
// Format (little-endian): the magic "KXNNWTS1"; u32 bytes per scalar (4 or 8);
// u32 tensor count; per tensor: u32 name length, the name, u32 rows, u32 cols,
// rows*cols scalars column-major; then a u64 FNV-1a hash of all bytes before it.
// Loading checks everything before touching the model, so a bad file leaves
// the model unchanged.
#include <string>
#include <vector>

#include "core/nn/parameter.h"
#include "core/util/result.h"

namespace kx::core::nn {

template <typename T>
Status saveWeights(const std::string& path, const ParameterGroup<T>& group);

/// Fails with a readable message if the file is missing, empty, truncated,
/// corrupt, of another scalar type, or does not match the group's names and shapes.
template <typename T>
Status loadWeights(const std::string& path, const ParameterGroup<T>& group);

/// loadWeights() on the bytes of a file already read; `source` names it in
/// messages. The parser itself, so it can be fuzzed without files.
template <typename T>
Status readWeights(const std::vector<char>& bytes, const std::string& source, const ParameterGroup<T>& group);

}  // namespace kx::core::nn
