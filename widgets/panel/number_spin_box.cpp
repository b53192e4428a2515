#include "widgets/panel/number_spin_box.h"

#include <cmath>

namespace kx::widgets {

NumberSpinBox::NumberSpinBox(bool logScale, QWidget* parent) : QDoubleSpinBox(parent), m_logScale(logScale) {
  setDecimals(15);  // the range check must not round tiny values away
  setKeyboardTracking(false);
  setAccelerated(true);
}

QString NumberSpinBox::textFromValue(double value) const { return QString::number(value, 'g', 6); }

double NumberSpinBox::valueFromText(const QString& text) const { return text.trimmed().toDouble(); }

QValidator::State NumberSpinBox::validate(QString& input, int&) const {
  const QString t = input.trimmed();
  if (t.isEmpty() || t == "-" || t.endsWith('e') || t.endsWith("e-") || t.endsWith('.')) return QValidator::Intermediate;
  bool ok = false;
  const double v = t.toDouble(&ok);
  if (!ok) return QValidator::Invalid;
  return v >= minimum() && v <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

void NumberSpinBox::stepBy(int steps) {
  if (!m_logScale || value() <= 0) {
    const double span = maximum() - minimum();
    const double step = std::pow(10.0, std::floor(std::log10(span / 100.0)));
    setValue(value() + steps * step);
    return;
  }
  setValue(value() * std::pow(1.1, steps));  // 10 % per step on log scales
}

}  // namespace kx::widgets
