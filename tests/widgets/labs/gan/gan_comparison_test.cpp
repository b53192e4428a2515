// The GAN lab's comparison runs (issue 16) in their window: the loss zoo gives
// a curve per loss with a point per measurement, the optimiser preset's
// summary says what its curves show, closing the window mid-run stops it,
// the figure and CSV export, the texts follow a language switch, and the
// view's Compare menu opens both windows.
// KX_SCREENSHOT_DIR saves gan-compare-losses.png and gan-compare-optimisers.png.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <chrono>

#include "tests/widgets/screenshot_dir.h"
#include "widgets/labs/gan/gan_comparison_dialog.h"
#include "widgets/labs/gan/gan_lab.h"
#include "widgets/labs/gan/gan_view.h"
#include "widgets/shell/language.h"

namespace kx::widgets {
namespace {

using testing::saveScreenshot;

/// Small networks and batches, so that fifteen losses train in about a second.
void makeTiny(GanLab& lab) {
  ASSERT_TRUE(lab.setValues({{"g_depth", 2},
                             {"g_width", 32},
                             {"d_depth", 2},
                             {"d_width", 32},
                             {"g_lr", 1e-3},
                             {"d_lr", 1e-3},
                             {"d_steps", 1},
                             {"batch", 64}},
                            "tiny"));
}

bool finished(GanComparisonDialog& dialog, int timeoutMs = 60000) {
  return QTest::qWaitFor(
      [&] {
        const auto frame = dialog.comparison().frame();
        return !dialog.comparison().running() && frame && frame->trained == dialog.comparison().variants().size();
      },
      timeoutMs);
}

TEST(GanComparison, LossZooGivesACurvePerLossWithAPointPerMeasurement) {
  GanLab lab;
  makeTiny(lab);
  GanComparisonDialog dialog(&lab, ComparisonPreset::Losses, nullptr);
  dialog.show();
  dialog.stepsBox()->setValue(10);  // the box's minimum
  dialog.runButton()->click();
  EXPECT_EQ(dialog.runButton()->text(), "Stop");
  ASSERT_TRUE(finished(dialog));
  const auto& comparison = dialog.comparison();
  const std::size_t losses = core::gan::lossKeys().size();
  ASSERT_EQ(comparison.variants().size(), losses);
  ASSERT_EQ(comparison.frame()->curves.size(), losses);
  ASSERT_EQ(std::size_t(comparison.sw1Chart()->series().size()), losses);
  ASSERT_EQ(std::size_t(comparison.modesChart()->series().size()), losses);
  for (std::size_t k = 0; k < losses; ++k) {
    const auto& curve = comparison.frame()->curves[k];
    // 10 steps measured every max(1, 10 / 50) = 1 step: steps 0..10, unless the loss diverged.
    if (curve.failure.empty()) {
      EXPECT_EQ(curve.step.size(), 11u) << comparison.variants()[k].key;
    }
    auto* modes = static_cast<QLineSeries*>(comparison.modesChart()->series()[int(k)]);
    EXPECT_EQ(std::size_t(modes->count()), curve.step.size());
    EXPECT_EQ(modes->name(), comparison.variantTitle(k));
  }
  EXPECT_EQ(dialog.runButton()->text(), "Run");
  const QString summary = dialog.summaryLabel()->text();
  EXPECT_TRUE(summary.startsWith("At step 10, lowest sliced W1: ")) << summary.toStdString();
  double most = 0;
  for (const auto& c : comparison.frame()->curves)
    if (c.failure.empty()) most = std::max(most, c.modes.back());
  EXPECT_TRUE(summary.contains(QString(" Most modes, %1 of 8: ").arg(most))) << summary.toStdString();
  QTest::qWait(50);  // the summary's new height laid out
  saveScreenshot(dialog.grab().toImage(), "gan-compare-losses.png");

  // The figure and its data, through the lab's export path.
  QTemporaryDir dir;
  const FigureSource figure = comparison.figure();
  for (const QString name : {"c.png", "c.svg", "c.pdf"}) {
    ASSERT_TRUE(exportFigure(figure, dir.filePath(name), QSize(1200, 700))) << name.toStdString();
    EXPECT_GT(QFile(dir.filePath(name)).size(), 5000) << name.toStdString();
  }
  ASSERT_TRUE(exportFigure(figure, dir.filePath("c.csv"), QSize(1200, 700)));
  QFile csv(dir.filePath("c.csv"));
  ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
  const QStringList lines = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
  EXPECT_EQ(lines[0], "variant,step,sliced_w1,modes,target_modes,hq,failure");
  std::size_t rows = 0;
  for (const auto& c : comparison.frame()->curves) rows += c.step.size();
  EXPECT_EQ(std::size_t(lines.size()), rows + 1);
  EXPECT_TRUE(lines[1].startsWith("sgan,0,"));
}

TEST(GanComparison, OptimiserSummaryStatesTheCurvesResults) {
  GanLab lab;
  makeTiny(lab);
  GanComparisonDialog dialog(&lab, ComparisonPreset::Optimisers, nullptr);
  dialog.show();
  dialog.stepsBox()->setValue(20);
  dialog.run();
  ASSERT_TRUE(finished(dialog));
  const auto& comparison = dialog.comparison();
  ASSERT_EQ(comparison.variants().size(), 3u);
  EXPECT_EQ(comparison.sw1Chart()->series().size(), 3);
  const QString summary = dialog.summaryLabel()->text();
  EXPECT_TRUE(summary.startsWith("At step 20: ")) << summary.toStdString();
  for (std::size_t k = 0; k < 3; ++k) {
    const auto& curve = comparison.frame()->curves[k];
    const QString expected =
        curve.failure.empty()
            ? QString("%1 covered %2 of 8 modes").arg(comparison.variantTitle(k)).arg(curve.modes.back())
            : QString("%1 diverged").arg(comparison.variantTitle(k));
    EXPECT_TRUE(summary.contains(expected)) << summary.toStdString() << " lacks " << expected.toStdString();
  }
  const double with = comparison.frame()->curves[0].modes.back(), without = comparison.frame()->curves[1].modes.back();
  const char* verdict = with < without ? "fewer modes" : with > without ? "more modes" : "no difference";
  EXPECT_TRUE(summary.contains(verdict)) << summary.toStdString();
  QTest::qWait(50);
  saveScreenshot(dialog.grab().toImage(), "gan-compare-optimisers.png");

  // A language switch retitles the window, its buttons, charts and summary at once.
  ASSERT_TRUE(installTranslation("zh_CN"));
  QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
  QCoreApplication::processEvents();
  EXPECT_EQ(dialog.windowTitle(), "比较优化器");
  EXPECT_EQ(dialog.runButton()->text(), "运行");
  EXPECT_TRUE(dialog.summaryLabel()->text().startsWith("第 20 步：")) << dialog.summaryLabel()->text().toStdString();
  EXPECT_EQ(comparison.sw1Chart()->title(), "到数据的切片 W1");
  QTest::qWait(50);
  saveScreenshot(dialog.grab().toImage(), "gan-compare-optimisers-zh.png");
  ASSERT_TRUE(installTranslation("en"));
  QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
  QCoreApplication::processEvents();
  EXPECT_EQ(dialog.runButton()->text(), "Run");
}

TEST(GanComparison, ClosingTheWindowMidRunStopsIt) {
  GanLab lab;  // the lab's full default model: minutes of work for fifteen losses
  QPointer<GanComparisonDialog> dialog = new GanComparisonDialog(&lab, ComparisonPreset::Losses, nullptr);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->show();
  dialog->run();
  ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->comparison().frame() != nullptr; }, 20000));
  const auto start = std::chrono::steady_clock::now();
  dialog->close();
  ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.isNull(); }, 5000));  // deleted: its runner cancelled and joined
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

TEST(GanComparison, ViewsCompareMenuOpensOneWindowPerPreset) {
  GanLab lab;
  auto* view = new GanView(&lab, nullptr);
  auto* button = view->findChild<QToolButton*>();
  ASSERT_TRUE(button);
  ASSERT_TRUE(button->menu());
  const auto actions = button->menu()->actions();
  ASSERT_EQ(actions.size(), 2);
  actions[0]->trigger();
  actions[0]->trigger();  // raises the same window
  actions[1]->trigger();
  const auto windows = view->findChildren<GanComparisonDialog*>();
  ASSERT_EQ(windows.size(), 2);
  EXPECT_EQ(windows[0]->comparison().preset(), ComparisonPreset::Losses);
  EXPECT_EQ(windows[1]->comparison().preset(), ComparisonPreset::Optimisers);
  windows[0]->run();
  delete view;  // its windows go with it, the running one stopped first
  SUCCEED();
}

}  // namespace
}  // namespace kx::widgets
