#pragma once
// The (sigma1, sigma2) plane split into the four outcomes of docs/math.md §1.5,
// with the current parameters marked: which regime are we in, and how far
// from its borders?
#include <QPainter>
#include <QWidget>

namespace kx::widgets {

void paintOutcomeMap(QPainter& painter, const QRectF& rect, double sigma1, double sigma2);

class OutcomeMapWidget : public QWidget {
  Q_OBJECT
 public:
  explicit OutcomeMapWidget(QWidget* parent = nullptr);
  void setSigmas(double sigma1, double sigma2);
  double sigma1() const { return m_sigma1; }
  double sigma2() const { return m_sigma2; }
  QSize sizeHint() const override { return {220, 220}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  double m_sigma1 = 0, m_sigma2 = 0;
};

}  // namespace kx::widgets
