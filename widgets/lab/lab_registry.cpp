#include "widgets/lab/lab_registry.h"

#include <QStringList>

namespace kx::widgets {

#define KX_LAB(id, factory, title) std::unique_ptr<Lab> factory();
#include "widgets/lab/registered_labs.h"
#undef KX_LAB

const std::vector<LabEntry>& labRegistry() {
  static const std::vector<LabEntry> labs{
#define KX_LAB(id, factory, title) {id, title, factory},
#include "widgets/lab/registered_labs.h"
#undef KX_LAB
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
