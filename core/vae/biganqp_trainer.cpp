#include "core/vae/biganqp_trainer.h"

#include <algorithm>
#include <cmath>

#include "core/util/counter_rng.h"

namespace kx::core::vae {

double meanGradientMagnitude(const nn::Mat<float>& images, int rows, int cols) {
  double sum = 0;
  for (Eigen::Index i = 0; i < images.rows(); ++i)
    for (int r = 0; r + 1 < rows; ++r)
      for (int c = 0; c + 1 < cols; ++c) {
        const double p = images(i, r * cols + c);
        const double gx = images(i, r * cols + c + 1) - p, gy = images(i, (r + 1) * cols + c) - p;
        sum += std::sqrt(gx * gx + gy * gy);
      }
  return sum / (double(images.rows()) * (rows - 1) * (cols - 1));
}

namespace {

nn::ParameterGroup<float> encoderAndGenerator(BiGanQpModel<float>& model) {
  auto group = model.encoderParameters();
  for (auto* p : model.generatorParameters()) group.push_back(p);
  return group;
}

}  // namespace

BiGanQpTrainer::BiGanQpTrainer(const BiGanQpConfig& model, const BiGanQpTraining& training,
                               std::shared_ptr<const ImageSet> data)
    : m_model(model),
      m_training(training),
      m_data(std::move(data)),
      m_criticAdam(m_model.criticParameters(), float(training.train.learningRate), float(training.adamBeta1)),
      m_generatorAdam(encoderAndGenerator(m_model), float(training.train.learningRate), float(training.adamBeta1)),
      m_train(m_data->count - training.train.heldOut),
      m_schedule(m_train, training.train.batch, model.seed) {}

Status BiGanQpTrainer::checkFinite(double loss, const char* what) const {
  if (std::isfinite(loss)) return Ok{};
  return fail(std::string("BiGAN-QP training diverged at epoch ") + std::to_string(epoch() + 1) + " (the " + what +
              " loss is " + std::to_string(loss) + "): lower the learning rate");
}

Status BiGanQpTrainer::step() {
  const std::vector<int> idx = m_schedule.batch();
  const auto& c = m_model.config();
  const auto n = Eigen::Index(idx.size());
  const nn::Mat<float> x = imagesAsMatrix(*m_data, idx);
  // Fresh noise for each update of the step: rows [k n, (k + 1) n) for critic update k, the last n for E, G.
  const nn::Mat<float> z = standardNormals(blockKey(c.seed, kTrainNoiseStreams + m_schedule.stepIndex()),
                                           (m_training.criticSteps + 1) * n, c.latent);
  for (int k = 0; k < m_training.criticSteps; ++k) {
    m_tape.clear();
    const auto pass = m_model.criticPass(m_tape, x, z.middleRows(k * n, n));
    m_criticLoss = pass.loss.value()(0, 0);
    if (auto s = checkFinite(m_criticLoss, "critic"); !s) return s;
    m_criticAdam.zeroGrad();
    m_tape.backward(pass.loss);
    m_criticAdam.step();
  }
  m_tape.clear();
  const auto pass = m_model.generatorPass(m_tape, x, z.bottomRows(n));
  const double loss = pass.loss.value()(0, 0);
  if (auto s = checkFinite(loss, "encoder and generator"); !s) return s;
  m_generatorAdam.zeroGrad();
  m_tape.backward(pass.loss);
  m_generatorAdam.step();
  m_schedule.advance(loss);
  return Ok{};
}

BiGanQpEvaluation BiGanQpTrainer::evaluate() const {
  BiGanQpEvaluation e;
  const int held = m_training.train.heldOut, batch = m_training.train.batch;
  for (int begin = 0; begin < held; begin += batch) {
    const int n = std::min(batch, held - begin);
    const nn::Mat<float> x = imagesAsMatrix(*m_data, m_train + begin, n);
    const nn::Mat<float> r = m_model.reconstruct(x);
    e.reconstructionMse += (x - r).cast<double>().squaredNorm();
    e.sharpness += meanGradientMagnitude(r, m_data->rows, m_data->cols) * n;
    e.dataSharpness += meanGradientMagnitude(x, m_data->rows, m_data->cols) * n;
  }
  e.reconstructionMse /= double(held) * m_data->pixelsPerImage();
  e.sharpness /= held;
  e.dataSharpness /= held;
  return e;
}

}  // namespace kx::core::vae
