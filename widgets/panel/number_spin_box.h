#pragma once
// A spin box for real parameters that shows values compactly ("1e-06",
// "0.0002", "333.333") and steps by a fixed fraction of the value on log
// scales, so tiny tolerances and large capacities are equally easy to edit.
#include <QDoubleSpinBox>

namespace kx::widgets {

class NumberSpinBox : public QDoubleSpinBox {
  Q_OBJECT
 public:
  explicit NumberSpinBox(bool logScale, QWidget* parent = nullptr);

  QString textFromValue(double value) const override;
  double valueFromText(const QString& text) const override;
  QValidator::State validate(QString& input, int& pos) const override;
  void stepBy(int steps) override;

 private:
  bool m_logScale;
};

}  // namespace kx::widgets
