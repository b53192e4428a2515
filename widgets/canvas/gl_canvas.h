#pragma once
// The on-screen plot: GL layers of the latest PlotScene inside an axes frame
// painted by QPainter (the same SceneOverlayPainter the exporters use), with
// pan (drag), zoom (wheel, around the cursor), reset (double-click) and clicks
// reported in data coordinates.
#include <QImage>
#include <QOpenGLWidget>
#include <QPointF>
#include <QTimer>
#include <memory>

#include "widgets/canvas/plot_layout.h"
#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

class SceneRenderer;

class GlCanvas : public QOpenGLWidget {
  Q_OBJECT

 public:
  explicit GlCanvas(QWidget* parent = nullptr);
  ~GlCanvas() override;

  /// Keeps only the latest scene; repaints at most once per frame interval.
  /// A scene whose view differs from both the previous scene's and the last
  /// view this canvas reported becomes the new view and the reset target.
  void setScene(std::shared_ptr<const PlotScene> scene);
  std::shared_ptr<const PlotScene> scene() const { return m_scene; }

  /// The data window shown now (the scene's, or where the user panned/zoomed).
  core::PlaneRect view() const { return m_view; }
  /// Why GL is unavailable; empty when the canvas draws normally.
  QString glError() const { return m_glError; }
  /// The plot area in widget coordinates.
  QRectF plotRect() const;

  /// Why an OpenGL 3.3 context cannot be created on this platform; empty if it
  /// can (then `glRenderer`, if given, receives the GL_RENDERER string).
  static QString probeGl(QString* glRenderer = nullptr);

 public slots:
  /// Back to the view of the last scene the lab placed (not one that followed a pan).
  void resetView();

 signals:
  void clicked(QPointF dataPos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers);
  void hovered(QPointF dataPos);
  void viewChanged(kx::core::PlaneRect view);

 protected:
  void initializeGL() override;
  void paintGL() override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;

 private:
  PlotLayout currentLayout() const;
  void changeView(const core::PlaneRect& view);
  void releaseGl();
  void paintMessage(const QString& text);

  std::shared_ptr<const PlotScene> m_scene;
  core::PlaneRect m_view;
  core::PlaneRect m_homeView;
  core::PlaneRect m_lastReportedView;
  std::unique_ptr<SceneRenderer> m_renderer;
  QString m_glError;
  QTimer m_repaintTimer;

  struct OverlayKey {
    core::PlaneRect view;
    QSize sizePx;
    qreal devicePixelRatio = 0;
    bool operator==(const OverlayKey&) const = default;
  };
  QImage m_overlay;  ///< axes, labels, colourbars, legend, markers
  OverlayKey m_overlayKey;
  PlotScene m_overlayDecorations;  ///< what m_overlay was painted from, without the data

  // Mouse state: a press becomes a pan once it moves beyond kClickSlop pixels.
  QPointF m_pressPos;
  core::PlaneRect m_pressView;
  Qt::MouseButton m_pressButton = Qt::NoButton;
  bool m_panning = false;
};

}  // namespace kx::widgets
