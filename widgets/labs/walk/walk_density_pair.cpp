#include "widgets/labs/walk/walk_density_pair.h"

#include <QImage>
#include <QLinearGradient>
#include <algorithm>

#include "widgets/canvas/colormap.h"
#include "widgets/canvas/colormap_preference.h"
#include "widgets/lab/live_texts.h"

namespace kx::widgets {
namespace {

QImage fieldImage(const Eigen::ArrayXXd& field, double vmax) {
  const int nx = static_cast<int>(field.rows()), ny = static_cast<int>(field.cols());
  QImage image(nx, ny, QImage::Format_RGB32);
  const auto& table = colormapTable(resolveColormap(Colormap::Viridis));  // the user's map
  for (int j = 0; j < ny; ++j)
    for (int i = 0; i < nx; ++i) {
      const double t = vmax > 0 ? std::clamp(field(i, j) / vmax, 0.0, 1.0) : 0.0;
      image.setPixel(i, ny - 1 - j, table[static_cast<std::size_t>(t * 255.0 + 0.5)]);  // row 0 at the top
    }
  return image;
}

}  // namespace

void paintDensityPair(QPainter& painter, const QRectF& rect, const core::walk::Summary2D& s, int step) {
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  painter.fillRect(rect, Qt::white);
  QFont font = painter.font();
  font.setPixelSize(12);
  painter.setFont(font);
  if (s.density.size() == 0 || s.heatKernel.size() == 0) {
    painter.setPen(Qt::darkGray);
    painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap,
                     QObject::tr("2D walks: the density of walkers against the heat kernel appears from step 1."));
    painter.restore();
    return;
  }
  const double vmax = std::max(s.density.maxCoeff(), s.heatKernel.maxCoeff());
  const double barWidth = 14, labelWidth = 46, titleHeight = 34, axisHeight = 18;
  const double side =
      std::min((rect.width() - barWidth - labelWidth - 24) / 2, rect.height() - titleHeight - axisHeight);
  const double top = rect.top() + titleHeight;
  const QString titles[] = {QObject::tr("walkers, n = %1").arg(step), QObject::tr("heat kernel")};
  const Eigen::ArrayXXd* fields[] = {&s.density, &s.heatKernel};
  const double xMax = s.x0 + s.cell * double(s.density.rows()), yMax = s.y0 + s.cell * double(s.density.cols());
  for (int k = 0; k < 2; ++k) {
    const QRectF panel(rect.left() + 4 + k * (side + 10), top, side, side);
    painter.drawImage(panel, fieldImage(*fields[k], vmax));
    painter.setPen(QPen(Qt::black, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(panel);
    painter.drawText(QRectF(panel.left(), rect.top(), side, titleHeight - 4), Qt::AlignHCenter | Qt::AlignBottom,
                     titles[k]);
    painter.setPen(Qt::darkGray);
    const QRectF axis(panel.left(), panel.bottom() + 2, side, axisHeight);
    painter.drawText(axis, Qt::AlignLeft | Qt::AlignTop, QString::number(s.x0, 'g', 3));
    painter.drawText(axis, Qt::AlignHCenter | Qt::AlignTop, "x");
    painter.drawText(axis, Qt::AlignRight | Qt::AlignTop, QString::number(xMax, 'g', 3));
  }
  painter.setPen(Qt::darkGray);
  painter.drawText(QRectF(rect.left() + 4, top + side + axisHeight, side * 2, axisHeight), Qt::AlignLeft,
                   QObject::tr("y from %1 to %2").arg(s.y0, 0, 'g', 3).arg(yMax, 0, 'g', 3));
  // Shared colourbar: walkers per cell.
  const QRectF bar(rect.left() + 4 + 2 * side + 20, top, barWidth, side);
  QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
  for (int i = 0; i <= 8; ++i) gradient.setColorAt(i / 8.0, colormapColor(resolveColormap(Colormap::Viridis), i / 8.0));
  painter.fillRect(bar, gradient);
  painter.setPen(Qt::black);
  painter.drawRect(bar);
  painter.drawText(QRectF(bar.right() + 3, bar.top() - 6, labelWidth, 14), Qt::AlignLeft,
                   QString::number(vmax, 'g', 3));
  painter.drawText(QRectF(bar.right() + 3, bar.bottom() - 8, labelWidth, 14), Qt::AlignLeft, "0");
  painter.drawText(QRectF(bar.left() - 10, rect.top(), labelWidth + 20, titleHeight - 4),
                   Qt::AlignHCenter | Qt::AlignBottom, QObject::tr("per cell"));
  painter.restore();
}

DensityPairWidget::DensityPairWidget(QWidget* parent) : QWidget(parent) {
  setMinimumSize(300, 180);
  liveTexts(this, [this] {
    setToolTip(
        tr("Left: walkers per cell (64 × 64 grid). Right: the counts the heat kernel predicts, a Gaussian "
           "whose variance grows linearly with the step. One colour scale for both."));
  });
  connect(&ColormapPreference::instance(), &ColormapPreference::changed, this, qOverload<>(&QWidget::update));
}

void DensityPairWidget::setSummary(const core::walk::Summary2D& summary, int step) {
  m_summary = summary;
  m_step = step;
  update();
}

void DensityPairWidget::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  paintDensityPair(painter, rect(), m_summary, m_step);
}

}  // namespace kx::widgets
