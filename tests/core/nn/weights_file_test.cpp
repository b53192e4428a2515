// Weight files round-trip exactly; every kind of bad file is refused with a
// message and leaves the model as it was.
#include "core/nn/weights_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/nn/mlp.h"

namespace kx::core::nn {
namespace {

namespace fs = std::filesystem;

// ctest runs each test in its own process, in parallel: names carry the test
// and the process id so that no two tests share a file.
std::string tempPath(const std::string& name) {
  const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
  return (fs::path(::testing::TempDir()) / (std::string(test->name()) + "-" + std::to_string(::getpid()) + "-" + name))
      .string();
}

std::string readBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::vector<Mat<float>> snapshot(Mlp<float>& mlp) {
  std::vector<Mat<float>> values;
  for (auto* p : mlp.parameters()) values.push_back(p->value);
  return values;
}

bool sameValues(Mlp<float>& mlp, const std::vector<Mat<float>>& values) {
  const auto params = mlp.parameters();
  for (std::size_t k = 0; k < params.size(); ++k)
    if (params[k]->value.rows() != values[k].rows() || params[k]->value.cols() != values[k].cols() ||
        !(params[k]->value.array() == values[k].array()).all())
      return false;
  return true;
}

class WeightsFile : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(saveWeights(m_path, m_saved.parameters()).ok());
    m_bytes = readBytes(m_path);
  }

  /// Loading `bytes` into a fresh model fails with a message containing `expected` and changes nothing.
  void expectRejected(const std::string& bytes, const std::string& expected) {
    const std::string path = tempPath("bad.kxw");
    writeBytes(path, bytes);
    const auto before = snapshot(m_other);
    const Status status = loadWeights(path, m_other.parameters());
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().find(expected), std::string::npos) << status.error();
    EXPECT_TRUE(sameValues(m_other, before));
  }

  std::mt19937_64 m_rng{1};
  Mlp<float> m_saved{{3, 8, 2}, Activation::Relu, m_rng};
  Mlp<float> m_other{{3, 8, 2}, Activation::Relu, m_rng};  // same shapes, other weights
  std::string m_path = tempPath("mlp.kxw");
  std::string m_bytes;
};

TEST_F(WeightsFile, RoundTripsExactly) {
  ASSERT_FALSE(sameValues(m_other, snapshot(m_saved)));
  const Status status = loadWeights(m_path, m_other.parameters());
  ASSERT_TRUE(status.ok()) << status.error();
  EXPECT_TRUE(sameValues(m_other, snapshot(m_saved)));
}

// Found by fuzz_weights (UBSan): an empty tensor made the reader memcpy zero
// bytes into a null pointer. Empty tensors round-trip like any other.
TEST(WeightsFileEmpty, EmptyTensorsRoundTrip) {
  Parameter<double> empty("empty", Mat<double>(0, 3));
  Parameter<double> one("one", Mat<double>::Constant(1, 1, 2.5));
  const std::string path = tempPath("empty.kxw");
  ASSERT_TRUE(saveWeights(path, ParameterGroup<double>{&empty, &one}).ok());
  Parameter<double> emptyBack("empty", Mat<double>(0, 3));
  Parameter<double> oneBack("one", Mat<double>::Zero(1, 1));
  const Status status = loadWeights(path, ParameterGroup<double>{&emptyBack, &oneBack});
  ASSERT_TRUE(status.ok()) << status.error();
  EXPECT_EQ(oneBack.value(0, 0), 2.5);
}

TEST_F(WeightsFile, RejectsNonexistentFile) {
  const auto before = snapshot(m_other);
  const Status status = loadWeights(tempPath("no_such_file.kxw"), m_other.parameters());
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.error().find("cannot open"), std::string::npos);
  EXPECT_TRUE(sameValues(m_other, before));
}

TEST_F(WeightsFile, RejectsEmptyFile) { expectRejected("", "empty"); }

TEST_F(WeightsFile, RejectsCorruptMagic) {
  std::string bytes = m_bytes;
  bytes[0] = 'X';
  expectRejected(bytes, "bad magic");
}

TEST_F(WeightsFile, RejectsEveryTruncation) {
  // Cut inside the header, a name, a shape, the data and the checksum.
  for (std::size_t keep : {std::size_t(4), std::size_t(12), std::size_t(20), std::size_t(30), m_bytes.size() / 2,
                           m_bytes.size() - 9, m_bytes.size() - 1})
    expectRejected(m_bytes.substr(0, keep), keep < 8 ? "bad magic" : "truncated");
}

TEST_F(WeightsFile, RejectsFlippedDataByte) {
  std::string bytes = m_bytes;
  bytes[bytes.size() / 2] ^= 0x10;
  expectRejected(bytes, "checksum");
}

TEST_F(WeightsFile, RejectsWrongShapes) {
  std::mt19937_64 rng(3);
  Mlp<float> wider({3, 9, 2}, Activation::Relu, rng);
  ASSERT_TRUE(saveWeights(m_path, wider.parameters()).ok());
  expectRejected(readBytes(m_path), "expects 3x8");
}

TEST_F(WeightsFile, RejectsWrongTensorCount) {
  std::mt19937_64 rng(3);
  Mlp<float> deeper({3, 8, 8, 2}, Activation::Relu, rng);
  ASSERT_TRUE(saveWeights(m_path, deeper.parameters()).ok());
  expectRejected(readBytes(m_path), "holds 6 tensors, the model has 4");
}

TEST_F(WeightsFile, RejectsOtherScalarType) {
  std::mt19937_64 rng(1);
  Mlp<double> doubles({3, 8, 2}, Activation::Relu, rng);
  ASSERT_TRUE(saveWeights(m_path, doubles.parameters()).ok());
  expectRejected(readBytes(m_path), "64-bit");
}

}  // namespace
}  // namespace kx::core::nn
