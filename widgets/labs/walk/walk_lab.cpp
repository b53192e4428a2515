#include "widgets/labs/walk/walk_lab.h"

#include <QMetaObject>
#include <algorithm>

#include "widgets/labs/walk/walk_scene.h"
#include "widgets/labs/walk/walk_view.h"

namespace kx::widgets {
namespace {

// Marked for lupdate; the shell shows it translated in the lab class's context (live).
const char* kAbout = QT_TRANSLATE_NOOP("kx::widgets::WalkLab", R"(
<h3>Random walks: from coin flips to the normal law</h3>
<p>Each walker starts at 0 and takes n independent steps. On the <b>lattice</b> a step is +1 with probability p
and −1 otherwise, so S<sub>n</sub> has the binomial law
P(S<sub>n</sub> = k) = C(n, (n+k)/2) p<sup>(n+k)/2</sup>(1−p)<sup>(n−k)/2</sup>.
Continuous steps may be Gaussian, uniform or <b>Cauchy</b> (heavy-tailed, no variance).</p>
<p><b>Central limit:</b> with finite step variance σ², S<sub>n</sub> is close to the normal law N(nμ, nσ²); the
Kolmogorov–Smirnov distance falls like n<sup>−1/2</sup> (Berry–Esseen) until it meets the sampling floor ≈ 1/√N of
N walkers. A sum of Cauchy steps is Cauchy again with n times the scale: it never becomes normal.</p>
<p><b>Diffusion:</b> the mean-square displacement grows linearly, ⟨|X<sub>t</sub>|²⟩ = 2dDt in d dimensions; the density
of walkers approaches the heat kernel, a Gaussian whose variance grows linearly in time.</p>
<p><b>The essay's derivation</b> (page <i>Characteristic function</i>): one ±1 step has characteristic function
E e<sup>iωX</sup> = cos ω, so n steps have cos<sup>n</sup>ω. With ω = u/√n, ln cos(u/√n) = −u²/(2n) − u⁴/(12n²) − …,
hence cos<sup>n</sup>(u/√n) → e<sup>−u²/2</sup>: the characteristic function of the normal law (in the essay's units
cos<sup>t/Δt</sup>(ωΔs) → exp(−αtω²/2) when Δs² = αΔt). The walkers' own mean of cos ωx sits on the curve. Going back,
P(S<sub>n</sub> = k) = (1/2π)∫cos<sup>n</sup>ω e<sup>−ikω</sup>dω; the integrand is a trigonometric polynomial of degree
n + |k|, so the trapezoid rule on more than n + |k| nodes is exact, and the table shows it returning the binomial law
(n = 10, k = 2: 0.205078125). The true Kolmogorov–Smirnov distance of the lattice law to the normal, taken on both
sides of each jump, is about 1/√(2πn) (0.123 at n = 10); the distance measured at bin edges is continuity-corrected
and much smaller, and is labelled so.</p>
<p><b>Path integral:</b> the propagator after time t is the composition of many short-time Gaussian kernels
(Chapman–Kolmogorov); with an absorbing or reflecting barrier the closed form follows from the method of images.
With a potential V = ω²x²/2 each slice also carries e<sup>−VΔt</sup> and the composition converges, at second order
in Δt for the symmetric split, to Mehler's kernel √(ω/(2π sinh ωt)) exp(−ωx² coth(ωt)/2). Set <i>Potential ω</i> to
see it: the chart shows the kernels and Mehler's per unit mass (the walkers do not feel the potential), and the page
<i>Path integral</i> plots their error against the number of kernels on log–log axes.</p>
<p><b>Bernoulli's products</b> (page <i>Bernoulli products</i>): at the origin the harmonic kernel divided by the free
one is √(ωt / sinh ωt), a product over the path's Fourier modes, because sinh x / x = ∏(1 + x²/(n²π²)) (and
sin x / x = ∏(1 − x²/(n²π²))). The page shows the partial products converging as modes are added, and their
logarithmic derivatives Σ 1/(n² + ω²) = (πω coth πω − 1)/(2ω²) and Σ 1/(n² − ω²) = (1 − πω cot πω)/(2ω²), the second
with poles at integer ω; both tend to ζ(2) = π²/6 as ω → 0.</p>
<p><b>Ornstein–Uhlenbeck walk:</b> dx = −kx dt + √α dW. Each step is the exact update x ← e<sup>−k</sup>x +
√(α(1 − e<sup>−2k</sup>)/(2k))·n, so the walkers follow N(x₀e<sup>−kt</sup>, α(1 − e<sup>−2kt</sup>)/(2k)) at every
step: the spread settles at α/(2k). Its path integral composes Euler kernels N(x; (1 − kΔt)y, αΔt), which converge
to that law at first order in Δt.</p>
<p><b>Run</b> (F5) plays the walk at the chosen speed; pause, step (F7) and the slider revisit any step already
computed. The space-time picture shows the highlighted walkers' paths, the cloud of all walkers at the current step
and the ±1, ±2 standard-deviation envelopes.</p>
<p>Sources (docs/math.md §2): <a href="https://kexue.fm/archives/2573">kexue.fm/archives/2573</a> (the basic formula),
<a href="https://kexue.fm/archives/2609">kexue.fm/archives/2609</a> (random walks and the path integral), and the
companions <a href="https://kexue.fm/archives/3750">3750</a>, <a href="https://kexue.fm/archives/3757">3757</a>.</p>
)");

}  // namespace

WalkLab::WalkLab(QObject* parent)
    : LabOf({"walk", tr("Random walk"), kAbout, core::walk::walkSchema()}, parent),
      m_scrubber("walk-scrubber", 1) {}

WalkLab::~WalkLab() { stopJob(); }

void WalkLab::setSpeed(double stepsPerSecond) { control()->pace = std::max(0.0, stepsPerSecond); }

int WalkLab::computedSteps() const { return m_job ? m_job->computedSteps() : 0; }

std::unique_ptr<core::Job> WalkLab::makeJob() {
  m_scrubber.drop(0);  // nothing scrubbed from the old walk may show up later
  m_scrubbed = false;
  const quint64 serial = ++m_serial;
  // The base class asks for a job whenever the inputs change or a walk is
  // replayed; the walk's start (step 0) and any failure are shown right away,
  // even when the job waits paused for Run or Step.
  QMetaObject::invokeMethod(
      this, [this, serial] { showStart(serial); }, Qt::QueuedConnection);
  auto created = core::walk::WalkJob::create(values());
  if (!created) {
    m_job.reset();
    setFailure(QString::fromStdString(created.error()));
    // With a view open the reason stands in the view's status line (no modal
    // dialog on every edit that makes an invalid combination); without one
    // (headless export, scripts) the job's failure carries it.
    return std::make_unique<core::FailedJob>(m_views > 0 ? std::string() : created.error());
  }
  setFailure({});
  m_job = std::shared_ptr<core::walk::WalkJob>(std::move(created).value().release());
  return std::make_unique<PacedWalkJob>(m_job, control());
}

void WalkLab::showStart(quint64 serial) {
  if (serial != m_serial) return;  // superseded by a newer walk
  if (!m_job) {
    m_frame.reset();
    m_scene = std::make_shared<const PlotScene>();
    if (m_views == 0 && !running()) emit message(failure());  // a running job reports it when it ends
    emit displayed();
    return;
  }
  if (m_shownSerial == serial) return;  // a live frame of this walk came first
  if (auto start = m_job->walkFrame()) display(std::move(start));
}

void WalkLab::show(std::shared_ptr<const core::walk::WalkFrame> f) {
  if (m_scrubbed) {
    // Frames of chunks that were in flight when the user scrubbed are older
    // than the scrubbed picture's frontier; a later one means Run or Step.
    if (f->step <= m_scrubFrontier && !running()) return;
    m_scrubbed = false;
  }
  m_shownSerial = m_serial;
  display(std::move(f));
}

void WalkLab::display(std::shared_ptr<const core::walk::WalkFrame> frame) {
  m_frame = std::move(frame);
  m_scene = std::make_shared<const PlotScene>(walkScene(*m_frame));
  m_charts.update(*m_frame);
  m_derivation.update(*m_frame);
  m_convergence.update(*m_frame);
  emit displayed();
}

void WalkLab::retranslateFigures() {
  m_charts.setTexts();
  m_derivation.setTexts();
  m_convergence.setTexts();
  if (m_frame)
    display(m_frame);  // the titles that depend on the frame, and the scene's labels
  else
    Lab::retranslateFigures();
}

void WalkLab::setBernoulli(double omega, int modes) { m_derivation.setBernoulli(omega, modes); }

void WalkLab::scrubTo(int step) {
  if (!m_job) return;
  pause();
  m_scrubFrontier = computedSteps();
  // The frame is rebuilt from the nearest checkpoint on the scrubber's thread
  // (12–50 ms for a million walkers: never on the GUI thread).
  m_scrubber.request(0, [this, job = m_job, step = std::clamp(step, 0, m_scrubFrontier)](
                            const core::CancelToken& cancel) -> std::function<void()> {
    auto frame = job->frameAt(step, cancel);
    if (!frame) return {};
    return [this, frame = std::move(frame)] { showScrubbed(frame); };
  });
}

void WalkLab::showScrubbed(std::shared_ptr<const core::walk::WalkFrame> frame) {
  m_scrubbed = true;
  m_scrubFrontier = std::max(m_scrubFrontier, computedSteps());
  display(std::move(frame));
  emit scrubbed(m_frame->step);
}

QWidget* WalkLab::createView(QWidget* parent) {
  auto* view = new WalkView(this, parent);
  ++m_views;
  connect(view, &QObject::destroyed, this, [this] { --m_views; });
  return view;
}

std::unique_ptr<Lab> makeWalkLab() { return std::make_unique<WalkLab>(); }

}  // namespace kx::widgets
