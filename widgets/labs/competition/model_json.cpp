#include "widgets/labs/competition/model_json.h"

#include <QJsonArray>
#include <cmath>

#include "core/phase/gallery.h"

namespace kx::widgets {
namespace {

bool finite(const QJsonValue& v) { return v.isDouble() && std::isfinite(v.toDouble()); }

}  // namespace

QJsonObject modelJson(const core::PlanarModelSpec& spec) {
  if (spec.id == "competition") return {};
  if (spec.id != "custom") return {{"id", QString::fromStdString(spec.id)}};
  QJsonArray parameters;
  for (const auto& p : spec.parameters)
    parameters.append(
        QJsonObject{{"name", QString::fromStdString(p.name)}, {"value", p.value}, {"min", p.min}, {"max", p.max}});
  const auto& w = spec.window;
  return {{"id", "custom"},
          {"dxdt", QString::fromStdString(spec.dxdt)},
          {"dydt", QString::fromStdString(spec.dydt)},
          {"parameters", parameters},
          {"window", QJsonArray{w.xMin, w.xMax, w.yMin, w.yMax}}};
}

core::Result<core::PlanarModelSpec> modelSpec(const QJsonObject& json) {
  if (json.isEmpty()) return core::galleryModel("competition");
  const std::string id = json.value("id").toString().toStdString();
  if (id != "custom") {
    for (auto& spec : core::modelGallery())
      if (spec.id == id && json.size() == 1) return spec;
    return core::fail(
        "model.id must be custom or one of the gallery's (competition, lotka_volterra, "
        "rosenzweig_macarthur, mutualism, sir), alone");
  }
  core::PlanarModelSpec spec{.id = "custom"};
  if (!json.value("dxdt").isString() || !json.value("dydt").isString())
    return core::fail("model.dxdt and model.dydt must be text");
  spec.dxdt = json.value("dxdt").toString().toStdString();
  spec.dydt = json.value("dydt").toString().toStdString();
  for (const auto& item : json.value("parameters").toArray()) {
    const QJsonObject p = item.toObject();
    if (!p.value("name").isString() || !finite(p.value("value")) || !finite(p.value("min")) || !finite(p.value("max")))
      return core::fail("each of model.parameters must be {\"name\": text, \"value\", \"min\", \"max\": numbers}");
    spec.parameters.push_back({p.value("name").toString().toStdString(), p.value("value").toDouble(),
                               p.value("min").toDouble(), p.value("max").toDouble()});
  }
  const QJsonArray w = json.value("window").toArray();
  if (w.size() != 4 || !finite(w[0]) || !finite(w[1]) || !finite(w[2]) || !finite(w[3]) ||
      !(w[1].toDouble() > w[0].toDouble()) || !(w[3].toDouble() > w[2].toDouble()))
    return core::fail("model.window must be [xmin, xmax, ymin, ymax] with xmin < xmax and ymin < ymax");
  spec.window = {w[0].toDouble(), w[1].toDouble(), w[2].toDouble(), w[3].toDouble()};
  return spec;
}

}  // namespace kx::widgets
