#include "widgets/canvas/gl_canvas.h"

#include <QGuiApplication>
#include <QMouseEvent>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QPainter>
#include <QWheelEvent>
#include <cmath>

#include "widgets/canvas/scene_overlay_painter.h"
#include "widgets/canvas/scene_renderer.h"

namespace kx::widgets {
namespace {

constexpr double kClickSlop = 4.0;              // pixels a click may wander before it is a pan
constexpr int kFrameIntervalMs = 16;            // coalesced repaints: at most ~60 per second
constexpr double kZoomPerDegree = 1.0 / 300.0;  // ln(scale) per wheel degree: 15 deg = x1.051

}  // namespace

GlCanvas::GlCanvas(QWidget* parent) : QOpenGLWidget(parent) {
  setMouseTracking(true);
  setMinimumSize(200, 150);
  QString renderer;
  m_glError = probeGl(&renderer);
  // Smooth arrow edges where multisampling is cheap; on a CPU rasteriser it
  // costs ~65% more per frame (W6), so only exports multisample there.
  QSurfaceFormat format = canvasSurfaceFormat();
  if (m_glError.isEmpty() && !isSoftwareRasteriser(renderer)) format.setSamples(4);
  setFormat(format);
  m_repaintTimer.setSingleShot(true);
  m_repaintTimer.setInterval(kFrameIntervalMs);
  connect(&m_repaintTimer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
}

GlCanvas::~GlCanvas() {
  // Clean up here and not again on aboutToBeDestroyed (QT-NOTES pitfall 4).
  if (context()) disconnect(context(), &QOpenGLContext::aboutToBeDestroyed, this, nullptr);
  releaseGl();
}

QString GlCanvas::probeGl(QString* glRenderer) {
  if (QGuiApplication::platformName() == "offscreen" || QGuiApplication::platformName() == "minimal")
    return QString("the '%1' platform has no OpenGL windows; run under X (e.g. xvfb-run) with QT_QPA_PLATFORM=xcb")
        .arg(QGuiApplication::platformName());
  QOpenGLContext context;
  context.setFormat(canvasSurfaceFormat());
  if (!context.create()) return "cannot create an OpenGL context";
  QOffscreenSurface surface;
  surface.setFormat(context.format());
  surface.create();
  if (!context.makeCurrent(&surface)) return "cannot make an OpenGL context current";
  const QString problem = currentContextProblem();
  if (glRenderer && problem.isEmpty())
    *glRenderer = QString::fromLatin1(reinterpret_cast<const char*>(context.functions()->glGetString(GL_RENDERER)));
  context.doneCurrent();
  return problem;
}

void GlCanvas::releaseGl() {
  if (!m_renderer) return;
  makeCurrent();
  m_renderer.reset();
  doneCurrent();
}

void GlCanvas::setScene(std::shared_ptr<const PlotScene> scene) {
  if (!scene) return;
  const bool labMovedView = !m_scene || (scene->view != m_scene->view && scene->view != m_lastReportedView);
  if (labMovedView) {
    m_view = scene->view;
    m_homeView = scene->view;
  }
  m_scene = std::move(scene);
  if (!m_repaintTimer.isActive()) m_repaintTimer.start();
}

void GlCanvas::resetView() {
  if (!m_scene) return;
  changeView(m_homeView);
}

void GlCanvas::changeView(const core::PlaneRect& view) {
  if (view == m_view) return;
  m_view = view;
  m_lastReportedView = view;
  update();
  emit viewChanged(view);
}

PlotLayout GlCanvas::currentLayout() const {
  static const PlotScene empty;
  return PlotLayout::compute(QRectF(rect()), m_scene ? *m_scene : empty, m_view);
}

QRectF GlCanvas::plotRect() const { return currentLayout().plot; }

void GlCanvas::initializeGL() {
  if (!m_glError.isEmpty()) return;
  connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &GlCanvas::releaseGl);
  if (const QString problem = currentContextProblem(); !problem.isEmpty()) {
    m_glError = problem;
    return;
  }
  auto renderer = std::make_unique<SceneRenderer>();
  if (renderer->initialize(&m_glError)) m_renderer = std::move(renderer);
}

void GlCanvas::paintMessage(const QString& text) {
  QPainter painter(this);
  painter.fillRect(rect(), QColor(250, 250, 250));
  painter.setPen(QColor(150, 20, 20));
  painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                   "The plot cannot be drawn: OpenGL 3.3 is unavailable.\n" + text);
}

void GlCanvas::paintGL() {
  if (!m_renderer) {
    paintMessage(m_glError.isEmpty() ? "OpenGL initialisation failed" : m_glError);
    return;
  }
  static const PlotScene empty;
  const PlotScene& scene = m_scene ? *m_scene : empty;
  const PlotLayout layout = currentLayout();
  const qreal dpr = devicePixelRatioF();
  const QSize sizePx(static_cast<int>(std::lround(width() * dpr)), static_cast<int>(std::lround(height() * dpr)));
  auto& gl = *context()->functions();
  gl.glClearColor(1, 1, 1, 1);
  gl.glClear(GL_COLOR_BUFFER_BIT);
  m_renderer->render(scene, m_view, layout.plotViewport(dpr, sizePx.height()), static_cast<float>(dpr));
  // The furniture changes with its own fields, the view or the size, not with
  // the data: a stream of new frames does not repaint it.
  const OverlayKey key{m_view, sizePx, dpr};
  if (!(key == m_overlayKey) || m_overlay.isNull() || !sameDecorations(m_overlayDecorations, scene)) {
    m_overlay = overlayImage(scene, m_view, layout, sizePx, dpr);
    m_overlayKey = key;
    m_overlayDecorations = decorationsOf(scene);
  }
  m_renderer->drawOverlay(m_overlay, QRect(QPoint(0, 0), sizePx));
}

void GlCanvas::mousePressEvent(QMouseEvent* event) {
  m_pressPos = event->position();
  m_pressView = m_view;
  m_pressButton = event->button();
  m_panning = false;
}

void GlCanvas::mouseMoveEvent(QMouseEvent* event) {
  const PlotLayout layout = currentLayout();
  if (m_pressButton == Qt::NoButton) {
    emit hovered(layout.toData(m_view, event->position()));
    return;
  }
  const QPointF delta = event->position() - m_pressPos;
  if (!m_panning && std::hypot(delta.x(), delta.y()) < kClickSlop) return;
  m_panning = true;
  // The data point under the cursor at the press stays under the cursor.
  const double dx = -delta.x() / layout.plot.width() * m_pressView.width();
  const double dy = delta.y() / layout.plot.height() * m_pressView.height();
  changeView({m_pressView.xMin + dx, m_pressView.xMax + dx, m_pressView.yMin + dy, m_pressView.yMax + dy});
}

void GlCanvas::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() != m_pressButton) return;
  if (!m_panning) emit clicked(currentLayout().toData(m_view, event->position()), event->button(), event->modifiers());
  m_pressButton = Qt::NoButton;
  m_panning = false;
}

void GlCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton) resetView();
  m_pressButton = Qt::NoButton;
}

void GlCanvas::wheelEvent(QWheelEvent* event) {
  const double degrees = event->angleDelta().y() / 8.0;
  if (degrees == 0) return;
  // Zoom in for a forward turn, keeping the data point under the cursor fixed.
  const double scale = std::exp(-degrees * kZoomPerDegree);
  const QPointF anchor = currentLayout().toData(m_view, event->position());
  changeView({anchor.x() + (m_view.xMin - anchor.x()) * scale, anchor.x() + (m_view.xMax - anchor.x()) * scale,
              anchor.y() + (m_view.yMin - anchor.y()) * scale, anchor.y() + (m_view.yMax - anchor.y()) * scale});
  event->accept();
}

}  // namespace kx::widgets
