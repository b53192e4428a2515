// DiffusionLab's exports: the figure (forward process, sampler, quality
// charts) and the CSV data (the samples, then the quality curves).
#include <QFontMetricsF>
#include <QTextStream>
#include <vector>

#include "widgets/canvas/figure_export.h"
#include "widgets/charts/chart_support.h"
#include "widgets/labs/diffusion/diffusion_lab.h"
#include "widgets/labs/diffusion/diffusion_likelihood.h"
#include "widgets/labs/diffusion/diffusion_scene.h"

namespace kx::widgets {

void DiffusionLab::paintFigure(QPainter& painter, const QRectF& rect, qreal pixelRatio) const {
  painter.fillRect(rect, Qt::white);
  if (!m_frame || !m_forward || !m_sampling) {
    painter.setPen(Qt::darkGray);
    painter.drawText(rect, Qt::AlignCenter, failure().isEmpty() ? tr("Nothing sampled yet.") : failure());
    return;
  }
  // Two square-ish plots above, the two charts below.
  const double top = rect.height() * 0.62, half = rect.width() / 2;
  const QRectF left(rect.left(), rect.top(), half, top), right(rect.left() + half, rect.top(), half, top);
  paintSceneFigure(painter, left, fittedToField(*m_forward, left), pixelRatio);
  paintSceneFigure(painter, right, fittedToField(*m_sampling, right), pixelRatio);
  // Only the charts with data: the quality curves (exact score) and the
  // training loss (learned score).
  std::vector<QChart*> charts;
  const bool sweep = m_frame->curves && !m_frame->curves->empty();
  if (sweep) charts = {m_quality, m_coverage};
  if (m_frame->losses && !m_frame->losses->empty()) charts.push_back(m_loss);
  if (auto l = m_likelihood->samples(); l && !l->samples.empty()) charts.push_back(m_likelihood->chart());
  double y = rect.top() + top, h = rect.height() - top;
  if (sweep) {  // the samplers' shared legend, above the charts
    const auto samplers = legendEntries(m_quality);
    const double row = legendHeight(QFontMetricsF(painter.font()), rect.width(), samplers);
    paintLegend(painter, QRectF(rect.left(), y, rect.width(), row), samplers);
    y += row;
    h -= row;
  }
  for (std::size_t k = 0; k < charts.size(); ++k) {
    const double w = rect.width() / double(charts.size());
    paintChart(painter, charts[k], QRectF(rect.left() + k * w, y, w, h));
  }
}

int DiffusionLab::animationFrames() const {
  return m_frame && m_frame->animation ? int(m_frame->animation->size()) : 0;
}

core::Result<Animation> DiffusionLab::animation() const {
  if (animationFrames() == 0) return core::fail(tr("nothing sampled yet: no animation to export").toStdString());
  // The frames of the run shown now, so the export matches the screen: the
  // sampler plot, one frame per segment of steps.
  Animation animation{"diffusion", animationFrames(), false, {}};
  animation.frameAt = [frames = m_frame->animation](double progress) -> FramePainter {
    auto scene = std::make_shared<const PlotScene>(
        samplingScene(*(*frames)[std::size_t(frameIndexAt(progress, int(frames->size())))]));
    return [scene](QPainter& painter, const QRectF& rect) {
      paintSceneFigure(painter, rect, fittedToField(*scene, rect), 1.0);
    };
  };
  return animation;
}

QString DiffusionLab::csvData() const {
  if (!m_frame) return {};
  QString out;
  QTextStream s(&out);
  s << "# samples: sampler " << QString::fromStdString(core::diffusion::samplerName(m_frame->params.sampler.kind))
    << ", step " << m_frame->step << " of " << m_frame->stepCount << ", t " << m_frame->level.time << "\n";
  s << "x,y\n";
  for (Eigen::Index i = 0; i < m_frame->particles.rows(); ++i)
    s << m_frame->particles(i, 0) << "," << m_frame->particles(i, 1) << "\n";
  s << "\nsampler,score_evals,sw1,modes,hq\n";
  if (m_frame->curves)
    for (const auto& c : *m_frame->curves)
      for (std::size_t i = 0; i < c.evaluations.size(); ++i)
        s << QString::fromStdString(c.sampler) << "," << c.evaluations[i] << "," << c.sw1[i] << "," << c.modes[i] << ","
          << c.highQuality[i] << "\n";
  if (const auto& m = m_frame->memorised) {
    // A point cloud (docs/math.md §3.10): the curves' hq column is the memorised share.
    s << "\n# memorisation: " << m->fraction << " of the samples within " << m->radius
      << " of a training point, median distance " << m->medianDistance << "\n";
    s << "log10_distance_from,log10_distance_to,samples\n";
    const double width = (core::diffusion::kDistanceLog10Max - core::diffusion::kDistanceLog10Min) / m->histogram.size();
    for (std::size_t i = 0; i < m->histogram.size(); ++i)
      s << core::diffusion::kDistanceLog10Min + width * i << "," << core::diffusion::kDistanceLog10Min + width * (i + 1)
        << "," << m->histogram[i] << "\n";
  }
  if (auto l = m_likelihood->samples()) {
    s << "\n# log-density through the probability-flow ODE (docs/math.md §3.6) and exact, at samples of the target\n";
    s << "x,y,ode_log_p,exact_log_p\n";
    for (const auto& p : l->samples) s << p.x.x() << "," << p.x.y() << "," << p.ode << "," << p.exact << "\n";
  }
  return out;
}

}  // namespace kx::widgets
