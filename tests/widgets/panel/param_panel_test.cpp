// The parameter panel as a user meets it: choices by their names (not the ids
// --set and sessions use), sliders that write the digits a parameter means,
// and the whole panel visible at 1280 x 800 in every language (KX_SCREENSHOT_DIR
// saves window-<lab>-<language>.png).
#include <gtest/gtest.h>

#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <cmath>

#include "tests/widgets/screenshot_dir.h"
#include "widgets/lab/lab.h"
#include "widgets/lab/lab_registry.h"
#include "widgets/panel/param_panel.h"
#include "widgets/shell/language.h"
#include "widgets/shell/main_window.h"
#include "widgets/worker/job_runner.h"

namespace kx::widgets {
namespace {

/// The panel's widget of type W for parameter `key` (its tooltip names the key).
template <typename W>
W* widgetFor(ParamPanel& panel, const std::string& key) {
  const QString code = "<code>" + QString::fromStdString(key) + "</code>";
  for (W* w : panel.findChildren<W*>())
    if (w->toolTip().contains(code)) return w;
  return nullptr;
}

// The English interface showed ids: "dopri", "cauchy1d", "ode_heun", "ring8", "relu", "torch".
TEST(ParamPanel, EveryChoiceIsShownByANameThatIsNotItsId) {
  int choices = 0;
  for (const auto& entry : labRegistry()) {
    const auto lab = entry.create();
    const auto& schema = lab->description().schema;
    ParamPanel panel(schema);
    for (const auto& spec : schema.specs()) {
      if (spec.kind != core::ParamKind::Choice) continue;
      ASSERT_EQ(spec.choiceNames.size(), spec.choices.size()) << spec.key;
      auto* combo = widgetFor<QComboBox>(panel, spec.key);
      ASSERT_NE(combo, nullptr) << spec.key;
      ASSERT_EQ(combo->count(), int(spec.choices.size())) << spec.key;
      for (int i = 0; i < combo->count(); ++i, ++choices) {
        const std::string& id = spec.choices[std::size_t(i)];
        EXPECT_EQ(combo->itemText(i).toStdString(), spec.choiceNames[std::size_t(i)]) << spec.key;
        EXPECT_NE(combo->itemText(i).toStdString(), id) << spec.key;
      }
    }
  }
  EXPECT_GT(choices, 40);
}

// A log slider's positions have values like 0.0045730...: what it writes is
// rounded to the parameter's decimals.
TEST(ParamPanel, ASliderDragWritesValuesRoundedToTheParametersDecimals) {
  const auto lab = createLab("competition");
  const auto& schema = lab->description().schema;
  const core::ParamSpec* spec = schema.find("h");
  ASSERT_TRUE(spec && spec->logScale);
  ParamPanel panel(schema);
  auto* slider = widgetFor<QSlider>(panel, "h");
  ASSERT_NE(slider, nullptr);
  QSignalSpy edited(&panel, &ParamPanel::valueEdited);
  slider->setSliderDown(true);  // as while the user drags
  for (int position : {173, 331, 577, 902}) slider->setSliderPosition(position);
  slider->setSliderDown(false);
  ASSERT_EQ(edited.size(), 4);
  // One undo step per drag: its first value starts it, the rest continue it.
  for (int k = 0; k < 4; ++k) EXPECT_EQ(edited.at(k).at(2).toBool(), k > 0) << k;
  const double scale = std::pow(10.0, spec->decimals);
  for (const auto& args : edited) {
    const double value = args.at(1).toDouble();
    EXPECT_EQ(value, std::round(value * scale) / scale) << value;
    EXPECT_TRUE(schema.validate("h", value)) << value;
  }
}

// At the default size the GAN and diffusion panels scrolled sideways: the
// scroll bar hid the spin arrows and the reset buttons. Long labels wrap.
TEST(ParamPanel, EveryLabsPanelFitsItsDockAt1280x800InEveryLanguage) {
  for (const auto& language : availableLanguages()) {
    ASSERT_TRUE(installTranslation(language.code));
    for (const auto& entry : labRegistry()) {
      SCOPED_TRACE((entry.id + " " + language.code).toStdString());
      MainWindow window;
      ASSERT_TRUE(window.selectLab(entry.id));
      window.resize(1280, 800);
      window.show();
      ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
      // Labs that compute on opening show their charts and legends when done (the others wait paused).
      const JobRunner& runner = window.currentLab()->runner();
      ASSERT_TRUE(QTest::qWaitFor([&] { return !runner.busy() || runner.paused(); }, 30000));
      auto* area = window.findChild<QScrollArea*>("parameterArea");
      ASSERT_NE(area, nullptr);
      QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
      EXPECT_EQ(window.width(), 1280) << "the lab needs a wider window";
      EXPECT_FALSE(area->horizontalScrollBar()->isVisible());
      EXPECT_LE(area->widget()->width(), area->viewport()->width());
      testing::saveScreenshot(window.grab().toImage(), "window-" + entry.id + "-" + language.code + ".png");
    }
  }
  installTranslation("en");
}

}  // namespace
}  // namespace kx::widgets
