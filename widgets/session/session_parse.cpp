#include "widgets/session/session_parse.h"

#include <QFile>
#include <QJsonDocument>

namespace kx::widgets {
namespace {

core::Result<QJsonObject> parseJsonObject(const QByteArray& json, const QString& what) {
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
  if (error.error != QJsonParseError::NoError)
    return core::fail(
        QString("not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()).toStdString());
  if (!doc.isObject()) return core::fail(QString("not %1: the top level is not a JSON object").arg(what).toStdString());
  return doc.object();
}

core::Result<QByteArray> readJsonBytes(const QString& path, const QString& what) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return core::fail(QString("cannot open %1: %2").arg(path, file.errorString()).toStdString());
  if (file.size() > 256LL * 1024 * 1024)
    return core::fail(QString("%1 is too large to be %2").arg(path, what).toStdString());
  return file.readAll();
}

}  // namespace

core::Result<QJsonObject> readJsonObjectFile(const QString& path, const QString& what) {
  auto bytes = readJsonBytes(path, what);
  if (!bytes) return core::fail(bytes.error());
  auto object = parseJsonObject(*bytes, what);
  if (!object) return core::fail(QString("%1: ").arg(path).toStdString() + object.error());
  return object;
}

core::Result<SessionContent> parseSession(const QByteArray& json) {
  auto parsed = parseJsonObject(json, "a session");
  if (!parsed) return core::fail(parsed.error());
  return sessionFromJson(*parsed);
}

core::Result<SessionContent> sessionFromJson(const QJsonObject& root) {
  if (root.value("format").toString() != kSessionFormat)
    return core::fail("not a Kexue Lab session (missing \"format\": \"kexue-lab-session\")");
  if (root.value("version").toInt(-1) != kSessionVersion)
    return core::fail(QString("unsupported session version %1 (this build reads version %2)")
                          .arg(root.value("version").toVariant().toString())
                          .arg(kSessionVersion)
                          .toStdString());
  if (!root.value("lab").isString()) return core::fail("the session names no lab (\"lab\" is missing)");
  for (const QString& key : root.keys())
    if (!QStringList{"format", "version", "lab", "parameters", "state"}.contains(key))
      return core::fail(QString("unknown key '%1' in the session (it has format, version, lab, parameters, state)")
                            .arg(key)
                            .toStdString());
  if (root.contains("parameters") && !root.value("parameters").isObject())
    return core::fail("\"parameters\" must be an object");
  if (root.contains("state") && !root.value("state").isObject()) return core::fail("\"state\" must be an object");
  return SessionContent{root.value("lab").toString(), root.value("parameters").toObject(),
                        root.value("state").toObject()};
}

core::Result<SessionContent> readSessionFile(const QString& path) {
  auto bytes = readJsonBytes(path, "a session");
  if (!bytes) return core::fail(bytes.error());
  auto session = parseSession(*bytes);
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
      value = schema.parse(
          key, it.value().isBool() ? (it.value().toBool() ? "on" : "off") : it.value().toString().toStdString());
    } else {
      value = core::fail("parameter '" + key + "' must be a number or a name");
    }
    if (!value) return core::fail(value.error());
    values[key] = *value;
  }
  return values;
}

}  // namespace kx::widgets
