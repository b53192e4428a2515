#include "widgets/labs/competition/outcome_map.h"

#include <QCoreApplication>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "widgets/lab/live_texts.h"

namespace kx::widgets {
namespace {
constexpr double kMax = 3.0;  // the map shows sigma in [0, 3] on each axis
}

void paintOutcomeMap(QPainter& painter, const QRectF& rect, double sigma1, double sigma2) {
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  QFont font = painter.font();
  font.setPointSizeF(8.5);
  painter.setFont(font);
  const QFontMetricsF fm(font);
  const double left = fm.height() * 2.2, bottom = fm.height() * 2.4, top = fm.height() * 1.6;
  const double side = std::max(10.0, std::min(rect.width() - left - 8, rect.height() - bottom - top));
  const QRectF plot(rect.left() + left, rect.top() + top, side, side);
  auto toPx = [&](double s1, double s2) {
    return QPointF(plot.left() + s1 / kMax * plot.width(), plot.bottom() - s2 / kMax * plot.height());
  };
  struct Region {
    QRectF r;
    QColor c;
    const char* name;
  };
  const Region regions[] = {
      {QRectF(toPx(0, 1), toPx(1, 0)).normalized(), QColor(200, 230, 201), QT_TRANSLATE_NOOP("OutcomeMap", "coexist")},
      {QRectF(toPx(0, kMax), toPx(1, 1)).normalized(), QColor(187, 222, 251),
       QT_TRANSLATE_NOOP("OutcomeMap", "1 wins")},
      {QRectF(toPx(1, 1), toPx(kMax, 0)).normalized(), QColor(255, 205, 210),
       QT_TRANSLATE_NOOP("OutcomeMap", "2 wins")},
      {QRectF(toPx(1, kMax), toPx(kMax, 1)).normalized(), QColor(255, 236, 179),
       QT_TRANSLATE_NOOP("OutcomeMap", "bistable")},
  };
  painter.setPen(Qt::NoPen);
  for (const auto& region : regions) painter.fillRect(region.r, region.c);
  painter.setPen(QPen(QColor(60, 60, 60), 1));
  painter.drawRect(plot);
  painter.setPen(QPen(QColor(60, 60, 60), 1, Qt::DashLine));
  painter.drawLine(toPx(1, 0), toPx(1, kMax));
  painter.drawLine(toPx(0, 1), toPx(kMax, 1));
  painter.setPen(QColor(40, 40, 40));
  for (const auto& region : regions)
    painter.drawText(region.r, Qt::AlignCenter, QCoreApplication::translate("OutcomeMap", region.name));
  painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height()), Qt::AlignLeft, "0");
  painter.drawText(QRectF(toPx(1, 0).x() - 10, plot.bottom() + 2, 20, fm.height()), Qt::AlignCenter, "1");
  painter.drawText(QRectF(plot.right() - 20, plot.bottom() + 2, 20, fm.height()), Qt::AlignRight, "3");
  painter.drawText(QRectF(plot.left(), plot.bottom() + fm.height(), plot.width(), fm.height() * 1.3), Qt::AlignCenter,
                   "σ₁ = a₁N₂/r₁");
  painter.drawText(QRectF(plot.left() - left, toPx(0, 1).y() - fm.height() / 2, left - 4, fm.height()), Qt::AlignRight,
                   "1");
  painter.save();
  painter.translate(rect.left() + fm.height() * 0.9, plot.center().y());
  painter.rotate(-90);
  painter.drawText(QRectF(-plot.height() / 2, -fm.height(), plot.height(), fm.height() * 1.3), Qt::AlignCenter,
                   "σ₂ = a₂N₁/r₂");
  painter.restore();
  painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), top), Qt::AlignCenter,
                   QCoreApplication::translate("OutcomeMap", "Outcome map"));
  // The current parameters; clamped to the frame with an arrow-like cue when off the map.
  const bool inside = sigma1 <= kMax && sigma2 <= kMax;
  const QPointF at = toPx(std::clamp(sigma1, 0.0, kMax), std::clamp(sigma2, 0.0, kMax));
  painter.setPen(QPen(Qt::black, 1.5));
  painter.setBrush(inside ? QColor(20, 20, 20) : Qt::white);
  painter.drawEllipse(at, 4.5, 4.5);
  painter.restore();
}

OutcomeMapWidget::OutcomeMapWidget(QWidget* parent) : QWidget(parent) {
  liveTexts(this, [this] {
    setToolTip(
        tr("Where the current parameters sit among the four outcomes of the competition model "
           "(σ₁ = a₁N₂/r₁, σ₂ = a₂N₁/r₂). A hollow dot means the point lies beyond the map."));
  });
  setMinimumSize(160, 160);
}

void OutcomeMapWidget::setSigmas(double sigma1, double sigma2) {
  m_sigma1 = sigma1;
  m_sigma2 = sigma2;
  update();
}

void OutcomeMapWidget::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().base());
  paintOutcomeMap(painter, QRectF(rect()).adjusted(4, 4, -4, -4), m_sigma1, m_sigma2);
}

}  // namespace kx::widgets
