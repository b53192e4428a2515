#pragma once
// The on-screen plot: the latest PlotScene inside an axes frame, with pan
// (drag), zoom (wheel, around the cursor), reset (double-click) and clicks
// reported in data coordinates. Where OpenGL 3.3 works, a surface child draws
// the GL layers under a QPainter overlay (the same SceneOverlayPainter the
// exporters use): a GlCanvasSurface (QOpenGLWidget) on a GPU, an
// ImageCanvasSurface (offscreen GL, raster widget) on a software rasteriser;
// KX_CANVAS=gl or =image chooses. Where GL does not work, the canvas paints
// the exporters' figure itself, so the app still runs and says what is missing.
#include <QPointF>
#include <QTimer>
#include <QWidget>
#include <memory>

#include "widgets/canvas/plot_layout.h"
#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

class GlCanvasSurface;
class ImageCanvasSurface;

/// What a canvas surface draws now, for its size and pixel ratio.
struct CanvasPaint {
  std::shared_ptr<const PlotScene> scene;  ///< never null (an empty scene before the first)
  core::PlaneRect view;
  PlotLayout layout;
  qreal devicePixelRatio = 1;
  QSize sizePx;
};

class GlCanvas : public QWidget {
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
  /// Why GL is unavailable; empty when the canvas draws with GL.
  QString glError() const;
  /// The plot area in widget coordinates, and the whole layout.
  QRectF plotRect() const;
  PlotLayout layout() const;
  /// The scene, view and layout a surface of `devicePixelRatio` paints now.
  CanvasPaint paintState(qreal devicePixelRatio) const;
  /// Paints over `surface` why the plot cannot be drawn.
  static void paintUnavailable(QWidget& surface, const QString& reason);

  /// Why an OpenGL 3.3 context cannot be created on this platform; empty if it
  /// can (then `glRenderer`, if given, receives the GL_RENDERER string).
  static QString probeGl(QString* glRenderer = nullptr);
  /// probeGl()'s answer for this process, asked once (a probe creates a context).
  static QString glUnavailableReason();

 public slots:
  /// Back to the view of the last scene the lab placed (not one that followed a pan).
  void resetView();

 signals:
  void clicked(QPointF dataPos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers);
  void hovered(QPointF dataPos);
  void viewChanged(kx::core::PlaneRect view);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;

 private:
  void changeView(const core::PlaneRect& view);
  void repaintNow();

  std::shared_ptr<const PlotScene> m_scene;
  core::PlaneRect m_view;
  core::PlaneRect m_homeView;
  core::PlaneRect m_lastReportedView;
  /// The surface that covers the canvas (one of the two below), null where GL is unavailable.
  QWidget* m_surface = nullptr;
  GlCanvasSurface* m_glSurface = nullptr;
  ImageCanvasSurface* m_imageSurface = nullptr;
  QString m_glError;  ///< why m_surface is null
  QTimer m_repaintTimer;

  // Mouse state: a press becomes a pan once it moves beyond kClickSlop pixels.
  QPointF m_pressPos;
  core::PlaneRect m_pressView;
  Qt::MouseButton m_pressButton = Qt::NoButton;
  bool m_panning = false;
};

}  // namespace kx::widgets
