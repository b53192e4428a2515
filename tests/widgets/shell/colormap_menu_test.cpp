// View > Colormap: the choice flows through ColormapPreference to every
// canvas (GL heatmaps and colourbars, pixels sampled), to exported figures,
// and survives a restart (QSettings in a temporary folder).
#include "widgets/shell/colormap_menu.h"

#include <gtest/gtest.h>

#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include "tests/widgets/canvas/canvas_test_support.h"
#include "tests/widgets/gl_test_support.h"
#include "tests/widgets/shell/temp_settings_test.h"
#include "widgets/canvas/colormap.h"
#include "widgets/canvas/colormap_preference.h"
#include "widgets/canvas/figure_export.h"
#include "widgets/canvas/gl_canvas.h"
#include "widgets/canvas/plot_layout.h"
#include "widgets/shell/main_window.h"
#include "widgets/shell/shell_settings.h"

namespace kx::widgets {
namespace {

using testing::colourDistance;

// Tolerance of a sampled pixel against the table colour, as a sum of the three
// channel differences: the texture and gradient stops interpolate between
// neighbouring table entries (a few units per channel); a wrong map is off by
// far more (the distinctness check below makes sure the test can fail).
constexpr int kTolerance = 15;
constexpr int kDistinct = 60;

class ColormapMenuTest : public testing::TempSettingsTest {
 protected:
  void SetUp() override {
    TempSettingsTest::SetUp();
    ColormapPreference::instance().setColormap(Colormap::Viridis);  // as a fresh process starts
  }
  void TearDown() override { ColormapPreference::instance().setColormap(Colormap::Viridis); }

  static QAction* entry(QWidget& window, Colormap map) {
    auto* menu = window.findChild<QMenu*>("colormapMenu");
    if (!menu) return nullptr;
    for (QAction* action : menu->actions())
      if (action->data().toString() == colormapName(map)) return action;
    return nullptr;
  }

  /// A 64-column ramp from 0 (left) to 1 (right) over the whole view, with a colourbar.
  static std::shared_ptr<PlotScene> rampScene() {
    auto scene = std::make_shared<PlotScene>();
    scene->view = {0, 1, 0, 1};
    scene->heatmaps.push_back(testing::rampHeatmap(scene->view, Colormap::Viridis));
    scene->heatmaps.back().label = "value";
    return scene;
  }

  /// Samples the ramp at cell centres of `plot` and the colourbar `bar` in `image`
  /// and compares with `map`; counts the samples that match.
  static int matchingSamples(const QImage& image, const QRectF& plot, const QRectF& bar, Colormap map, int* total) {
    int matches = 0;
    *total = 0;
    for (int i : {4, 20, 36, 52, 60}) {
      const double v = i / 63.0;
      const QPointF p(plot.left() + (i + 0.5) / 64.0 * plot.width(), plot.center().y());
      matches += colourDistance(image.pixelColor(p.toPoint()), colormapColor(map, v)) < kTolerance;
      const QPointF b(bar.center().x(), bar.bottom() - v * bar.height());
      matches += colourDistance(image.pixelColor(b.toPoint()), colormapColor(map, v)) < kTolerance;
      *total += 2;
    }
    return matches;
  }
};

TEST_F(ColormapMenuTest, OnlyTheDefaultMapFollowsTheChoice) {
  QSignalSpy changed(&ColormapPreference::instance(), &ColormapPreference::changed);
  ColormapPreference::instance().setColormap(Colormap::Magma);
  ColormapPreference::instance().setColormap(Colormap::Magma);  // no change, no signal
  EXPECT_EQ(changed.count(), 1);
  EXPECT_EQ(resolveColormap(Colormap::Viridis), Colormap::Magma);
  // Maps a lab asks for on purpose stay what they are.
  EXPECT_EQ(resolveColormap(Colormap::Gray), Colormap::Gray);
  EXPECT_EQ(resolveColormap(Colormap::Coolwarm), Colormap::Coolwarm);
  // A diverging map is not a sequential choice: refused, nothing changes.
  ColormapPreference::instance().setColormap(Colormap::Coolwarm);
  EXPECT_EQ(ColormapPreference::colormap(), Colormap::Magma);
  EXPECT_EQ(colormapFromName("cividis"), Colormap::Cividis);
  EXPECT_FALSE(colormapFromName("jet").has_value());
}

// Both canvas surfaces: the QOpenGLWidget (GPUs) and the offscreen image
// (software rasterisers, the default here); KX_CANVAS chooses (gl_canvas.h).
class ColormapMenuSurfaceTest : public ColormapMenuTest, public ::testing::WithParamInterface<const char*> {
 protected:
  void SetUp() override {
    ColormapMenuTest::SetUp();
    qputenv("KX_CANVAS", GetParam());
  }
  void TearDown() override {
    qunsetenv("KX_CANVAS");
    ColormapMenuTest::TearDown();
  }
};

/// Counts the paint events a widget receives.
class PaintCounter : public QObject {
 public:
  int count = 0;
  bool eventFilter(QObject*, QEvent* event) override {
    count += event->type() == QEvent::Paint;
    return false;
  }
};

TEST_P(ColormapMenuSurfaceTest, TheMenuRepaintsHeatmapsAndColourbarsLive) {
  KX_REQUIRE_GL_OR_SKIP();
  MainWindow window;
  ASSERT_TRUE(window.selectLab("competition"));
  QWidget host;
  auto* layout = new QVBoxLayout(&host);
  layout->setContentsMargins(0, 0, 0, 0);
  auto* canvas = new GlCanvas(&host);
  layout->addWidget(canvas);
  host.resize(500, 400);
  host.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&host));
  canvas->setScene(rampScene());
  int total = 0;
  auto shows = [&](Colormap map) {
    return QTest::qWaitFor([&] {
      const QImage grab = host.grab().toImage();
      const PlotLayout l = canvas->layout();
      return !l.colorbars.empty() && matchingSamples(grab, l.plot, l.colorbars[0], map, &total) == total;
    });
  };
  ASSERT_TRUE(shows(Colormap::Viridis));
  ASSERT_GT(colourDistance(colormapColor(Colormap::Viridis, 0.3), colormapColor(Colormap::Magma, 0.3)), kDistinct);

  QAction* magma = entry(window, Colormap::Magma);
  ASSERT_NE(magma, nullptr);
  EXPECT_FALSE(magma->isChecked());
  // The window repaints by itself (a grab would repaint it anyway).
  auto* surface = canvas->findChild<QWidget*>(QString(), Qt::FindDirectChildrenOnly);
  ASSERT_NE(surface, nullptr);
  EXPECT_EQ(surface->inherits("QOpenGLWidget"), std::string(GetParam()) == "gl");
  QTest::qWait(100);  // let pending repaints of the first scene pass
  PaintCounter repainted;
  surface->installEventFilter(&repainted);
  magma->trigger();
  EXPECT_TRUE(QTest::qWaitFor([&] { return repainted.count > 0; }, 2000));
  EXPECT_TRUE(magma->isChecked());
  EXPECT_TRUE(entry(window, Colormap::Viridis) && !entry(window, Colormap::Viridis)->isChecked());
  // The same scene object, not a new frame: the choice alone repaints it.
  EXPECT_TRUE(shows(Colormap::Magma));
}

INSTANTIATE_TEST_SUITE_P(Surfaces, ColormapMenuSurfaceTest, ::testing::Values("gl", "image"));

TEST_F(ColormapMenuTest, TheChoiceSurvivesARestartAndNonsenseFallsBack) {
  {
    MainWindow window;
    QAction* cividis = entry(window, Colormap::Cividis);
    ASSERT_NE(cividis, nullptr);
    cividis->trigger();
  }
  EXPECT_EQ(ShellSettings().colormap(), "cividis");
  ColormapPreference::instance().setColormap(Colormap::Viridis);  // a new process starts with the default
  {
    MainWindow window;
    EXPECT_EQ(ColormapPreference::colormap(), Colormap::Cividis);
    QAction* cividis = entry(window, Colormap::Cividis);
    ASSERT_NE(cividis, nullptr);
    EXPECT_TRUE(cividis->isChecked());
  }
  ShellSettings().setColormap("jet");  // hand-edited, or from a newer version
  MainWindow window;
  EXPECT_EQ(ColormapPreference::colormap(), Colormap::Viridis);
}

TEST_F(ColormapMenuTest, ExportedFiguresUseTheChoice) {
  KX_REQUIRE_GL_OR_SKIP();
  const auto scene = rampScene();
  const QSize size(480, 320);
  const PlotLayout l = PlotLayout::compute(QRectF(QPointF(0, 0), QSizeF(size)), *scene, scene->view);
  ASSERT_EQ(l.colorbars.size(), 1u);
  for (Colormap map : {Colormap::Cividis, Colormap::Gray}) {
    ColormapPreference::instance().setColormap(map);
    QString error;
    const QImage image = renderSceneImage(*scene, size, 1.0, &error);
    ASSERT_FALSE(image.isNull()) << error.toStdString();
    int total = 0;
    EXPECT_EQ(matchingSamples(image, l.plot, l.colorbars[0], map, &total), total) << colormapName(map).toStdString();
    EXPECT_EQ(matchingSamples(image, l.plot, l.colorbars[0], Colormap::Viridis, &total), 0);
  }
}

}  // namespace
}  // namespace kx::widgets
