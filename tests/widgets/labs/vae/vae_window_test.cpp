// The VAE lab in the main window: a trained model fills every panel (scatter,
// strip, morph, reconstructions, manifold, charts); with VAE+BN every latent
// unit stays active above its floor tau/2 (docs/math.md §5.2), the view that
// shows KL vanishing prevented. KX_SCREENSHOT_DIR saves vae-window.png,
// vae-figure.png, vae-d64.png and vae-d64bn.png.
#include <gtest/gtest.h>

#include <QBarSet>
#include <QProgressBar>
#include <QStackedBarSeries>

#include "tests/widgets/gl_test_support.h"
#include "tests/widgets/labs/vae/vae_test_support.h"
#include "tests/widgets/screenshot_dir.h"
#include "widgets/labs/vae/vae_images.h"
#include "widgets/labs/vae/vae_view.h"
#include "widgets/shell/main_window.h"

namespace kx::widgets {
namespace {

using testing::saveScreenshot;

struct Window {
  std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>();
  VaeLab* lab = nullptr;
  VaeView* view = nullptr;

  Window() {
    window->adoptLab(std::make_unique<VaeLab>());
    lab = static_cast<VaeLab*>(window->currentLab());
    view = window->findChild<VaeView*>();
    window->resize(1400, 900);
    window->show();
  }
};

TEST(VaeWindow, ATrainedModelFillsEveryPanel) {
  KX_REQUIRE_GL_OR_SKIP();
  Window w;
  ASSERT_TRUE(w.view);
  ASSERT_TRUE(QTest::qWaitForWindowExposed(w.window.get()));
  ASSERT_TRUE(w.lab->setValues({{"width", 256}, {"latent", 2}, {"epochs", 8}}, "Hidden width 256, latent 2, 8 epochs"));
  w.lab->run();
  ASSERT_TRUE(vaetest::trainedTo(*w.lab, 8, 600000));
  ASSERT_TRUE(QTest::qWaitFor([&] { return w.lab->interpolation() && !w.lab->decoding(); }, 30000));
  QTest::qWait(300);  // the canvas's and the morph's timers
  EXPECT_FALSE(w.view->strip()->image().isNull());
  EXPECT_FALSE(w.view->morph()->image().isNull());
  EXPECT_FALSE(w.view->reconstructions()->image().isNull());
  EXPECT_FALSE(w.view->manifold()->image().isNull());
  EXPECT_EQ(w.view->epochProgress()->value(), 1000);
  // The strip runs from the decode of A to the decode of B: its two ends differ.
  auto interp = w.lab->interpolation();
  EXPECT_GT((interp->strip.row(0) - interp->strip.row(interp->steps - 1)).cwiseAbs().maxCoeff(), 0.5f);
  saveScreenshot(w.window->grab().toImage(), "vae-window.png");
  QImage figure(1600, 1000, QImage::Format_ARGB32);
  QPainter painter(&figure);
  w.lab->paintFigure(painter, QRectF(0, 0, 1600, 1000), 1.0);
  painter.end();
  saveScreenshot(figure, "vae-figure.png");
}

TEST(VaeWindow, BatchNormKeepsEveryUnitAboveItsFloor) {
  KX_REQUIRE_GL_OR_SKIP();
  for (int bn : {0, 1}) {
    Window w;
    ASSERT_TRUE(QTest::qWaitForWindowExposed(w.window.get()));
    ASSERT_TRUE(
        w.lab->setValues({{"width", 256}, {"latent", 64}, {"epochs", 5}, {"bn", double(bn)}}, "Latent 64, 5 epochs"));
    w.lab->run();
    ASSERT_TRUE(vaetest::trainedTo(*w.lab, 5, 600000));
    QTest::qWait(300);
    const auto& e = w.lab->frame()->train->latest;
    if (bn) {
      // §5.2: with BN on mu, E_x KL_j >= gamma_mu^2 / 2 >= tau / 2 = 0.25 under
      // batch statistics; held-out evaluation uses running statistics, which
      // after 5 epochs match the population's to a few percent: 0.8 x the floor.
      EXPECT_EQ(e.activeUnits, 64);
      for (double k : e.klPerDim) EXPECT_GE(k, 0.8 * 0.25);
      EXPECT_TRUE(w.lab->charts().klPerDim()->title().contains("64 of 64 active"));
      auto* floor = static_cast<QLineSeries*>(w.lab->charts().klPerDim()->series()[1]);
      ASSERT_EQ(floor->count(), 2);
      EXPECT_DOUBLE_EQ(floor->at(0).y(), 0.25);
    }
    auto* bars = static_cast<QStackedBarSeries*>(w.lab->charts().klPerDim()->series()[0]);
    int active = 0;
    for (int j = 0; j < 64; ++j) active += bars->barSets()[0]->at(j) > 0;
    EXPECT_EQ(active, e.activeUnits);  // the blue bars are the active units
    EXPECT_TRUE(w.lab->frame()->projection.pca);
    EXPECT_TRUE(w.view->manifold()->image().isNull());  // a note instead: the latent is not 2D
    saveScreenshot(w.window->grab().toImage(), bn ? "vae-d64bn.png" : "vae-d64.png");
  }
}

}  // namespace
}  // namespace kx::widgets
