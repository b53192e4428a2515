#include "widgets/session/session_file.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include "widgets/lab/lab.h"

namespace kx::widgets {
namespace {
constexpr auto kFormat = "kexue-lab-session";
constexpr int kVersion = 1;
}  // namespace

core::Result<SessionContent> parseSession(const QByteArray& json) {
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
  if (error.error != QJsonParseError::NoError)
    return core::fail(QString("not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()).toStdString());
  if (!doc.isObject()) return core::fail("not a session: the top level is not a JSON object");
  const QJsonObject root = doc.object();
  if (root.value("format").toString() != kFormat) return core::fail("not a Kexue Lab session (missing \"format\": \"kexue-lab-session\")");
  if (root.value("version").toInt(-1) != kVersion)
    return core::fail(QString("unsupported session version %1 (this build reads version %2)")
                          .arg(root.value("version").toVariant().toString()).arg(kVersion).toStdString());
  if (!root.value("lab").isString()) return core::fail("the session names no lab (\"lab\" is missing)");
  if (root.contains("parameters") && !root.value("parameters").isObject()) return core::fail("\"parameters\" must be an object");
  if (root.contains("state") && !root.value("state").isObject()) return core::fail("\"state\" must be an object");
  return SessionContent{root.value("lab").toString(), root.value("parameters").toObject(), root.value("state").toObject()};
}

core::Result<SessionContent> readSessionFile(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return core::fail(QString("cannot open %1: %2").arg(path, file.errorString()).toStdString());
  if (file.size() > 256LL * 1024 * 1024) return core::fail(QString("%1 is too large to be a session").arg(path).toStdString());
  auto session = parseSession(file.readAll());
  if (!session) return core::fail(QString("%1: ").arg(path).toStdString() + session.error());
  return session;
}

core::Result<core::ParamValues> sessionValues(const SessionContent& session, const core::ParamSchema& schema) {
  core::ParamValues values = schema.defaults();
  for (auto it = session.parameters.begin(); it != session.parameters.end(); ++it) {
    const std::string key = it.key().toStdString();
    core::Result<double> value = core::fail("");
    if (it.value().isDouble()) {
      if (auto status = schema.validate(key, it.value().toDouble()); !status) return core::fail(status.error());
      value = it.value().toDouble();
    } else if (it.value().isString() || it.value().isBool()) {
      value = schema.parse(key, it.value().isBool() ? (it.value().toBool() ? "on" : "off") : it.value().toString().toStdString());
    } else {
      value = core::fail("parameter '" + key + "' must be a number or a name");
    }
    if (!value) return core::fail(value.error());
    values[key] = *value;
  }
  return values;
}

core::Status applySession(Lab& lab, const SessionContent& session) {
  if (session.labId != lab.description().id)
    return core::fail(QString("the session is for lab '%1', not '%2'").arg(session.labId, lab.description().id).toStdString());
  auto values = sessionValues(session, lab.description().schema);
  if (!values) return core::fail(values.error());
  if (auto status = lab.restoreState(session.state); !status) return status;
  return lab.setValues(*values, QObject::tr("Open session"));
}

QByteArray sessionJson(const Lab& lab) {
  const auto& schema = lab.description().schema;
  QJsonObject parameters;
  for (const auto& spec : schema.specs()) {
    const double v = lab.value(spec.key);
    parameters.insert(QString::fromStdString(spec.key), spec.kind == core::ParamKind::Choice
                                                            ? QJsonValue(QString::fromStdString(schema.format(spec.key, v)))
                                                            : QJsonValue(v));
  }
  const QJsonObject root{{"format", kFormat}, {"version", kVersion}, {"lab", lab.description().id},
                         {"parameters", parameters}, {"state", lab.saveState()}};
  return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

core::Status writeSessionFile(const QString& path, const Lab& lab) {
  QSaveFile file(path);  // writes a temporary file and renames it on commit
  if (!file.open(QIODevice::WriteOnly)) return core::fail(QString("cannot write %1: %2").arg(path, file.errorString()).toStdString());
  const QByteArray json = sessionJson(lab);
  if (file.write(json) != json.size() || !file.commit())
    return core::fail(QString("cannot write %1: %2").arg(path, file.errorString()).toStdString());
  return core::Ok{};
}

}  // namespace kx::widgets
