#include "widgets/lab/lab_registry.h"

#include <QStringList>

#include "widgets/labs/competition/competition_lab.h"

namespace kx::widgets {

const std::vector<LabEntry>& labRegistry() {
  static const std::vector<LabEntry> labs{
      {"competition", QObject::tr("Competition"), [] { return std::make_unique<CompetitionLab>(); }},
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
