// The IDX reader on the real MNIST test files and on every kind of bad file.
#include "core/vae/idx_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>

#include "tests/core/vae/mnist_files.h"

namespace kx::core::vae {
namespace {

using Bytes = std::vector<std::uint8_t>;

Bytes idxBytes(std::vector<std::uint32_t> dims, std::uint8_t type = 0x08) {
  Bytes b = {0, 0, type, std::uint8_t(dims.size())};
  std::size_t total = 1;
  for (auto d : dims) {
    for (int s = 24; s >= 0; s -= 8) b.push_back(std::uint8_t(d >> s));
    total *= d;
  }
  for (std::size_t i = 0; i < total; ++i) b.push_back(std::uint8_t(i % 10));
  return b;
}

Bytes gzipBytes(const Bytes& raw) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  Bytes out(deflateBound(&zs, uLong(raw.size())) + 64);
  zs.next_in = const_cast<Bytef*>(raw.data());
  zs.avail_in = uInt(raw.size());
  zs.next_out = out.data();
  zs.avail_out = uInt(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string writeTemp(const std::string& name, const Bytes& bytes) {
  const auto path = std::filesystem::temp_directory_path() / ("kx_vae_idx_" + name);
  std::ofstream(path, std::ios::binary)
      .write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
  return path.string();
}

void expectError(const Result<IdxArray>& r, const std::string& name, const std::string& fragment) {
  ASSERT_FALSE(r.ok()) << "expected an error containing '" << fragment << "'";
  EXPECT_NE(r.error().find(name), std::string::npos) << r.error();
  EXPECT_NE(r.error().find(fragment), std::string::npos) << r.error();
}

TEST(IdxReader, RealMnistTestSet) {
  KX_REQUIRE_MNIST_OR_SKIP();
  auto set = loadIdxImageSet(test::mnistImagesPath(), test::mnistLabelsPath());
  ASSERT_TRUE(set.ok()) << set.error();
  EXPECT_EQ(set->count, 10000);
  EXPECT_EQ(set->rows, 28);
  EXPECT_EQ(set->cols, 28);
  EXPECT_EQ(set->labels.front(), 7);
  EXPECT_EQ(set->labels[1], 2);
  EXPECT_EQ(set->labels.back(), 6);
  // Checksums computed independently with Python's gzip module:
  // sum(px) and sum((i+1) * px[i]) mod (2^61 - 1) over all pixels.
  std::uint64_t sum = 0;
  const std::uint64_t modulus = (std::uint64_t(1) << 61) - 1;
  std::uint64_t weighted = 0;  // stays < 2^61 + 2^33: no overflow
  for (std::size_t i = 0; i < set->pixels.size(); ++i) {
    sum += set->pixels[i];
    weighted = (weighted + (i + 1) * set->pixels[i]) % modulus;
  }
  EXPECT_EQ(sum, 264923200u);
  EXPECT_EQ(weighted, 1079692235568559ull);
  // Class counts from the same Python check: 980 zeros, 1135 ones, 1009 nines.
  int counts[kClasses] = {};
  for (auto l : set->labels) ++counts[l];
  EXPECT_EQ(counts[0], 980);
  EXPECT_EQ(counts[1], 1135);
  EXPECT_EQ(counts[9], 1009);
}

TEST(IdxReader, PlainAndGzipGiveTheSameArray) {
  const Bytes raw = idxBytes({3, 4, 5});
  auto plain = decodeIdx(raw, "plain");
  auto zipped = decodeIdx(gzipBytes(raw), "zipped");
  ASSERT_TRUE(plain.ok()) << plain.error();
  ASSERT_TRUE(zipped.ok()) << zipped.error();
  EXPECT_EQ(plain->dims, (std::vector<std::uint32_t>{3, 4, 5}));
  EXPECT_EQ(plain->data, zipped->data);
  EXPECT_EQ(plain->data.size(), 60u);
  EXPECT_EQ(plain->data[13], 3);
}

TEST(IdxReader, TruncatedAtEveryStage) {
  const Bytes raw = idxBytes({2, 3, 3});
  for (std::size_t keep : {std::size_t{0}, std::size_t{3}})
    expectError(parseIdx(std::span(raw.data(), keep), "f.idx"), "f.idx", "too short");
  for (std::size_t keep : {std::size_t{4}, std::size_t{9}, std::size_t{15}})
    expectError(parseIdx(std::span(raw.data(), keep), "f.idx"), "f.idx", "truncated inside the header");
  for (std::size_t keep : {std::size_t{16}, std::size_t{20}, raw.size() - 1})
    expectError(parseIdx(std::span(raw.data(), keep), "f.idx"), "f.idx", "truncated: the header declares 18 values");
}

TEST(IdxReader, TruncatedGzipAtSeveralPoints) {
  const Bytes gz = gzipBytes(idxBytes({50, 8, 8}));
  for (std::size_t keep : {gz.size() / 4, gz.size() / 2, gz.size() - 9, gz.size() - 1}) {
    auto r = decodeIdx(std::span(gz.data(), keep), "g.gz");
    expectError(r, "g.gz", "truncated");
  }
}

TEST(IdxReader, CorruptGzip) {
  Bytes gz = gzipBytes(idxBytes({50, 8, 8}));
  Bytes flipped = gz;
  flipped[flipped.size() / 2] ^= 0x5a;  // corrupts the deflate data or its CRC
  expectError(decodeIdx(flipped, "c.gz"), "c.gz", "corrupt gzip");
  Bytes crc = gz;
  crc[crc.size() - 6] ^= 1;  // the CRC32 of the trailer
  expectError(decodeIdx(crc, "crc.gz"), "crc.gz", "corrupt gzip");
  Bytes trailing = gz;
  trailing.push_back(7);
  expectError(decodeIdx(trailing, "t.gz"), "t.gz", "after the end of the gzip stream");
}

TEST(IdxReader, WrongMagicTypeOrDimensions) {
  Bytes magic = idxBytes({4});
  magic[0] = 0x50;  // e.g. a PNG or text file
  expectError(parseIdx(magic, "m"), "m", "not an IDX file");
  expectError(parseIdx(idxBytes({4}, 0x0D), "float.idx"), "float.idx", "type 0x0d is not supported");
  Bytes four = idxBytes({1, 1, 1, 1});
  expectError(parseIdx(four, "4d"), "4d", "declares 4");
  Bytes zeroDims = {0, 0, 8, 0};
  expectError(parseIdx(zeroDims, "0d"), "0d", "declares 0");
  expectError(parseIdx(idxBytes({0, 28, 28}), "empty"), "empty", "dimension 1 is 0");
  Bytes extra = idxBytes({3});
  extra.push_back(1);
  expectError(parseIdx(extra, "x"), "x", "unexpected bytes after the declared data");
  // A header declaring more than the size limit fails before any allocation.
  Bytes huge = {0, 0, 8, 3, 0, 0, 0xff, 0xff, 0, 0, 0xff, 0xff, 0, 0, 0xff, 0xff};
  expectError(parseIdx(huge, "huge"), "huge", "corrupt header");
}

TEST(IdxReader, ImagesAndLabelsMustMatch) {
  auto images = *parseIdx(idxBytes({5, 2, 2}), "img");
  auto labels = *parseIdx(idxBytes({4}), "lab");
  auto r = imageSetFromIdx(images, labels, "img", "lab");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("4 labels do not match the 5 images"), std::string::npos) << r.error();
  auto swapped = imageSetFromIdx(labels, images, "lab", "img");
  ASSERT_FALSE(swapped.ok());
  EXPECT_NE(swapped.error().find("is it a labels file"), std::string::npos) << swapped.error();
  auto wrongLabels = imageSetFromIdx(images, images, "img", "img2");
  ASSERT_FALSE(wrongLabels.ok());
  EXPECT_NE(wrongLabels.error().find("img2: a labels file has 1 dimension"), std::string::npos) << wrongLabels.error();
  IdxArray badLabel = *parseIdx(idxBytes({5}), "lab");
  badLabel.data[3] = 12;
  auto range = imageSetFromIdx(images, badLabel, "img", "lab");
  ASSERT_FALSE(range.ok());
  EXPECT_NE(range.error().find("label 12 of item 3"), std::string::npos) << range.error();
  auto good = imageSetFromIdx(images, *parseIdx(idxBytes({5}), "lab"), "img", "lab");
  ASSERT_TRUE(good.ok()) << good.error();
  EXPECT_EQ(good->count, 5);
  EXPECT_EQ(good->labels[4], 4);
}

TEST(IdxReader, FilesOnDiskNameTheFile) {
  const std::string images = writeTemp("img.gz", gzipBytes(idxBytes({6, 3, 3})));
  const std::string labels = writeTemp("lab", idxBytes({6}));
  auto ok = loadIdxImageSet(images, labels);
  ASSERT_TRUE(ok.ok()) << ok.error();
  EXPECT_EQ(ok->count, 6);

  Bytes cut = gzipBytes(idxBytes({6, 3, 3}));
  cut.resize(cut.size() / 2);
  const std::string truncated = writeTemp("cut.gz", cut);
  auto bad = loadIdxImageSet(truncated, labels);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().find(truncated), std::string::npos) << bad.error();

  const std::string missing = writeTemp("x", {}) + ".missing";
  auto none = loadIdxImageSet(missing, labels);
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.error().find(missing + ": cannot open"), std::string::npos) << none.error();
  auto empty = loadIdxImageSet(writeTemp("empty", {}), labels);
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.error().find("the file is empty"), std::string::npos) << empty.error();
  auto mismatch = loadIdxImageSet(images, writeTemp("lab7", idxBytes({7})));
  ASSERT_FALSE(mismatch.ok());
  EXPECT_NE(mismatch.error().find("7 labels do not match the 6 images"), std::string::npos) << mismatch.error();
}

TEST(IdxReader, ImagesAsMatrixScalesPixels) {
  auto set = imageSetFromIdx(*parseIdx(idxBytes({2, 2, 3}), "i"), *parseIdx(idxBytes({2}), "l"), "i", "l");
  ASSERT_TRUE(set.ok());
  set.value().pixels[7] = 255;
  const auto m = imagesAsMatrix(*set, 1, 1);
  ASSERT_EQ(m.rows(), 1);
  ASSERT_EQ(m.cols(), 6);
  EXPECT_FLOAT_EQ(m(0, 0), 6.0f / 255);  // pixel 6 of the buffer holds 6 % 10
  EXPECT_FLOAT_EQ(m(0, 1), 1.0f);
}

}  // namespace
}  // namespace kx::core::vae
