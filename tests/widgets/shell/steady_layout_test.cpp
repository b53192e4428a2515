// Nothing in a lab's toolbar or status line moves the layout as it updates:
// in the GAN lab a growing step counter shrank the parameter dock, so a
// slider moved under the cursor during a drag, and the walk's "(scrubbed)"
// shortened the scrub slider. Each label is driven through the texts it
// shows, up to the largest counts, at the window's smallest supported size.
#include <gtest/gtest.h>

#include <QLabel>
#include <QSlider>
#include <QTest>
#include <functional>
#include <map>

#include "tests/widgets/screenshot_dir.h"
#include "widgets/canvas/gl_canvas.h"
#include "widgets/labs/diffusion/diffusion_view.h"
#include "widgets/labs/gan/gan_view.h"
#include "widgets/labs/vae/vae_view.h"
#include "widgets/labs/walk/walk_view.h"
#include "widgets/shell/main_window.h"

namespace kx::widgets {
namespace {

/// Where every slider and canvas of the window is, in window coordinates.
std::map<QObject*, QRect> placesOf(const MainWindow& window) {
  std::map<QObject*, QRect> places;
  auto add = [&](QWidget* w) {
    if (w->isVisible()) places[w] = QRect(w->mapTo(&window, QPoint(0, 0)), w->size());
  };
  for (QWidget* w : window.findChildren<QSlider*>()) add(w);
  for (QWidget* w : window.findChildren<GlCanvas*>()) add(w);
  return places;
}

struct Case {
  QString lab;
  std::function<QLabel*(MainWindow&)> label;
  QStringList texts;  ///< as the lab writes them, growing
};

QStringList ganTexts() {
  QStringList texts;
  for (long long g = 1; g <= 200000; g *= 10)
    texts << QString("generator step %1 · discriminator step %2").arg(g).arg(10 * g);
  return texts;
}

QStringList walkTexts() {
  QStringList texts;
  for (int n = 1; n <= 10000; n *= 10) texts << QString("%1 of 30000 (computed %1)").arg(n);
  texts << "29999 of 30000 (computed 30000) (scrubbed)";
  return texts;
}

QStringList diffusionTexts() {
  QString text = "8 components · step 1 / 1000 · 1000 score evaluations";
  QStringList texts{text};
  text += " · sliced W₁ 0.1234 · modes 8 / 8 · high quality 99.5%";
  texts << text;
  text += " · log p(x) by the ODE −3.21, exact −3.20";
  texts << text;
  return texts;
}

QStringList vaeTexts() { return {"epoch 1 of 10", "epoch 10 of 10", "epoch 123 of 500", "trained 500 epochs"}; }

TEST(SteadyLayout, StatusTextsGrowingToTheirLargestMoveNoSliderOrCanvas) {
  const std::vector<Case> cases = {
      {"gan", [](MainWindow& w) { return w.findChild<GanView*>()->stepLabel(); }, ganTexts()},
      {"walk", [](MainWindow& w) { return w.findChild<WalkView*>()->stepLabel(); }, walkTexts()},
      {"diffusion", [](MainWindow& w) { return w.findChild<DiffusionView*>()->statusLabel(); }, diffusionTexts()},
      {"vae", [](MainWindow& w) { return w.findChild<VaeView*>()->epochLabel(); }, vaeTexts()},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.lab.toStdString());
    MainWindow window;
    ASSERT_TRUE(window.selectLab(c.lab));
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QLabel* label = c.label(window);
    ASSERT_NE(label, nullptr);
    label->setText(c.texts.front());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const auto before = placesOf(window);
    ASSERT_FALSE(before.empty());
    for (const QString& text : c.texts) {
      label->setText(text);
      QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
      EXPECT_EQ(placesOf(window), before) << text.toStdString();
    }
    testing::saveScreenshot(window.grab().toImage(), "steady-" + c.lab + ".png");
  }
}

// The counters are as wide as their largest values: the GAN's step counts of
// a full run and the walk's step with "(scrubbed)" are never clipped.
TEST(SteadyLayout, CountersShowTheirLargestValuesWhole) {
  MainWindow window;
  window.resize(1280, 800);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  ASSERT_TRUE(window.selectLab("gan"));
  QLabel* gan = window.findChild<GanView*>()->stepLabel();
  gan->setText(ganTexts().back());
  ASSERT_TRUE(window.selectLab("walk"));
  QLabel* walk = window.findChild<WalkView*>()->stepLabel();
  walk->setText(walkTexts().back());
  QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
  for (QLabel* label : {gan, walk})
    EXPECT_GE(label->contentsRect().width(), label->fontMetrics().horizontalAdvance(label->text()))
        << label->text().toStdString();
}

}  // namespace
}  // namespace kx::widgets
