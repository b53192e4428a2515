#include "widgets/labs/vae/vae_scene.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace kx::widgets {

QColor vaeClassColor(int label) {
  static const QColor colors[] = {QColor("#CC6677"), QColor("#332288"), QColor("#DDCC77"), QColor("#117733"),
                                  QColor("#88CCEE"), QColor("#882255"), QColor("#44AA99"), QColor("#999933"),
                                  QColor("#AA4499"), QColor("#222222")};
  return colors[std::clamp(label, 0, 9)];
}

namespace {

core::PlaneRect boundsOf(const Eigen::MatrixX2f& p) {
  if (p.rows() == 0 || !p.allFinite()) return {-3, 3, -3, 3};
  const double x0 = p.col(0).minCoeff(), x1 = p.col(0).maxCoeff();
  const double y0 = p.col(1).minCoeff(), y1 = p.col(1).maxCoeff();
  // A square window around the codes: both latent axes in the same units.
  const double half = std::max({x1 - x0, y1 - y0, 1e-3}) * 0.55;
  const double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  return {cx - half, cx + half, cy - half, cy + half};
}

}  // namespace

PlotScene vaeLatentScene(const VaeLabFrame& f, const VaeSceneMarks& marks) {
  PlotScene s;
  const auto& proj = f.projection;
  s.view = boundsOf(proj.points);
  const int epoch = f.train ? f.train->epoch : 0;
  if (proj.pca) {
    s.title = QCoreApplication::translate("VaeScene", "PCA of held-out μ(x), %2-D, epoch %1")
                  .arg(epoch)
                  .arg(proj.axes.rows());
    s.xLabel = QCoreApplication::translate("VaeScene", "PC1 (%1% of variance)").arg(100 * proj.explained[0], 0, 'f', 0);
    s.yLabel = QCoreApplication::translate("VaeScene", "PC2 (%1% of variance)").arg(100 * proj.explained[1], 0, 'f', 0);
  } else {
    s.title = QCoreApplication::translate("VaeScene", "Held-out μ(x), epoch %1").arg(epoch);
    s.xLabel = "z₁";
    s.yLabel = "z₂";
  }
  const auto& labels = f.train->heldLabels;
  for (int c = 0; c < core::vae::kClasses; ++c) {
    PointLayer layer;
    layer.color = vaeClassColor(c);
    layer.sizePx = 4.0f;
    for (Eigen::Index i = 0; i < proj.points.rows() && std::size_t(i) < labels.size(); ++i)
      if (labels[std::size_t(i)] == c && proj.points.row(i).allFinite())
        layer.positions.emplace_back(proj.points(i, 0), proj.points(i, 1));
    if (layer.positions.empty()) continue;
    // Legend swatches come from lines: an empty line carrying the class colour.
    LineLayer key;
    key.color = layer.color;
    key.widthPx = 5.0f;
    key.legend = QString::number(c);
    s.lines.push_back(std::move(key));
    s.points.push_back(std::move(layer));
  }
  if (marks.path.rows() > 1) {
    LineLayer path;
    path.color = QColor(20, 20, 20, 170);
    path.widthPx = 1.5f;
    path.dashed = true;
    for (Eigen::Index k = 0; k < marks.path.rows(); ++k) path.points.emplace_back(marks.path(k, 0), marks.path(k, 1));
    s.lines.insert(s.lines.begin(), std::move(path));
  }
  auto mark = [&](int index, const QString& label, Marker::Shape shape, bool filled) {
    if (index < 0 || index >= proj.points.rows()) return;
    Marker m;
    m.position = QPointF(proj.points(index, 0), proj.points(index, 1));
    m.label = label;
    m.shape = shape;
    m.filled = filled;
    m.color = Qt::black;
    m.sizePx = 11.0f;
    s.markers.push_back(m);
  };
  mark(marks.hovered, QString(), Marker::Shape::Circle, false);
  mark(marks.endA, "A", Marker::Shape::Square, false);
  mark(marks.endB, "B", Marker::Shape::Diamond, false);
  return s;
}

}  // namespace kx::widgets
