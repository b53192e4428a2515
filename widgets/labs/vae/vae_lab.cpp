#include "widgets/labs/vae/vae_lab.h"

#include <QFileInfo>
#include <QMetaObject>

#include "core/vae/digit_strokes.h"
#include "core/vae/idx_reader.h"
#include "widgets/labs/vae/vae_images.h"
#include "widgets/labs/vae/vae_scene.h"
#include "widgets/labs/vae/vae_view.h"

namespace kx::widgets {
namespace {

const char* kAbout = QT_TRANSLATE_NOOP("kx::widgets::VaeLab", R"(
<h3>Variational autoencoders: train one, then walk its latent space</h3>
<p>An encoder maps an image x to a Gaussian q(z|x) = N(μ(x), σ²(x)); a decoder maps a code z back to pixel
probabilities (Bernoulli) or means (Gaussian). Training minimises minus the ELBO,
E[−log q(x|z)] + KL(q(z|x) ‖ N(0, I)), with z = μ + σ·ε sampled by reparameterisation; the KL of a diagonal
Gaussian is ½ Σ (μ² + σ² − log σ² − 1) (docs/math.md §5.1).</p>
<p><b>Data.</b> By default the lab trains on <b>embedded digits</b>: 10,000 digits of 28 × 28 pixels that the app
draws itself from jittered pen strokes (varied slant, size and thickness, anti-aliased). They are generated, not
MNIST: cleaner than handwriting, so the losses are lower. <b>Open IDX…</b> loads MNIST or Fashion-MNIST files
(gzip or plain) and <b>Download MNIST</b> fetches MNIST (checksums verified, kept in a cache); the last “held
out” images are never trained on.</p>
<p><b>Latent scatter.</b> The held-out images' posterior means, coloured by label; beyond two dimensions, their
first two principal components. Hover a point to see its image; click two points to pick the ends A and B of an
interpolation — linear, or spherical (the direction turns along the great circle while the norm changes linearly,
docs/math.md §5.3) — shown as a strip and as an animated morph. For a 2D latent the manifold panel decodes a grid of
codes at the normal quantiles, so each cell covers the same prior probability.</p>
<p><b>KL vanishing.</b> The bars show the KL of each latent dimension: a dimension with KL below 0.01 nats is
inactive (the decoder ignores it). Trained long enough, a plain VAE with a 64-dimensional latent leaves many
inactive. The
<b>VAE+BN</b> recipe (§5.2) batch-normalises μ and σ with γ<sub>μ</sub>² = τ + (1 − τ)·sigmoid(θ) and
γ<sub>σ</sub>² = 1 − γ<sub>μ</sub>², which puts a floor of τ/2 under every dimension's KL: no unit can vanish.</p>
<p>Sources: <a href="https://kexue.fm/archives/5253">kexue.fm/archives/5253</a>,
<a href="https://kexue.fm/archives/5343">5343</a> (VAE basics), <a href="https://kexue.fm/archives/7381">7381</a>
(VAE + BN).</p>
)");

}  // namespace

VaeLab::VaeLab(QObject* parent) : LabOf({"vae", tr("VAE"), kAbout, core::vae::vaeSchema()}, parent) {
  connect(&runner(), &JobRunner::finished, this, [this](const QString& failure) {
    if (!failure.isEmpty()) setFailure(failure);
  });
  connect(this, &Lab::valuesChanged, this, [this] { setFailure({}); });
}

VaeLab::~VaeLab() { stopJob(); }

std::unique_ptr<core::Job> VaeLab::makeJob() {
  std::shared_ptr<const core::vae::VaeWeights> start;
  m_startUsed = false;
  if (m_start) {
    // A session's model is the starting point while the values still describe its shapes.
    const int input = m_data ? m_data->pixelsPerImage() : core::vae::kDigitSide * core::vae::kDigitSide;
    if (m_start->input == input && m_start->width == int(value("width")) && m_start->latent == int(value("latent")) &&
        m_start->batchNorm == (value("bn") != 0)) {
      start = std::shared_ptr<const core::vae::VaeWeights>(m_start, &m_start->weights);
      m_startUsed = true;
    }
  }
  // The untrained (or restored) model is drawn before Run: one chunk builds and evaluates it.
  const quint64 generation = runner().generation() + 1;  // start() takes the next one
  QMetaObject::invokeMethod(
      this,
      [this, generation] {
        if (runner().generation() == generation && !running() && !hasFrame() && runner().busy()) runner().step();
      },
      Qt::QueuedConnection);
  return std::make_unique<VaeLabJob>(values(), m_data, std::move(start));
}

void VaeLab::show(std::shared_ptr<const VaeLabFrame> f) {
  if (!f->train) return;
  const bool otherSet = !m_frame || m_frame->data != f->data || m_frame->heldBegin != f->heldBegin;
  m_frame = std::move(f);
  if (otherSet) {
    m_hovered = -1;
    clearEndsOutside(int(m_frame->train->heldLabels.size()));
  }
  if (m_endA < 0 && m_endB < 0) {
    // Something to interpolate from the start: the first held-out 1 and 0
    // (or the first two images) until the user clicks points of their own.
    const auto& picks = m_frame->reconIndices;
    if (picks.size() >= 2) m_endA = picks[1], m_endB = picks[0];
  }
  const double tau = jobValues().at("bn") != 0 ? jobValues().at("tau") : 0.0;
  m_charts.update(*m_frame->train, tau);
  requestInterpolation();  // the model changed: decode the ends again
  rebuildScene();
}

void VaeLab::resetState() {
  m_start.reset();
  m_tasks.drop(DecodeTask);
  m_interp.reset();
  m_endA = m_endB = m_hovered = -1;
  m_nextIsB = false;
  m_path = core::vae::Path::Linear;
  m_steps = 10;
  setFailure({});
  emit interpolationChanged();
}

void VaeLab::clearEndsOutside(int count) {
  if (m_endA >= count || m_endB >= count) {
    m_endA = m_endB = -1;
    m_nextIsB = false;
    m_interp.reset();
    emit interpolationChanged();
  }
}

void VaeLab::openIdx(const QString& imagesPath, const QString& labelsPath) { loadIdx(imagesPath, labelsPath, false); }

void VaeLab::loadIdx(const QString& imagesPath, const QString& labelsPath, bool keepEnds) {
  m_tasks.request(LoadTask, [this, imagesPath, labelsPath, keepEnds](const core::CancelToken&) -> std::function<void()> {
    auto set = core::vae::loadIdxImageSet(imagesPath.toStdString(), labelsPath.toStdString());
    if (!set) {
      const QString error = QString::fromStdString(set.error());
      return [this, error] { emit message(tr("The data set was not opened (the current one stays): %1").arg(error)); };
    }
    auto data = std::make_shared<const core::vae::ImageSet>(std::move(set).value());
    return [this, data, imagesPath, labelsPath, keepEnds] {
      m_data = data;
      m_imagesPath = imagesPath;
      m_labelsPath = labelsPath;
      if (!keepEnds) {
        m_endA = m_endB = m_hovered = -1;
        m_nextIsB = false;
        m_interp.reset();
        emit interpolationChanged();
      }
      emit datasetChanged();
      recompute();
    };
  });
  emit datasetChanged();  // "loading..."
}

void VaeLab::useEmbeddedDigits() {
  m_tasks.drop(LoadTask);
  if (!m_data) return;
  m_data.reset();
  m_imagesPath.clear();
  m_labelsPath.clear();
  emit datasetChanged();
  recompute();
}

QString VaeLab::datasetDescription() const {
  QString text = m_data ? tr("%1 and %2: %3 images of %4 × %5")
                              .arg(QFileInfo(m_imagesPath).fileName(), QFileInfo(m_labelsPath).fileName())
                              .arg(m_data->count)
                              .arg(m_data->rows)
                              .arg(m_data->cols)
                        : tr("Embedded digits: %1 images of 28 × 28 generated by the app from pen strokes (not MNIST)")
                              .arg(core::vae::kDefaultDigitCount);
  if (loading()) text += tr(" — loading the new files…");
  return text;
}

void VaeLab::hover(int index) {
  if (index == m_hovered) return;
  m_hovered = index;
  rebuildScene();
}

void VaeLab::pick(int index) {
  if (!m_frame || index < 0 || index >= int(m_frame->train->heldLabels.size())) return;
  // setEnds() sets m_nextIsB: B after a lone A, else A again.
  if (m_nextIsB)
    setEnds(m_endA, index);
  else
    setEnds(index, -1);
}

void VaeLab::setEnds(int a, int b) {
  const int n = m_frame ? int(m_frame->train->heldLabels.size()) : 0;
  m_endA = a >= 0 && a < n ? a : -1;
  m_endB = b >= 0 && b < n ? b : -1;
  m_nextIsB = m_endA >= 0 && m_endB < 0;
  requestInterpolation();
  rebuildScene();
}

void VaeLab::setPath(core::vae::Path path) {
  if (path == m_path) return;
  m_path = path;
  requestInterpolation();
}

void VaeLab::setSteps(int steps) {
  steps = std::clamp(steps, 2, 64);
  if (steps == m_steps) return;
  m_steps = steps;
  requestInterpolation();
}

void VaeLab::requestInterpolation() {
  if (!m_frame || !m_frame->model || m_endA < 0 || m_endB < 0) {
    m_tasks.drop(DecodeTask);
    if (m_interp) {
      m_interp.reset();
      emit interpolationChanged();
    }
    return;
  }
  auto frame = m_frame;
  const int a = m_endA, b = m_endB, steps = m_steps;
  const core::vae::Path path = m_path;
  m_tasks.request(DecodeTask, [this, frame, a, b, steps, path](const core::CancelToken&) -> std::function<void()> {
    auto r = decodeInterpolation(*frame, a, b, steps, path);
    return [this, r, frame] {
      if (frame != m_frame && m_frame && m_frame->data != frame->data) return;  // another data set by now
      m_interp = r;
      emit interpolationChanged();
      rebuildScene();
    };
  });
}

std::shared_ptr<VaeInterpolation> decodeInterpolation(const VaeLabFrame& frame, int a, int b, int steps,
                                                      core::vae::Path path) {
  auto r = std::make_shared<VaeInterpolation>();
  r->a = a, r->b = b, r->steps = steps, r->path = path;
  r->rows = frame.imageRows(), r->cols = frame.imageCols();
  r->source = &frame;
  core::vae::VaeModel model = *frame.model;  // decode on a copy: the frame's model is shared
  const Eigen::RowVectorXf za = frame.train->latest.codes.row(a), zb = frame.train->latest.codes.row(b);
  r->codes = core::vae::interpolate(za, zb, steps, path);
  r->strip = model.decode(r->codes);
  const core::nn::Mat<float> morph = core::vae::interpolate(za, zb, kVaeMorphFrames, path);
  r->morph = model.decode(morph);
  const auto& proj = frame.projection;
  r->projectedPath = ((morph.rowwise() - proj.mean) * proj.axes).cast<float>();
  // The ends' diagonal posteriors; a variance that underflowed to 0 has no finite distance.
  const auto& variances = frame.train->latest.variances;
  if (variances.rows() > std::max(a, b)) {
    auto posterior = [&](int i) {
      return core::vae::diagonalNormal(frame.train->latest.codes.row(i).transpose().cast<double>(),
                                       variances.row(i).transpose().cast<double>().array().log().matrix());
    };
    if (auto d = core::vae::normalDistances(posterior(a), posterior(b))) r->endDistances = *d;
  }
  return r;
}

void VaeLab::retranslateFigures() {
  m_charts.setTexts();
  if (!m_frame) return Lab::retranslateFigures();
  m_charts.update(*m_frame->train, jobValues().at("bn") != 0 ? jobValues().at("tau") : 0.0);
  rebuildScene();  // emits displayed()
}

void VaeLab::rebuildScene() {
  if (!m_frame) return;
  VaeSceneMarks marks{m_endA, m_endB, m_hovered, {}};
  if (m_interp && m_interp->a == m_endA && m_interp->b == m_endB) marks.path = m_interp->projectedPath;
  m_scene = std::make_shared<const PlotScene>(vaeLatentScene(*m_frame, marks));
  emit displayed();
}

namespace {

QImage morphImageOf(const VaeInterpolation& interp, int k, int side) {
  if (k < 0 || k >= interp.morph.rows()) return {};
  std::vector<float> pixels(std::size_t(interp.morph.cols()));
  for (Eigen::Index p = 0; p < interp.morph.cols(); ++p) pixels[std::size_t(p)] = interp.morph(k, p);
  const QImage image = digitImage(pixels.data(), interp.rows, interp.cols);
  return image.scaled(side, side, Qt::KeepAspectRatio, Qt::FastTransformation).convertToFormat(QImage::Format_RGB32);
}

}  // namespace

QImage VaeLab::morphImage(int k, int side) const { return m_interp ? morphImageOf(*m_interp, k, side) : QImage(); }

core::Result<Animation> VaeLab::animation() const {
  if (!m_interp)
    return core::fail(tr("Pick two points in the scatter first: the morph runs between them").toStdString());
  // The morph's digits, each filling the frame's height with square pixels
  // (no smoothing: the decoder's pixels stay visible, as on screen).
  Animation animation{"vae-morph", int(m_interp->morph.rows()), false, {}};
  animation.frameAt = [interp = m_interp](double progress) -> FramePainter {
    const QImage digit = morphImageOf(*interp, frameIndexAt(progress, int(interp->morph.rows())), interp->rows);
    return [digit](QPainter& painter, const QRectF& rect) {
      const double side = std::min(rect.width(), rect.height());
      const QRectF square(rect.center() - QPointF(side, side) / 2, QSizeF(side, side));
      painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
      painter.drawImage(square, digit);
    };
  };
  return animation;
}

QWidget* VaeLab::createView(QWidget* parent) { return new VaeView(this, parent); }

std::unique_ptr<Lab> makeVaeLab() { return std::make_unique<VaeLab>(); }

}  // namespace kx::widgets
