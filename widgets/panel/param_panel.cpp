#include "widgets/panel/param_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <algorithm>
#include <cmath>
#include <utility>

#include "widgets/panel/number_spin_box.h"
#include "widgets/panel/schema_text.h"

namespace kx::widgets {
namespace {

constexpr int kSliderSteps = 1000;

// Slider position <-> value, linear or logarithmic over the spec's range. A
// position's exact value ("0.0045730...") has more digits than the parameter
// means: it is rounded to the spec's decimals, within the range.
double sliderToValue(const core::ParamSpec& s, int position) {
  const double f = position / double(kSliderSteps);
  const double exact = s.logScale ? s.min * std::pow(s.max / s.min, f) : s.min + f * (s.max - s.min);
  const double scale = std::pow(10.0, s.decimals);
  return std::clamp(std::round(exact * scale) / scale, s.min, s.max);
}

int valueToSlider(const core::ParamSpec& s, double value) {
  const double f = s.logScale ? std::log(value / s.min) / std::log(s.max / s.min) : (value - s.min) / (s.max - s.min);
  return static_cast<int>(std::lround(std::clamp(f, 0.0, 1.0) * kSliderSteps));
}

}  // namespace

ParamPanel::ParamPanel(const core::ParamSchema& schema, QWidget* parent) : QWidget(parent), m_schema(schema) {
  auto* grid = new QGridLayout(this);
  grid->setColumnStretch(1, 1);
  int row = 0;
  for (const auto& spec : schema.specs()) addRow(spec, row++);
  grid->setRowStretch(row, 1);
}

QString ParamPanel::tooltip(const core::ParamSpec& spec) const {
  QString text = "<b>" + schemaText(spec.label) + "</b> (<code>" + QString::fromStdString(spec.key) + "</code>)<br>" +
                 schemaText(spec.description);
  if (!spec.unit.empty()) text += "<br>" + tr("Unit: %1").arg(QString::fromStdString(spec.unit));
  if (spec.kind == core::ParamKind::Real || spec.kind == core::ParamKind::Integer)
    text += "<br>" +
            (spec.logScale ? tr("Range: %1 to %2 (log scale)") : tr("Range: %1 to %2")).arg(spec.min).arg(spec.max);
  text += "<br>" + tr("Default: %1").arg(displayedValue(spec, spec.defaultValue));
  // The panel shows choices by name; sessions and --set use their ids.
  if (spec.kind == core::ParamKind::Choice) {
    QStringList ids;
    for (const auto& id : spec.choices) ids << "<code>" + QString::fromStdString(id) + "</code>";
    text += "<br>" + tr("Values for --set: %1").arg(ids.join(", "));
  }
  return text;
}

QString ParamPanel::displayedValue(const core::ParamSpec& spec, double value) const {
  // Choices by their translated names, as in the combo box; the rest as the schema formats them.
  if (spec.kind == core::ParamKind::Toggle) return value != 0 ? tr("on") : tr("off");
  return schemaValueText(m_schema, spec.key, value);
}

void ParamPanel::texts(std::function<void()> apply) {
  apply();
  m_texts.push_back(std::move(apply));
}

void ParamPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    for (const auto& apply : m_texts) apply();
  QWidget::changeEvent(event);
}

void ParamPanel::sliderEdited(const QSlider* slider, const std::string& key, double value) {
  // A drag is one undo step (ParamChangeCommand): its first value starts it,
  // the rest continue it; a typed value, an arrow key or a click stands alone.
  emit valueEdited(key, value, slider->isSliderDown() && std::exchange(m_dragStarted, true));
}

void ParamPanel::addRow(const core::ParamSpec& spec, int row) {
  auto* grid = static_cast<QGridLayout*>(layout());
  // The panel must fit its dock at 1280 x 800 in every language: a long label
  // wraps rather than push the value boxes and reset buttons out of sight.
  auto* label = new QLabel(this);
  label->setWordWrap(true);
  grid->addWidget(label, row, 0);
  auto* reset = new QToolButton(this);
  reset->setText("↺");
  reset->setAutoRaise(true);
  texts([this, label, reset, spec] {
    label->setText(schemaText(spec.label));
    label->setToolTip(tooltip(spec));
    reset->setToolTip(tr("Reset %1 to %2").arg(schemaText(spec.label), displayedValue(spec, spec.defaultValue)));
    reset->setAccessibleName(reset->toolTip());
  });
  grid->addWidget(reset, row, 3);
  const std::string key = spec.key;
  connect(reset, &QToolButton::clicked, this, [this, key, d = spec.defaultValue] { emit valueEdited(key, d, false); });

  if (spec.kind == core::ParamKind::Choice) {
    auto* combo = new QComboBox(this);
    // A long choice name is elided in the box (whole in its list), not a wider panel.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    for (std::size_t i = 0; i < spec.choices.size(); ++i) combo->addItem(QString());
    texts([this, combo, spec] {
      for (int i = 0; i < combo->count(); ++i) combo->setItemText(i, schemaValueText(m_schema, spec.key, i));
      combo->setToolTip(tooltip(spec));
    });
    grid->addWidget(combo, row, 1, 1, 2);
    connect(combo, &QComboBox::activated, this, [this, key](int index) { emit valueEdited(key, index, false); });
    m_setters[key] = [combo](double v) { combo->setCurrentIndex(static_cast<int>(v)); };
    return;
  }
  if (spec.kind == core::ParamKind::Toggle) {
    auto* check = new QCheckBox(this);
    texts([this, check, spec] { check->setToolTip(tooltip(spec)); });
    grid->addWidget(check, row, 1, 1, 2);
    connect(check, &QCheckBox::clicked, this, [this, key](bool on) { emit valueEdited(key, on ? 1 : 0, false); });
    m_setters[key] = [check](double v) { check->setChecked(v != 0); };
    return;
  }

  auto* slider = new QSlider(Qt::Horizontal, this);
  texts([this, slider, spec] { slider->setToolTip(tooltip(spec)); });
  slider->setMinimumWidth(110);
  connect(slider, &QSlider::sliderPressed, this, [this] { m_dragStarted = false; });
  grid->addWidget(slider, row, 1);
  if (spec.kind == core::ParamKind::Integer) {
    auto* spin = new QSpinBox(this);
    spin->setRange(static_cast<int>(spec.min), static_cast<int>(spec.max));
    spin->setKeyboardTracking(false);
    texts([this, spin, spec] { spin->setToolTip(tooltip(spec)); });
    slider->setRange(static_cast<int>(spec.min), static_cast<int>(spec.max));
    grid->addWidget(spin, row, 2);
    connect(slider, &QSlider::valueChanged, this, [this, slider, key](int v) { sliderEdited(slider, key, v); });
    connect(spin, &QSpinBox::valueChanged, this, [this, key](int v) { emit valueEdited(key, v, false); });
    m_setters[key] = [slider, spin](double v) {
      const QSignalBlocker b1(slider), b2(spin);
      slider->setValue(static_cast<int>(v));
      spin->setValue(static_cast<int>(v));
    };
    return;
  }
  auto* spin = new NumberSpinBox(spec.logScale, this);
  spin->setRange(spec.min, spec.max);
  texts([this, spin, spec] { spin->setToolTip(tooltip(spec)); });
  spin->setMinimumWidth(90);
  slider->setRange(0, kSliderSteps);
  grid->addWidget(spin, row, 2);
  connect(slider, &QSlider::valueChanged, this,
          [this, slider, key, spec](int pos) { sliderEdited(slider, key, sliderToValue(spec, pos)); });
  connect(spin, &QDoubleSpinBox::valueChanged, this, [this, key](double v) { emit valueEdited(key, v, false); });
  m_setters[key] = [slider, spin, spec](double v) {
    const QSignalBlocker b1(slider), b2(spin);
    slider->setValue(valueToSlider(spec, v));
    spin->setValue(v);
  };
}

void ParamPanel::setValues(const core::ParamValues& values) {
  for (const auto& [key, value] : values)
    if (auto it = m_setters.find(key); it != m_setters.end()) it->second(value);
}

}  // namespace kx::widgets
