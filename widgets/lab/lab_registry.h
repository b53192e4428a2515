#pragma once
// The one list of labs (widgets/lab/registered_labs.h): the main window,
// session files, the headless CLI and the tests all find labs here by id.
#include <QString>
#include <functional>
#include <memory>
#include <vector>

#include "widgets/lab/lab.h"

namespace kx::widgets {

struct LabEntry {
  QString id;
  QString title;  ///< the English source string (labTitle translates it)
  std::function<std::unique_ptr<Lab>()> create;
};

const std::vector<LabEntry>& labRegistry();

/// A new lab by id, or null for an unknown id.
std::unique_ptr<Lab> createLab(const QString& id);

/// "competition, walk, ..." for error messages.
QString knownLabIds();

}  // namespace kx::widgets
