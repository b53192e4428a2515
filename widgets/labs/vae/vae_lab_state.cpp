// The VAE lab's session state: the picked ends, the interpolation settings,
// the IDX files in use and the trained model (vae_weights_io.h).
#include <QJsonArray>

#include "widgets/labs/vae/vae_lab.h"

namespace kx::widgets {

QJsonObject VaeLab::saveState() const {
  QJsonObject state{{"ends", QJsonArray{m_endA, m_endB}},
                    {"path", m_path == core::vae::Path::Spherical ? "spherical" : "linear"},
                    {"steps", m_steps}};
  if (m_data) state.insert("data", QJsonObject{{"images", m_imagesPath}, {"labels", m_labelsPath}});
  if (m_frame && m_frame->model) {
    if (auto weights = vaeWeightsToJson(*m_frame->model)) state.insert("weights", *weights);
  }
  return state;
}

core::Status VaeLab::restoreState(const QJsonObject& state) {
  auto whole = [](const QJsonValue& v, int lo, int hi) {
    return v.isDouble() && v.toDouble() == double(v.toInt()) && v.toInt() >= lo && v.toInt() <= hi;
  };
  int ends[2] = {-1, -1};
  if (state.contains("ends")) {
    const QJsonArray a = state.value("ends").toArray();
    if (a.size() != 2 || !whole(a[0], -1, 1 << 20) || !whole(a[1], -1, 1 << 20))
      return core::fail("state.ends must be two held-out indices (-1 = none)");
    ends[0] = a[0].toInt(), ends[1] = a[1].toInt();
  }
  core::vae::Path path = core::vae::Path::Linear;
  if (state.contains("path")) {
    const QString p = state.value("path").toString();
    if (p != "linear" && p != "spherical") return core::fail("state.path must be \"linear\" or \"spherical\"");
    path = p == "spherical" ? core::vae::Path::Spherical : core::vae::Path::Linear;
  }
  int steps = 10;
  if (state.contains("steps")) {
    if (!whole(state.value("steps"), 2, 64)) return core::fail("state.steps must be a whole number from 2 to 64");
    steps = state.value("steps").toInt();
  }
  QString images, labels;
  if (state.contains("data")) {
    const QJsonObject data = state.value("data").toObject();
    images = data.value("images").toString();
    labels = data.value("labels").toString();
    if (images.isEmpty() || labels.isEmpty()) return core::fail("state.data must name an images and a labels file");
  }
  std::shared_ptr<const VaeSavedModel> start;
  if (state.contains("weights")) {
    auto saved = vaeWeightsFromJson(state.value("weights").toObject());
    if (!saved) return core::fail("state.weights: " + saved.error());
    start = std::make_shared<const VaeSavedModel>(std::move(saved).value());
  }
  // Everything checked: apply.
  m_start = std::move(start);
  m_path = path;
  m_steps = steps;
  m_tasks.drop(DecodeTask);
  m_interp.reset();
  m_frame.reset();  // the ends index the next frame's held-out set
  m_endA = ends[0], m_endB = ends[1], m_hovered = -1;
  m_nextIsB = m_endA >= 0 && m_endB < 0;
  emit interpolationChanged();
  if (!images.isEmpty()) {
    // The files are read on the task thread; until they arrive the model shows on the current data.
    loadIdx(images, labels, true);
  } else if (m_data) {
    m_data.reset();
    m_imagesPath.clear();
    m_labelsPath.clear();
    emit datasetChanged();
  }
  recompute();
  return core::Ok{};
}

}  // namespace kx::widgets
