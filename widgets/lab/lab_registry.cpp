#include "widgets/lab/lab_registry.h"

#include <QStringList>

#include "widgets/labs/competition/competition_lab.h"
#include "widgets/labs/gan/gan_lab.h"
#include "widgets/labs/diffusion/diffusion_lab.h"
#include "widgets/labs/vae/vae_lab.h"
#include "widgets/labs/walk/walk_lab.h"

namespace kx::widgets {

const std::vector<LabEntry>& labRegistry() {
  static const std::vector<LabEntry> labs{
      {"competition", QObject::tr("Competition"), [] { return std::make_unique<CompetitionLab>(); }},
      {"walk", QObject::tr("Random walk"), [] { return std::make_unique<WalkLab>(); }},
      {"gan", QObject::tr("GAN energy"), [] { return std::make_unique<GanLab>(); }},
      {"diffusion", QObject::tr("Diffusion"), [] { return std::make_unique<DiffusionLab>(); }},
      {"vae", QObject::tr("VAE"), [] { return std::make_unique<VaeLab>(); }},
  };
  return labs;
}

std::unique_ptr<Lab> createLab(const QString& id) {
  for (const auto& entry : labRegistry())
    if (entry.id == id) return entry.create();
  return nullptr;
}

QString knownLabIds() {
  QStringList ids;
  for (const auto& entry : labRegistry()) ids << entry.id;
  return ids.join(", ");
}

}  // namespace kx::widgets
