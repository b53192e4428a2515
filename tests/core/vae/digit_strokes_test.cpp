// The embedded procedural digits: deterministic for a seed, every class
// present, ink where a digit should be, and labels that match the shapes.
#include "core/vae/digit_strokes.h"

#include <gtest/gtest.h>

#include <cmath>

namespace kx::core::vae {
namespace {

TEST(DigitStrokes, DeterministicForASeed) {
  const ImageSet a = generateDigits(200, 7), b = generateDigits(200, 7), c = generateDigits(200, 8);
  EXPECT_EQ(a.pixels, b.pixels);
  EXPECT_EQ(a.labels, b.labels);
  EXPECT_NE(a.pixels, c.pixels);
  // Image i depends only on (seed, i): a shorter set is a prefix of a longer one.
  const ImageSet prefix = generateDigits(50, 7);
  EXPECT_TRUE(std::equal(prefix.pixels.begin(), prefix.pixels.end(), a.pixels.begin()));
}

TEST(DigitStrokes, EveryClassPresentInEqualShares) {
  const ImageSet set = generateDigits(1000, 3);
  ASSERT_EQ(set.count, 1000);
  ASSERT_EQ(set.rows, 28);
  ASSERT_EQ(set.cols, 28);
  int counts[kClasses] = {};
  for (auto l : set.labels) ++counts[l];
  for (int k = 0; k < kClasses; ++k) EXPECT_EQ(counts[k], 100) << "class " << k;
}

TEST(DigitStrokes, InkInTheMiddleLikeMnist) {
  const ImageSet set = generateDigits(500, 1);
  for (int i = 0; i < set.count; ++i) {
    const std::uint8_t* img = set.image(i);
    double ink = 0, border = 0;
    int full = 0;
    for (int y = 0; y < 28; ++y)
      for (int x = 0; x < 28; ++x) {
        const double v = img[y * 28 + x] / 255.0;
        ink += v;
        if (x < 2 || y < 2 || x >= 26 || y >= 26) border += v;
        full += img[y * 28 + x] == 255;
      }
    // MNIST digits cover ~100 ink-pixels (t10k mean pixel 0.13 x 784); a
    // drawn digit must have strokes (> 25) and not be a blob (< 300), some
    // pixels fully inked, and nothing in the 2-pixel border (the 20-pixel
    // box with at most 1.5 px shift, 5% scale-up and slant stays inside).
    EXPECT_GT(ink, 25) << "image " << i;
    EXPECT_LT(ink, 300) << "image " << i;
    EXPECT_GT(full, 5) << "image " << i;
    EXPECT_LT(border, 3.0) << "image " << i;
  }
}

TEST(DigitStrokes, LabelsMatchTheShapes) {
  // Independent check that the classes are distinct shapes: a nearest
  // class-mean classifier fitted on one seed labels another seed's images
  // far better than chance (10%). Jitter makes a few ambiguous; 80% leaves room.
  const ImageSet train = generateDigits(2000, 11), test = generateDigits(500, 12);
  std::vector<std::vector<double>> means(kClasses, std::vector<double>(784, 0.0));
  for (int i = 0; i < train.count; ++i)
    for (int k = 0; k < 784; ++k) means[train.labels[std::size_t(i)]][std::size_t(k)] += train.image(i)[k] / 200.0;
  int correct = 0;
  for (int i = 0; i < test.count; ++i) {
    int best = -1;
    double bestDistance = 1e300;
    for (int c = 0; c < kClasses; ++c) {
      double d = 0;
      for (int k = 0; k < 784; ++k) d += std::pow(test.image(i)[k] - means[std::size_t(c)][std::size_t(k)], 2);
      if (d < bestDistance) bestDistance = d, best = c;
    }
    correct += best == test.labels[std::size_t(i)];
  }
  EXPECT_GT(correct, 400) << correct << " of 500";
}

}  // namespace
}  // namespace kx::core::vae
