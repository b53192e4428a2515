#pragma once
// The VAE lab's diagnosis charts (issue 7, docs/math.md §5): held-out negative
// ELBO, reconstruction and training loss over epochs; the KL term over
// epochs; and the KL of each latent dimension as bars, active units (KL above
// core::vae::kActiveUnitKl = 0.01 nats, docs/benchmarks.md W5) apart from inactive
// ones — the picture of KL vanishing, and of the VAE+BN floor tau/2 (§5.2).
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>

#include "core/vae/vae_job.h"

namespace kx::widgets {

class VaeCharts {
  // The context lupdate and the .ts file give this class (qualified).
  Q_DECLARE_TR_FUNCTIONS(kx::widgets::VaeCharts)

 public:
  VaeCharts();
  ~VaeCharts();
  VaeCharts(const VaeCharts&) = delete;
  VaeCharts& operator=(const VaeCharts&) = delete;

  /// The titles, axis titles and names in the current language (the titles
  /// that depend on a frame come with update()).
  void setTexts();
  /// `tau` > 0: the VAE+BN recipe is on and its per-dimension floor is drawn.
  void update(const core::vae::VaeFrame& frame, double tau);
  void clear();

  QChart* losses() const { return m_losses; }
  QChart* kl() const { return m_kl; }
  QChart* klPerDim() const { return m_bars; }

 private:
  QChart *m_losses, *m_kl, *m_bars;
  QLineSeries *m_elbo, *m_recon, *m_train, *m_klLine, *m_floor;
  QBarSet *m_active, *m_inactive;
};

}  // namespace kx::widgets
