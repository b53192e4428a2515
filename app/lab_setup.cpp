#include "app/lab_setup.h"

#include "widgets/figures/figure_gallery.h"
#include "widgets/lab/lab_registry.h"
#include "widgets/session/session_file.h"
#include "widgets/session/session_parse.h"

namespace kx::app {

core::Result<std::unique_ptr<widgets::Lab>> setUpLab(const CliOptions& options) {
  std::optional<widgets::SessionContent> session;
  if (!options.session.isEmpty()) {
    auto read = widgets::readSessionFile(options.session);
    if (!read) return core::fail(read.error());
    session = *read;
  }
  if (!options.figure.isEmpty()) {
    const widgets::Figure* figure = widgets::findFigure(options.figure);
    if (!figure) return core::fail(QString("unknown figure '%1' (see --figures)").arg(options.figure).toStdString());
    session = figure->session;
  }
  QString id = options.lab;
  if (id.isEmpty()) id = session ? session->labId : widgets::labRegistry().front().id;
  if (session && session->labId != id)
    return core::fail(QString("--lab %1 does not match the session's lab '%2'").arg(id, session->labId).toStdString());
  auto lab = widgets::createLab(id);
  if (!lab) return core::fail(QString("unknown lab '%1' (known: %2)").arg(id, widgets::knownLabIds()).toStdString());
  if (session) {
    if (auto status = widgets::applySession(*lab, *session); !status)
      return core::fail((options.figure.isEmpty() ? options.session : "figure " + options.figure).toStdString() + ": " +
                        status.error());
  }
  const widgets::UndoText undoText = [] { return QObject::tr("command-line settings"); };
  if (!options.model.isEmpty()) {
    // The model first: its schema is what --set names.
    auto model = widgets::readJsonObjectFile(options.model, "a model");
    if (!model) return core::fail(model.error());
    if (auto status = lab->setModel(*model, {}, undoText); !status)
      return core::fail(options.model.toStdString() + ": " + status.error());
  }
  core::ParamValues values = lab->values();
  for (const QString& assignment : options.sets) {
    if (auto status = lab->description().schema.applyAssignment(assignment.toStdString(), values); !status)
      return core::fail("--set " + assignment.toStdString() + ": " + status.error());
  }
  if (auto status = lab->setValues(values, undoText); !status) return core::fail(status.error());
  return lab;
}

}  // namespace kx::app
