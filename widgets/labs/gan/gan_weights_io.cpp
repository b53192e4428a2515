#include "widgets/labs/gan/gan_weights_io.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include "core/mixture/presets.h"
#include "core/nn/weights_file.h"

namespace kx::widgets {
namespace {

// Messages for the user (a session that cannot be saved or restored), translated in the context "GanWeightsIo".
struct GanWeightsIo {
  Q_DECLARE_TR_FUNCTIONS(GanWeightsIo)
};

std::string text(const QString& s) { return s.toStdString(); }

// The parameters that fix the networks' shapes and names.
const char* kShapeKeys[] = {"g_depth", "g_width", "g_act", "d_depth", "d_width", "d_act", "noise_dim"};

core::nn::ParameterGroup<float> allParameters(core::gan::GanTrainer& t) {
  auto group = t.generator().parameters();
  for (auto* p : t.discriminator().parameters()) group.push_back(p);
  return group;
}

}  // namespace

core::Result<QJsonObject> weightsToJson(const core::gan::GanWeights& weights, const core::ParamValues& values) {
  auto params = core::gan::ganParamsFrom(values);
  if (!params) return core::fail(params.error());
  core::gan::GanTrainer trainer(*params, core::mixture::ring8());
  if (auto status = trainer.setWeights(weights); !status) return core::fail(status.error());
  QTemporaryDir dir;
  if (!dir.isValid()) return core::fail(text(GanWeightsIo::tr("no temporary folder for the weights file")));
  const QString path = dir.filePath("gan.kxw");
  if (auto status = core::nn::saveWeights(path.toStdString(), allParameters(trainer)); !status)
    return core::fail(status.error());
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return core::fail(text(GanWeightsIo::tr("could not read back the weights file")));
  QJsonObject shapes;
  for (const char* key : kShapeKeys) shapes.insert(key, values.at(key));
  return QJsonObject{{"file", QString::fromLatin1(file.readAll().toBase64())}, {"networks", shapes}};
}

core::Result<core::gan::GanWeights> weightsFromJson(const QJsonObject& json) {
  const core::ParamSchema schema = core::gan::ganSchema();
  core::ParamValues values = schema.defaults();
  const QJsonObject shapes = json.value("networks").toObject();
  for (const char* key : kShapeKeys) {
    if (!shapes.value(key).isDouble()) return core::fail(text(GanWeightsIo::tr("networks.%1 is missing").arg(key)));
    values[key] = shapes.value(key).toDouble();
  }
  auto params = core::gan::ganParamsFrom(values);
  if (!params) return core::fail(params.error());
  core::gan::GanTrainer trainer(*params, core::mixture::ring8());
  QTemporaryDir dir;
  if (!dir.isValid()) return core::fail(text(GanWeightsIo::tr("no temporary folder for the weights file")));
  const QString path = dir.filePath("gan.kxw");
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly) ||
      file.write(QByteArray::fromBase64(json.value("file").toString().toLatin1())) < 0)
    return core::fail(text(GanWeightsIo::tr("could not write the weights to a temporary file")));
  file.close();
  if (auto status = core::nn::loadWeights(path.toStdString(), allParameters(trainer)); !status)
    return core::fail(status.error());
  return trainer.weights();
}

}  // namespace kx::widgets
