#include "widgets/canvas/gl_canvas.h"

#include <QGuiApplication>
#include <QMouseEvent>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QPainter>
#include <QWheelEvent>
#include <cmath>

#include "widgets/canvas/colormap_preference.h"
#include "widgets/canvas/figure_export.h"
#include "widgets/canvas/gl_canvas_surface.h"
#include "widgets/canvas/image_canvas_surface.h"
#include "widgets/canvas/scene_renderer.h"

namespace kx::widgets {
namespace {

constexpr double kClickSlop = 4.0;              // pixels a click may wander before it is a pan
constexpr int kFrameIntervalMs = 16;            // coalesced repaints: at most ~60 per second
constexpr double kZoomPerDegree = 1.0 / 300.0;  // ln(scale) per wheel degree: 15 deg = x1.051

/// The probe creates a context: once per process is enough.
const std::pair<QString, QString>& glProbeResult() {
  static const std::pair<QString, QString> result = [] {
    QString renderer;
    QString problem = GlCanvas::probeGl(&renderer);
    return std::pair{problem, renderer};
  }();
  return result;
}

}  // namespace

GlCanvas::GlCanvas(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setMinimumSize(200, 150);
  const auto& [problem, renderer] = glProbeResult();
  m_glError = problem;
  if (m_glError.isEmpty()) {
    const QByteArray choice = qgetenv("KX_CANVAS");
    const bool software = isSoftwareRasteriser(renderer);
    if (choice == "image" || (software && choice != "gl"))
      m_surface = m_imageSurface = new ImageCanvasSurface(*this);
    else  // smooth arrow edges where multisampling is cheap (W6: ~65% more per frame on a CPU)
      m_surface = m_glSurface = new GlCanvasSurface(*this, !software);
  }
  m_repaintTimer.setSingleShot(true);
  m_repaintTimer.setInterval(kFrameIntervalMs);
  connect(&m_repaintTimer, &QTimer::timeout, this, &GlCanvas::repaintNow);
  connect(&ColormapPreference::instance(), &ColormapPreference::changed, this, &GlCanvas::repaintNow);
}

GlCanvas::~GlCanvas() = default;

QString GlCanvas::glUnavailableReason() { return glProbeResult().first; }

QString GlCanvas::glError() const {
  if (m_glSurface) return m_glSurface->glError();
  if (m_imageSurface) return m_imageSurface->glError();
  return m_glError;
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

void GlCanvas::repaintNow() {
  if (m_surface)
    m_surface->update();
  else
    update();
}

void GlCanvas::resetView() {
  if (!m_scene) return;
  changeView(m_homeView);
}

void GlCanvas::changeView(const core::PlaneRect& view) {
  if (view == m_view) return;
  m_view = view;
  m_lastReportedView = view;
  repaintNow();
  emit viewChanged(view);
}

PlotLayout GlCanvas::layout() const {
  static const PlotScene empty;
  return PlotLayout::compute(QRectF(rect()), m_scene ? *m_scene : empty, m_view);
}

QRectF GlCanvas::plotRect() const { return layout().plot; }

CanvasPaint GlCanvas::paintState(qreal dpr) const {
  static const auto empty = std::make_shared<const PlotScene>();
  return {m_scene ? m_scene : empty, m_view, layout(), dpr,
          QSize(static_cast<int>(std::lround(width() * dpr)), static_cast<int>(std::lround(height() * dpr)))};
}

void GlCanvas::paintUnavailable(QWidget& surface, const QString& reason) {
  QPainter painter(&surface);
  painter.fillRect(surface.rect(), QColor(250, 250, 250));
  painter.setPen(QColor(150, 20, 20));
  painter.drawText(surface.rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                   "The plot cannot be drawn: OpenGL 3.3 is unavailable.\n" + reason);
}

void GlCanvas::resizeEvent(QResizeEvent*) {
  if (m_surface) m_surface->setGeometry(rect());
}

void GlCanvas::paintEvent(QPaintEvent*) {
  if (m_surface) return;  // the surface covers the canvas
  // Without GL the exporters' figure still draws the axes, lines, markers and
  // legend as vectors, and says in the plot area what is missing.
  PlotScene scene = m_scene ? *m_scene : PlotScene{};
  scene.view = m_view;
  QPainter painter(this);
  painter.fillRect(rect(), Qt::white);
  paintSceneFigure(painter, QRectF(rect()), scene, devicePixelRatioF());
}

void GlCanvas::mousePressEvent(QMouseEvent* event) {
  m_pressPos = event->position();
  m_pressView = m_view;
  m_pressButton = event->button();
  m_panning = false;
}

void GlCanvas::mouseMoveEvent(QMouseEvent* event) {
  const PlotLayout current = layout();
  if (m_pressButton == Qt::NoButton) {
    emit hovered(current.toData(m_view, event->position()));
    return;
  }
  const QPointF delta = event->position() - m_pressPos;
  if (!m_panning && std::hypot(delta.x(), delta.y()) < kClickSlop) return;
  m_panning = true;
  // The data point under the cursor at the press stays under the cursor.
  const double dx = -delta.x() / current.plot.width() * m_pressView.width();
  const double dy = delta.y() / current.plot.height() * m_pressView.height();
  changeView({m_pressView.xMin + dx, m_pressView.xMax + dx, m_pressView.yMin + dy, m_pressView.yMax + dy});
}

void GlCanvas::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() != m_pressButton) return;
  if (!m_panning) emit clicked(layout().toData(m_view, event->position()), event->button(), event->modifiers());
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
  const QPointF anchor = layout().toData(m_view, event->position());
  changeView({anchor.x() + (m_view.xMin - anchor.x()) * scale, anchor.x() + (m_view.xMax - anchor.x()) * scale,
              anchor.y() + (m_view.yMin - anchor.y()) * scale, anchor.y() + (m_view.yMax - anchor.y()) * scale});
  event->accept();
}

}  // namespace kx::widgets
