#include "widgets/labs/vae/vae_weights_io.h"

#include <QFile>
#include <QTemporaryDir>

#include "core/nn/weights_file.h"

namespace kx::widgets {

core::Result<QJsonObject> vaeWeightsToJson(core::vae::VaeModel model) {
  const core::vae::VaeConfig& config = model.config();
  QTemporaryDir dir;
  if (!dir.isValid()) return core::fail("no temporary folder for the weights file");
  const QString path = dir.filePath("vae.kxw");
  if (auto s = core::nn::saveWeights(path.toStdString(), model.state()); !s) return core::fail(s.error());
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return core::fail("could not read back the weights file");
  const QJsonObject shapes{
      {"input", config.input}, {"width", config.width}, {"latent", config.latent}, {"bn", config.batchNorm}};
  return QJsonObject{{"file", QString::fromLatin1(file.readAll().toBase64())}, {"model", shapes}};
}

core::Result<VaeSavedModel> vaeWeightsFromJson(const QJsonObject& json) {
  const QJsonObject shapes = json.value("model").toObject();
  VaeSavedModel out;
  auto readInt = [&](const char* key, int lo, int hi, int* to) -> core::Status {
    const QJsonValue v = shapes.value(key);
    if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < lo || v.toInt() > hi)
      return core::fail(std::string("model.") + key + " must be a whole number from " + std::to_string(lo) + " to " +
                        std::to_string(hi));
    *to = v.toInt();
    return core::Ok{};
  };
  // The schema's ranges (vae_params.cpp); images up to 128 x 128.
  for (auto s : {readInt("input", 1, 128 * 128, &out.input), readInt("width", 16, 1024, &out.width),
                 readInt("latent", 2, 64, &out.latent)})
    if (!s) return core::fail(s.error());
  if (!shapes.value("bn").isBool()) return core::fail("model.bn must be true or false");
  out.batchNorm = shapes.value("bn").toBool();
  core::vae::VaeConfig config;
  config.input = out.input;
  config.width = out.width;
  config.latent = out.latent;
  config.batchNorm = out.batchNorm;
  const QByteArray bytes = QByteArray::fromBase64(json.value("file").toString().toLatin1());
  // The two big matrices alone need this many bytes: a shorter file cannot
  // fit, and the model is not allocated for it.
  const qint64 least = 2ll * out.input * out.width * qint64(sizeof(float));
  if (bytes.size() < least)
    return core::fail("the session's model is truncated: " + std::to_string(bytes.size()) + " bytes, a " +
                      std::to_string(out.input) + "-" + std::to_string(out.width) + " VAE needs more than " +
                      std::to_string(least));
  core::vae::VaeModel model(config);
  const std::vector<char> buffer(bytes.begin(), bytes.end());
  if (auto s = core::nn::readWeights(buffer, "the session's model", model.state()); !s) return core::fail(s.error());
  out.weights = core::vae::weightsOf(model);
  return out;
}

}  // namespace kx::widgets
