// The GAN view's f/g tab (issue 16, docs/math.md §4.10, §4.11): its curves are
// the conjugate table's f and g, it follows the lab's f-GAN loss, and every
// "Designing GANs" d(r) is smallest at r = 1.
#include "widgets/labs/gan/f_divergence_panel.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QTest>
#include <algorithm>

#include "core/gan/gan_losses.h"
#include "tests/widgets/screenshot_dir.h"
#include "widgets/labs/gan/gan_lab.h"

namespace kx::widgets {
namespace {

using core::gan::FDivergence;

TEST(FDivergencePanel, CurvesAreTheConjugateTablesFAndG) {
  GanLab lab;
  FDivergencePanel panel(&lab, nullptr);
  for (FDivergence kind : core::gan::kFDivergences) {
    panel.setDivergence(kind);
    const auto& pair = core::gan::conjugatePair(kind);
    const auto f = panel.fSeries()->points(), g = panel.gSeries()->points();
    ASSERT_GT(f.size(), 100);
    ASSERT_EQ(g.size(), f.size());
    for (const qsizetype i : {qsizetype(0), f.size() / 3, f.size() / 2, f.size() - 1}) {
      EXPECT_DOUBLE_EQ(f[i].y(), pair.f(f[i].x())) << pair.title;
      EXPECT_DOUBLE_EQ(g[i].y(), pair.conjugate(g[i].x())) << pair.title;
      // g is drawn inside its domain, over the critic values t = f'(u) of the u drawn.
      EXPECT_GE(g[i].x(), std::max(pair.tMin, pair.fPrime(f.front().x()) - 1e-12)) << pair.title;
      EXPECT_LE(g[i].x(), std::min(pair.tMax, pair.fPrime(f.back().x()) + 1e-12)) << pair.title;
    }
    EXPECT_DOUBLE_EQ(f[f.size() / 2].x(), 1.0);  // u = 1 is drawn, where f(1) = 0
    EXPECT_NEAR(f[f.size() / 2].y(), 0.0, 1e-15) << pair.title;
  }
}

TEST(FDivergencePanel, FollowsTheLabsFganLoss) {
  GanLab lab;
  FDivergencePanel panel(&lab, nullptr);
  const auto& keys = core::gan::lossKeys();
  const int kl = int(std::find(keys.begin(), keys.end(), "fgan_kl") - keys.begin());
  ASSERT_TRUE(lab.setValues({{"loss", kl}}, "kl"));
  EXPECT_EQ(panel.divergence(), FDivergence::Kl);
  ASSERT_TRUE(lab.setValues({{"loss", 0}}, "sgan"));  // not an f-GAN: the panel keeps its choice
  EXPECT_EQ(panel.divergence(), FDivergence::Kl);
}

TEST(FDivergencePanel, EveryDesignedDIsSmallestAtOne) {
  GanLab lab;
  FDivergencePanel panel(&lab, nullptr);
  const auto& designs = core::gan::designedGans();
  ASSERT_EQ(panel.dSeries().size(), designs.size());
  for (std::size_t k = 0; k < designs.size(); ++k) {
    const auto points = panel.dSeries()[k]->points();
    const auto lowest = std::min_element(points.begin(), points.end(), [](auto a, auto b) { return a.y() < b.y(); });
    EXPECT_DOUBLE_EQ(lowest->x(), 1.0) << designs[k].title;
    EXPECT_DOUBLE_EQ(lowest->y(), designs[k].d(1.0)) << designs[k].title;
  }
  panel.resize(1100, 420);
  panel.show();
  QTest::qWait(100);  // the ticks follow the laid-out size
  testing::saveScreenshot(panel.grab().toImage(), "gan-f-and-g.png");
}

}  // namespace
}  // namespace kx::widgets
