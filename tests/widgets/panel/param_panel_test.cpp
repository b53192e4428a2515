// The parameter panel as a user meets it: choices by their names (not the ids
// --set and sessions use) and sliders that write the digits a parameter means.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QSignalSpy>
#include <QSlider>
#include <cmath>

#include "widgets/lab/lab.h"
#include "widgets/lab/lab_registry.h"
#include "widgets/panel/param_panel.h"

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
  const double scale = std::pow(10.0, spec->decimals);
  for (const auto& args : edited) {
    const double value = args.at(1).toDouble();
    EXPECT_EQ(value, std::round(value * scale) / scale) << value;
    EXPECT_TRUE(schema.validate("h", value)) << value;
  }
}

}  // namespace
}  // namespace kx::widgets
