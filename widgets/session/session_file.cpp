#include "widgets/session/session_file.h"

#include <QJsonDocument>

#include "widgets/export/atomic_file.h"
#include "widgets/lab/lab.h"

namespace kx::widgets {
core::Status applySession(Lab& lab, const SessionContent& session) {
  if (session.labId != lab.description().id)
    return core::fail(
        QString("the session is for lab '%1', not '%2'").arg(session.labId, lab.description().id).toStdString());
  // A lab with models keeps its model in the state (sessionJson); the
  // parameters are values of that model's schema.
  QJsonObject state = session.state;
  if (state.contains("model") && !state.value("model").isObject())
    return core::fail("the session's state.model must be an object");
  const QJsonObject model = state.take("model").toObject();
  const bool newModel = model != lab.model();
  auto schema = newModel ? lab.schemaFor(model) : core::Result<core::ParamSchema>(lab.description().schema);
  if (!schema) return core::fail("state.model: " + schema.error());
  auto values = sessionValues(session, *schema);
  if (!values) return core::fail(values.error());
  const QStringList known = lab.stateKeys();
  for (const QString& key : state.keys())
    if (!known.contains(key))
      return core::fail(QString("the session's state has an unknown key '%1' (lab '%2' keeps: %3)")
                            .arg(key, lab.description().id, known.isEmpty() ? "nothing" : known.join(", "))
                            .toStdString());
  if (auto status = lab.restoreState(state); !status) return status;
  if (auto status = lab.setModel(model, *values, [] { return QObject::tr("Open session"); }); !status) return status;
  // A new model resets the state that depended on the old one (Lab::modelChanged);
  // the session's, checked above, goes on top.
  return newModel ? lab.restoreState(state) : core::Status(core::Ok{});
}

QByteArray sessionJson(const Lab& lab) {
  const auto& schema = lab.description().schema;
  QJsonObject parameters;
  for (const auto& spec : schema.specs()) {
    const double v = lab.value(spec.key);
    parameters.insert(QString::fromStdString(spec.key),
                      spec.kind == core::ParamKind::Choice
                          ? QJsonValue(QString::fromStdString(schema.format(spec.key, v)))
                          : QJsonValue(v));
  }
  QJsonObject state = lab.saveState();
  if (!lab.model().isEmpty()) state.insert("model", lab.model());
  const QJsonObject root{{"format", kSessionFormat},
                         {"version", kSessionVersion},
                         {"lab", lab.description().id},
                         {"parameters", parameters},
                         {"state", state}};
  return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

core::Status writeSessionFile(const QString& path, const Lab& lab) {
  return writeFileAtomically(path, sessionJson(lab));
}

}  // namespace kx::widgets
