// The landscape geometry the worker builds with every frame (issue 6, W7):
// the colour range against its definition (percentiles widened to round
// steps, kept while it fits), and the contours and mesh against what the GUI
// used to compute from the field itself (contourSegments on U = -D).
#include "core/gan/gan_landscape.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/gan/contours.h"
#include "core/gan/gan_job.h"
#include "core/mixture/presets.h"

namespace kx::core::gan {
namespace {

std::vector<float> ramp(int n, float offset) {
  std::vector<float> u(static_cast<std::size_t>(n));
  for (int k = 0; k < n; ++k) u[std::size_t(k)] = offset + float(k);
  return u;
}

TEST(EnergyRange, PercentilesWidenedToRoundSteps) {
  // 0..99: the 2nd and 98th percentiles are 2 and 97 (index n/50 from either
  // end); a fifth of the spread, 19, rounds up to the step 20: [0, 100].
  const EnergyRange r = energyRange(ramp(100, 0));
  EXPECT_FLOAT_EQ(r.lo, 0);
  EXPECT_FLOAT_EQ(r.hi, 100);
  // Shifted by 0.5: 2.5 and 97.5 still round out to [0, 100].
  EXPECT_EQ(energyRange(ramp(100, 0.5f)), r);
  // Order does not matter, and a spike (one value in 100) is ignored.
  std::vector<float> u = ramp(100, 0);
  std::swap(u[3], u[80]);
  u[50] = 1e6f;
  EXPECT_EQ(energyRange(u), r);
}

TEST(EnergyRange, PreviousRangeIsKeptWhileItFits) {
  const EnergyRange previous{-20, 120};
  // 2..97 lies inside [-20, 120] and spans more than half of its 140: kept.
  EXPECT_EQ(energyRange(ramp(100, 0), &previous), previous);
  // 24..123: its 98th percentile, 121, leaves it at the top: a new range
  // from the data, [26, 121] widened to steps of 20.
  const EnergyRange moved = energyRange(ramp(100, 24), &previous);
  EXPECT_FLOAT_EQ(moved.lo, 20);
  EXPECT_FLOAT_EQ(moved.hi, 140);
  // A landscape that flattened to a third (0..33, spread 31.7 < 140 / 2):
  // a new, tighter range, [0.67, 32.3] widened to steps of 10.
  std::vector<float> flat = ramp(100, 0);
  for (float& v : flat) v /= 3;
  const EnergyRange tight = energyRange(flat, &previous);
  EXPECT_FLOAT_EQ(tight.lo, 0);
  EXPECT_FLOAT_EQ(tight.hi, 40);
  // A fresh range is its own fixed point (so the job's ranges are reproducible).
  const EnergyRange fresh = energyRange(ramp(100, 0));
  EXPECT_EQ(energyRange(ramp(100, 0), &fresh), fresh);
}

TEST(EnergyRange, FlatFieldGetsOneRoundUnit) {
  const EnergyRange r = energyRange(std::vector<float>(64, 3.0f));
  EXPECT_LE(r.lo, 3.0f);
  EXPECT_GT(r.hi, 3.0f);
  EXPECT_TRUE(std::isfinite(r.hi - r.lo));
}

// The frame's contours, point for point, are the marching-squares segments
// of its energy at the range's levels, each followed by a break.
void expectContoursOfField(const Landscape& l, int n, const PlaneRect& window) {
  std::vector<float> expected;
  for (double level : contourLevels(l.range.lo, l.range.hi, kContourLevels)) {
    const auto seg = contourSegments(l.energy, n, n, window, level);
    for (std::size_t k = 0; k + 1 < seg.size(); k += 2)
      expected.insert(expected.end(),
                      {float(seg[k].x()), float(seg[k].y()), float(seg[k + 1].x()), float(seg[k + 1].y()), NAN, NAN});
  }
  ASSERT_EQ(l.contours.size(), expected.size());
  ASSERT_FALSE(expected.empty());
  for (std::size_t k = 0; k < expected.size(); ++k) {
    if (std::isnan(expected[k])) {
      EXPECT_TRUE(std::isnan(l.contours[k])) << k;
    } else {
      EXPECT_EQ(l.contours[k], expected[k]) << k;  // the same arithmetic: bit for bit
    }
  }
}

TEST(Landscape, EnergyContoursAndMeshOfAField) {
  const int n = 24;
  const PlaneRect window{-2, 2, -2, 2};
  std::vector<float> critic(std::size_t(n) * n);
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < n; ++i) {
      const double x = window.xMin + (i + 0.5) * window.width() / n, y = window.yMin + (j + 0.5) * window.height() / n;
      critic[std::size_t(j) * n + i] = float(-(x * x + y * y));  // a pit at the origin: U = r^2
    }
  critic[5] = NAN;                // a non-finite critic value shows as energy 0
  nn::Mat<float> mesh(3 * 3, 2);  // a 3 x 3 grid mapped to (column, row)
  for (int i = 0; i < 9; ++i) mesh(i, 0) = float(i % 3), mesh(i, 1) = float(i / 3);
  const Landscape l = buildLandscape(critic, n, window, mesh, 3, 3);
  ASSERT_EQ(l.energy.size(), critic.size());
  EXPECT_EQ(l.energy[0], -critic[0]);
  EXPECT_EQ(l.energy[5], 0.0f);
  EXPECT_EQ(l.range, energyRange(l.energy));
  EXPECT_EQ(l.levels, contourLevels(l.range.lo, l.range.hi, kContourLevels));
  expectContoursOfField(l, n, window);
  // The mesh: rows 0 and 2 (every kMeshLineEvery = 2nd) of 3 points, then
  // columns 0 and 2 of 3 points, each followed by a break.
  static_assert(kMeshLineEvery == 2);
  ASSERT_EQ(l.mesh.size(), std::size_t(4 * 4 * 2));
  EXPECT_EQ(l.mesh[0], 0.0f);          // row 0, column 0: x
  EXPECT_EQ(l.mesh[4], 2.0f);          // row 0, column 2: x
  EXPECT_TRUE(std::isnan(l.mesh[6]));  // end of row 0
  EXPECT_EQ(l.mesh[9], 2.0f);          // row 2: y
  EXPECT_EQ(l.mesh[16 + 2], 0.0f);     // column 0, row 1: x
  EXPECT_EQ(l.mesh[16 + 3], 1.0f);     // column 0, row 1: y
  EXPECT_EQ(l.mesh[24], 2.0f);         // column 2: x
  // A mesh of the wrong shape is left out rather than misread.
  EXPECT_TRUE(buildLandscape(critic, n, window, mesh, 2, 3).mesh.empty());
}

TEST(Landscape, JobFramesCarryTheContoursOfTheirField) {
  GanParams p;
  p.generator = p.discriminator = {2, 32, nn::Activation::Relu};
  p.steps = 60;
  p.frameEvery = 20;
  p.seed = 2;
  GanJob job(p, mixture::ring8());
  int frames = 0;
  std::shared_ptr<const GanFrame> last;
  while (job.runChunk({})) {
    auto f = job.ganFrame();
    if (f == last) continue;
    last = f;
    ++frames;
    const Landscape& l = f->landscape;
    ASSERT_EQ(l.energy.size(), f->critic.size());
    for (std::size_t k = 0; k < l.energy.size(); ++k) ASSERT_EQ(l.energy[k], -f->critic[k]);
    // Rebuilt from the frame's own field, with its range as the previous one (a
    // range is its own fixed point), the geometry is the same.
    const Landscape again =
        buildLandscape(f->critic, f->gridSize, f->window, f->mesh, f->meshRows, f->meshCols, &l.range);
    EXPECT_EQ(again.range, l.range);
    expectContoursOfField(l, f->gridSize, f->window);
    ASSERT_EQ(again.mesh.size(), l.mesh.size());
    const int rows = (f->meshRows + 1) / 2, cols = (f->meshCols + 1) / 2;  // every 2nd line, first and last included
    EXPECT_EQ(std::size_t(rows * (f->meshCols + 1) + cols * (f->meshRows + 1)) * 2, l.mesh.size());
  }
  EXPECT_GE(frames, 3);
}

}  // namespace
}  // namespace kx::core::gan
