#pragma once
// The 2D comparison of docs/math.md §2.4: the walkers' density on a 64 x 64 grid
// beside the heat kernel (expected counts of a Gaussian whose variance grows
// linearly in time), on one colour scale, as a painter function (screen and
// export) and a small widget.
#include <QPainter>
#include <QWidget>

#include "core/walk/walk_summary.h"

namespace kx::widgets {

/// Draws the two panels with titles and a shared colourbar into `rect`.
void paintDensityPair(QPainter& painter, const QRectF& rect, const core::walk::Summary2D& summary, int step);

class DensityPairWidget : public QWidget {
  Q_OBJECT
 public:
  explicit DensityPairWidget(QWidget* parent = nullptr);
  void setSummary(const core::walk::Summary2D& summary, int step);

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  core::walk::Summary2D m_summary;
  int m_step = 0;
};

}  // namespace kx::widgets
