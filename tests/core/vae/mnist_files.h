#pragma once
// Paths of the real MNIST test set, from the CMake cache variable KX_MNIST_DIR
// (tests/core/vae/CMakeLists.txt looks beside the project first).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace kx::test {

inline std::string mnistImagesPath() { return std::string(KX_MNIST_DIR) + "/t10k-images-idx3-ubyte.gz"; }
inline std::string mnistLabelsPath() { return std::string(KX_MNIST_DIR) + "/t10k-labels-idx1-ubyte.gz"; }

/// True when the environment says the real data must be there (CI on the
/// team's machines sets KX_REQUIRE_MNIST=1 when ../shared exists).
inline bool mnistRequired() {
  const char* v = std::getenv("KX_REQUIRE_MNIST");
  return v && std::string(v) == "1";
}

}  // namespace kx::test

/// The real-data tests need the MNIST files, which are not part of the
/// repository: on a machine without them they are skipped with the reason,
/// unless KX_REQUIRE_MNIST=1 makes that a failure.
#define KX_REQUIRE_MNIST_OR_SKIP()                                                                     \
  do {                                                                                                 \
    if (!std::filesystem::exists(::kx::test::mnistImagesPath())) {                                     \
      if (::kx::test::mnistRequired()) FAIL() << "MNIST is missing from " << KX_MNIST_DIR;             \
      GTEST_SKIP() << "MNIST not found in " << KX_MNIST_DIR << " (configure with -DKX_MNIST_DIR=...)"; \
    }                                                                                                  \
  } while (false)
