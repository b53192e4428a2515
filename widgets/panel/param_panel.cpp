#include "widgets/panel/param_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <cmath>

#include "widgets/panel/number_spin_box.h"

namespace kx::widgets {
namespace {

constexpr int kSliderSteps = 1000;

// Slider position <-> value, linear or logarithmic over the spec's range.
double sliderToValue(const core::ParamSpec& s, int position) {
  const double f = position / double(kSliderSteps);
  if (s.logScale) return s.min * std::pow(s.max / s.min, f);
  return s.min + f * (s.max - s.min);
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
  QString text = "<b>" + QString::fromStdString(spec.label) + "</b> (<code>" + QString::fromStdString(spec.key) +
                 "</code>)<br>" + QString::fromStdString(spec.description);
  if (!spec.unit.empty()) text += "<br>Unit: " + QString::fromStdString(spec.unit);
  if (spec.kind == core::ParamKind::Real || spec.kind == core::ParamKind::Integer)
    text += QString("<br>Range: %1 to %2%3").arg(spec.min).arg(spec.max).arg(spec.logScale ? " (log scale)" : "");
  text += "<br>Default: " + QString::fromStdString(m_schema.format(spec.key, spec.defaultValue));
  return text;
}

void ParamPanel::addRow(const core::ParamSpec& spec, int row) {
  auto* grid = static_cast<QGridLayout*>(layout());
  auto* label = new QLabel(QString::fromStdString(spec.label), this);
  label->setToolTip(tooltip(spec));
  grid->addWidget(label, row, 0);
  auto* reset = new QToolButton(this);
  reset->setText("↺");
  reset->setAutoRaise(true);
  reset->setToolTip(tr("Reset %1 to %2").arg(QString::fromStdString(spec.label),
                                             QString::fromStdString(m_schema.format(spec.key, spec.defaultValue))));
  grid->addWidget(reset, row, 3);
  const std::string key = spec.key;
  connect(reset, &QToolButton::clicked, this, [this, key, d = spec.defaultValue] { emit valueEdited(key, d); });

  if (spec.kind == core::ParamKind::Choice) {
    auto* combo = new QComboBox(this);
    for (const auto& c : spec.choices) combo->addItem(QString::fromStdString(c));
    combo->setToolTip(tooltip(spec));
    grid->addWidget(combo, row, 1, 1, 2);
    connect(combo, &QComboBox::activated, this, [this, key](int index) { emit valueEdited(key, index); });
    m_setters[key] = [combo](double v) { combo->setCurrentIndex(static_cast<int>(v)); };
    return;
  }
  if (spec.kind == core::ParamKind::Toggle) {
    auto* check = new QCheckBox(this);
    check->setToolTip(tooltip(spec));
    grid->addWidget(check, row, 1, 1, 2);
    connect(check, &QCheckBox::clicked, this, [this, key](bool on) { emit valueEdited(key, on ? 1 : 0); });
    m_setters[key] = [check](double v) { check->setChecked(v != 0); };
    return;
  }

  auto* slider = new QSlider(Qt::Horizontal, this);
  slider->setToolTip(tooltip(spec));
  slider->setMinimumWidth(110);
  grid->addWidget(slider, row, 1);
  if (spec.kind == core::ParamKind::Integer) {
    auto* spin = new QSpinBox(this);
    spin->setRange(static_cast<int>(spec.min), static_cast<int>(spec.max));
    spin->setKeyboardTracking(false);
    spin->setToolTip(tooltip(spec));
    slider->setRange(static_cast<int>(spec.min), static_cast<int>(spec.max));
    grid->addWidget(spin, row, 2);
    connect(slider, &QSlider::valueChanged, this, [this, key](int v) { emit valueEdited(key, v); });
    connect(spin, &QSpinBox::valueChanged, this, [this, key](int v) { emit valueEdited(key, v); });
    m_setters[key] = [slider, spin](double v) {
      const QSignalBlocker b1(slider), b2(spin);
      slider->setValue(static_cast<int>(v));
      spin->setValue(static_cast<int>(v));
    };
    return;
  }
  auto* spin = new NumberSpinBox(spec.logScale, this);
  spin->setRange(spec.min, spec.max);
  spin->setToolTip(tooltip(spec));
  spin->setMinimumWidth(90);
  slider->setRange(0, kSliderSteps);
  grid->addWidget(spin, row, 2);
  connect(slider, &QSlider::valueChanged, this, [this, key, spec](int pos) { emit valueEdited(key, sliderToValue(spec, pos)); });
  connect(spin, &QDoubleSpinBox::valueChanged, this, [this, key](double v) { emit valueEdited(key, v); });
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
