#include "widgets/session/session_file.h"

#include <QJsonDocument>

#include "widgets/export/atomic_file.h"
#include "widgets/lab/lab.h"

namespace kx::widgets {
core::Status applySession(Lab& lab, const SessionContent& session) {
  if (session.labId != lab.description().id)
    return core::fail(
        QString("the session is for lab '%1', not '%2'").arg(session.labId, lab.description().id).toStdString());
  auto values = sessionValues(session, lab.description().schema);
  if (!values) return core::fail(values.error());
  const QStringList known = lab.stateKeys();
  for (const QString& key : session.state.keys())
    if (!known.contains(key))
      return core::fail(QString("the session's state has an unknown key '%1' (lab '%2' keeps: %3)")
                            .arg(key, lab.description().id, known.isEmpty() ? "nothing" : known.join(", "))
                            .toStdString());
  if (auto status = lab.restoreState(session.state); !status) return status;
  return lab.setValues(*values, QObject::tr("Open session"));
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
  const QJsonObject root{{"format", kSessionFormat},
                         {"version", kSessionVersion},
                         {"lab", lab.description().id},
                         {"parameters", parameters},
                         {"state", lab.saveState()}};
  return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

core::Status writeSessionFile(const QString& path, const Lab& lab) {
  return writeFileAtomically(path, sessionJson(lab));
}

}  // namespace kx::widgets
