// Marker labels (e.g. the competition lab's equilibria, which often sit close
// together on an axis) must not cover one another or a marker.
#include <gtest/gtest.h>

#include "widgets/canvas/plot_layout.h"
#include "widgets/canvas/scene_overlay_painter.h"

namespace kx::widgets {
namespace {

TEST(MarkerLabels, CloseMarkersGetDisjointLabelsInsideThePlot) {
  PlotScene scene;
  scene.view = {0, 100, 0, 100};
  // Four equilibria within a few pixels of each other, and one alone.
  const QPointF crowded[] = {{40, 50}, {41, 50}, {42, 50}, {41, 52}};
  for (const QPointF& p : crowded)
    scene.markers.push_back({.position = p, .label = QString("saddle (%1, %2): -0.53, 0.19").arg(p.x()).arg(p.y())});
  scene.markers.push_back({.position = {90, 90}, .label = "stable node"});
  const PlotLayout layout = PlotLayout::compute(QRectF(0, 0, 640, 480), scene, scene.view);
  const SceneOverlayPainter painter(scene, scene.view, layout);
  const auto boxes = painter.labelBoxes();
  ASSERT_EQ(boxes.size(), scene.markers.size());
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    EXPECT_TRUE(layout.plot.contains(boxes[i].second)) << i;
    for (std::size_t j = 0; j < i; ++j) EXPECT_FALSE(boxes[i].second.intersects(boxes[j].second)) << i << " vs " << j;
    for (const auto& marker : scene.markers) {
      const QPointF c = layout.toPixel(scene.view, marker.position);
      EXPECT_FALSE(boxes[i].second.contains(c)) << "label " << i << " covers a marker";
    }
  }
}

TEST(MarkerLabels, ALoneMarkerKeepsItsLabelAboveRight) {
  PlotScene scene;
  scene.view = {0, 10, 0, 10};
  scene.markers.push_back({.position = {5, 5}, .label = "node"});
  const PlotLayout layout = PlotLayout::compute(QRectF(0, 0, 400, 300), scene, scene.view);
  const auto boxes = SceneOverlayPainter(scene, scene.view, layout).labelBoxes();
  ASSERT_EQ(boxes.size(), 1u);
  const QPointF c = layout.toPixel(scene.view, {5, 5});
  EXPECT_GT(boxes[0].second.left(), c.x());
  EXPECT_LT(boxes[0].second.bottom(), c.y());
}

}  // namespace
}  // namespace kx::widgets
