// The VAE lab's exported figure and data: the latent scatter, the
// interpolation strip, reconstructions and manifold, and the charts.
#include <QTextStream>

#include "widgets/canvas/figure_export.h"
#include "widgets/charts/chart_support.h"
#include "widgets/labs/vae/vae_images.h"
#include "widgets/labs/vae/vae_lab.h"

namespace kx::widgets {
namespace {

void paintPanel(QPainter& painter, const QRectF& rect, const QString& caption, const QImage& image) {
  painter.save();
  QFont font = painter.font();
  font.setPixelSize(13);
  font.setBold(true);
  painter.setFont(font);
  painter.setPen(Qt::black);
  const QRectF title(rect.left() + 6, rect.top(), rect.width() - 12, 20);
  painter.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, caption);
  paintPixelImage(painter, image, rect.adjusted(4, 22, -4, -4));
  painter.restore();
}

}  // namespace

QImage VaeLab::reconstructionImage() const {
  if (!m_frame) return {};
  const int rows = m_frame->imageRows(), cols = m_frame->imageCols(), n = int(m_frame->reconIndices.size());
  constexpr int kPerRow = 5;
  // Rows alternate: five originals, then their five reconstructions.
  core::nn::Mat<float> cells(2 * ((n + kPerRow - 1) / kPerRow) * kPerRow, rows * cols);
  cells.setZero();
  for (int k = 0; k < n; ++k) {
    const int top = (k / kPerRow) * 2 * kPerRow + k % kPerRow;
    const std::uint8_t* src = m_frame->heldImage(m_frame->reconIndices[std::size_t(k)]);
    for (int p = 0; p < rows * cols; ++p) cells(top, p) = src[p] / 255.0f;
    cells.row(top + kPerRow) = m_frame->reconstructions.row(k);
  }
  return imageGrid(cells, rows, cols, kPerRow, 2);
}

void VaeLab::paintFigure(QPainter& painter, const QRectF& rect, qreal pixelRatio) const {
  painter.fillRect(rect, Qt::white);
  if (!m_scene || !m_frame) return;
  // Top: the scatter and (2D latent) the manifold as squares, then the strip
  // above the reconstructions; bottom: the three charts.
  const int rows = m_frame->imageRows(), cols = m_frame->imageCols();
  const bool manifold = m_frame->manifold.rows() > 0;
  const double side = std::min(rect.height() * 0.6, rect.width() / (manifold ? 3.0 : 2.0));
  paintSceneFigure(painter, QRectF(rect.topLeft(), QSizeF(side, side)), *m_scene, pixelRatio);
  double x = rect.left() + side;
  if (manifold) {
    paintPanel(painter, QRectF(x, rect.top(), side, side), tr("Manifold over normal quantiles"),
               imageGrid(m_frame->manifold, rows, cols, kVaeManifoldSide));
    x += side;
  }
  const double w = rect.right() - x, half = side * 0.4;
  auto interp = m_interp;
  if ((!interp || interp->a != m_endA || interp->b != m_endB) && m_endA >= 0 && m_endB >= 0 && m_frame->model)
    // Not decoded yet (a headless export paints right after the last frame):
    // ten images, a few milliseconds, here rather than a figure without its strip.
    interp = decodeInterpolation(*m_frame, m_endA, m_endB, m_steps, m_path);
  if (interp)
    paintPanel(
        painter, QRectF(x, rect.top(), w, half),
        tr("Interpolation A → B (%1)").arg(interp->path == core::vae::Path::Spherical ? tr("spherical") : tr("linear")),
        imageGrid(interp->strip, rows, cols, int(interp->strip.rows()), 2));
  paintPanel(painter, QRectF(x, rect.top() + half, w, side - half), tr("Originals and reconstructions"),
             reconstructionImage());
  const double top = rect.top() + side, h = rect.height() - side, third = rect.width() / 3;
  paintChart(painter, m_charts.losses(), QRectF(rect.left(), top, third, h));
  paintChart(painter, m_charts.kl(), QRectF(rect.left() + third, top, third, h));
  paintChart(painter, m_charts.klPerDim(), QRectF(rect.left() + 2 * third, top, third, h));
}

QString VaeLab::csvData() const {
  QString out;
  QTextStream csv(&out);
  csv.setRealNumberPrecision(8);
  csv << "kind,index,label,epoch,x,y,value\n";
  if (!m_frame) return out;
  const auto& t = *m_frame->train;
  const auto& p = m_frame->projection.points;
  // Held-out codes in the scatter's plane (PC1/PC2 beyond two dimensions).
  for (Eigen::Index i = 0; i < p.rows(); ++i)
    csv << "code," << i << ',' << int(t.heldLabels[std::size_t(i)]) << ',' << t.epoch << ',' << p(i, 0) << ','
        << p(i, 1) << ",\n";
  for (std::size_t e = 0; e < t.heldLoss.size(); ++e)
    csv << "loss," << e << ",," << e << ',' << t.heldRecon[e] << ',' << t.heldKl[e] << ',' << t.heldLoss[e] << '\n';
  for (std::size_t j = 0; j < t.latest.klPerDim.size(); ++j)
    csv << "kl_dim," << j << ",," << t.epoch << ",,," << t.latest.klPerDim[j] << '\n';
  if (m_interp) {
    // The strip's codes in the scatter's plane, and their norms (the profile slerp keeps, §5.3).
    const auto& proj = m_frame->projection;
    for (Eigen::Index k = 0; k < m_interp->codes.rows(); ++k) {
      const Eigen::RowVector2f at = (m_interp->codes.row(k) - proj.mean) * proj.axes;
      csv << "interpolation," << k << ",," << t.epoch << ',' << at(0) << ',' << at(1) << ','
          << m_interp->codes.row(k).norm() << '\n';
    }
    // The ends' posteriors apart (docs/math.md §5.6): label names the distance.
    if (const auto& d = m_interp->endDistances) {
      const std::pair<const char*, double> rows[] = {{"kl_ab", d->klPQ},
                                                     {"kl_ba", d->klQP},
                                                     {"bhattacharyya", d->bhattacharyya},
                                                     {"w2_squared", d->wasserstein2Squared}};
      for (const auto& [name, value] : rows) csv << "posterior_distance,," << name << ',' << t.epoch << ",,," << value << '\n';
    }
  }
  return out;
}

}  // namespace kx::widgets
