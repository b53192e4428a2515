// WalkLab's exports: the publication figure (main picture and charts) and the
// CSV data (histogram, then the per-step series).
#include <QTextDocument>
#include <algorithm>

#include "core/walk/walk_csv.h"
#include "widgets/canvas/figure_export.h"
#include "widgets/canvas/plot_layout.h"
#include "widgets/charts/chart_support.h"
#include "widgets/labs/walk/walk_density_pair.h"
#include "widgets/labs/walk/walk_lab.h"
#include "widgets/labs/walk/walk_scene.h"

namespace kx::widgets {

void WalkLab::paintCharacteristic(QPainter& painter, const QRectF& rect) const {
  // The chart above, the coefficient integral beside the binomial below it.
  const double tableHeight = m_derivation.coefficientTable().isEmpty() ? 0 : std::min(220.0, rect.height() * 0.35);
  paintChart(painter, m_derivation.characteristic(),
             QRectF(rect.topLeft(), QSizeF(rect.width(), rect.height() - tableHeight)));
  if (tableHeight == 0) return;
  QTextDocument table;
  table.setHtml(m_derivation.coefficientTable());
  table.setTextWidth(rect.width() - 24);
  painter.save();
  painter.translate(rect.left() + 12, rect.bottom() - tableHeight + 4);
  table.drawContents(&painter, QRectF(0, 0, rect.width() - 24, tableHeight - 8));
  painter.restore();
}

void WalkLab::paintFigure(QPainter& painter, const QRectF& rect, qreal pixelRatio) const {
  painter.fillRect(rect, Qt::white);
  if (m_page == Page::Bernoulli) {
    // One legend row above the two charts (WalkDerivationCharts::legendRow).
    const auto entries = m_derivation.legendRow();
    const double half = rect.width() / 2, legend = legendHeight(QFontMetricsF(painter.font()), rect.width(), entries);
    paintLegend(painter, QRectF(rect.topLeft(), QSizeF(rect.width(), legend)), entries);
    const double top = rect.top() + legend, height = rect.height() - legend;
    paintChart(painter, m_derivation.products(), QRectF(rect.left(), top, half, height));
    paintChart(painter, m_derivation.sums(), QRectF(rect.left() + half, top, half, height));
    return;
  }
  if (!m_frame || !m_scene) {
    painter.setPen(Qt::darkGray);
    painter.drawText(rect, Qt::AlignCenter, failure().isEmpty() ? tr("No walk computed yet.") : failure());
    return;
  }
  // A one-line note under the figure when the frame has something to say
  // (e.g. why Cauchy steps never become normal).
  if (m_page == Page::Characteristic) return paintCharacteristic(painter, rect);
  if (m_page == Page::PathIntegral) return paintChart(painter, m_convergence.chart(), rect);
  const QString note = QString::fromStdString(m_frame->note);
  const double noteHeight = note.isEmpty() ? 0 : 34;
  const QRectF area(rect.left(), rect.top(), rect.width(), rect.height() - noteHeight);
  if (m_frame->params.is2D()) {
    // The plane on the left; the density against the heat kernel and the MSD on the right.
    const double left = area.width() * 0.5;
    const QRectF plane(area.topLeft(), QSizeF(left, area.height()));
    paintSceneFigure(painter, plane, withEqualAspect(*m_scene, plane), pixelRatio);
    const QRectF right(area.left() + left, area.top(), area.width() - left, area.height());
    const double pairHeight = right.height() * 0.52;
    paintDensityPair(painter, QRectF(right.topLeft(), QSizeF(right.width(), pairHeight)).adjusted(8, 8, -8, -8),
                     m_frame->summary2D, m_frame->step);
    paintChart(painter, m_charts.msd(),
               QRectF(right.left(), right.top() + pairHeight, right.width(), right.height() - pairHeight));
  } else {
    // Space-time picture and histogram above; distance, MSD, path integral below.
    const double top = area.height() * 0.58, left = area.width() * 0.58;
    paintSceneFigure(painter, QRectF(area.topLeft(), QSizeF(left, top)), *m_scene, pixelRatio);
    paintChart(painter, m_charts.histogram(), QRectF(area.left() + left, area.top(), area.width() - left, top));
    const double w = area.width() / 3;
    // The distance and path-integral charts' legends in rows above them (walk_charts.cpp).
    const auto distance = legendEntries(m_charts.distance()), propagator = legendEntries(m_charts.propagator());
    const QFontMetricsF fm(painter.font());
    const double legend = std::max(legendHeight(fm, w - 16, distance), legendHeight(fm, w - 16, propagator));
    const double y = area.top() + top, h = area.height() - top - legend;
    paintLegend(painter, QRectF(area.left() + 8, y, w - 16, legend), distance);
    paintLegend(painter, QRectF(area.left() + 2 * w + 8, y, w - 16, legend), propagator);
    paintChart(painter, m_charts.distance(), QRectF(area.left(), y + legend, w, h));
    paintChart(painter, m_charts.msd(), QRectF(area.left() + w, y + legend, w, h));
    paintChart(painter, m_charts.propagator(), QRectF(area.left() + 2 * w, y + legend, w, h));
  }
  if (!note.isEmpty()) {
    painter.save();
    QFont font = painter.font();
    font.setPixelSize(13);
    font.setItalic(true);
    painter.setFont(font);
    painter.setPen(QColor(150, 30, 30));
    painter.drawText(QRectF(rect.left() + 12, rect.bottom() - noteHeight, rect.width() - 24, noteHeight),
                     Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, note);
    painter.restore();
  }
}

core::Result<Animation> WalkLab::animation() const {
  if (!m_job || computedSteps() == 0) return core::fail(tr("no steps walked yet: run the walk first").toStdString());
  // The walkers' picture at every step walked so far, each rebuilt from its
  // checkpoint on the exporter's worker thread (frameAt is safe beside the
  // running job).
  const int steps = computedSteps();
  Animation animation{"walk", steps + 1, false, {}};
  animation.frameAt = [job = m_job, steps](double progress) -> FramePainter {
    const auto frame = job->frameAt(frameIndexAt(progress, steps + 1));
    if (!frame) return {};
    auto scene = std::make_shared<const PlotScene>(walkScene(*frame));
    return [scene, plane = frame->params.is2D()](QPainter& painter, const QRectF& rect) {
      paintSceneFigure(painter, rect, plane ? withEqualAspect(*scene, rect) : *scene, 1.0);
    };
  };
  return animation;
}

QString WalkLab::csvData() const {
  if (m_page == Page::Bernoulli) return QString::fromStdString(core::walk::bernoulliCsv(m_derivation.bernoulli()));
  if (!m_frame) return {};
  if (m_page == Page::Characteristic) return QString::fromStdString(core::walk::characteristicCsv(*m_frame));
  if (m_page == Page::PathIntegral) return QString::fromStdString(core::walk::propagatorCsv(*m_frame));
  // Two tables, each with its own header: the histogram at the shown step,
  // then the series over every recorded step.
  return QString::fromStdString(core::walk::histogramCsv(*m_frame)) + "\n" +
         QString::fromStdString(core::walk::seriesCsv(*m_frame));
}

}  // namespace kx::widgets
