#pragma once
// Reading session files: the envelope and the parameter values, checked
// before anything is applied. Needs Qt Core only, so it can be fuzzed alone
// (tests/fuzz). The format is described in session_file.h.
#include <QJsonObject>
#include <QString>

#include "core/params/param_schema.h"
#include "core/util/result.h"

namespace kx::widgets {

inline constexpr auto kSessionFormat = "kexue-lab-session";
inline constexpr int kSessionVersion = 1;

struct SessionContent {
  QString labId;
  QJsonObject parameters;
  QJsonObject state;
};

/// The JSON object in the file at `path`; errors name the file and say what
/// it should have been (`what`: "a session", "a model").
core::Result<QJsonObject> readJsonObjectFile(const QString& path, const QString& what);

/// Reads and checks the envelope (file, JSON syntax, format, version, lab id).
core::Result<SessionContent> readSessionFile(const QString& path);
core::Result<SessionContent> parseSession(const QByteArray& json);
/// The envelope checks of parseSession on an already parsed object.
core::Result<SessionContent> sessionFromJson(const QJsonObject& root);

/// The parameters as values of `schema`: unknown keys, wrong types and
/// out-of-range values are errors naming the key; missing keys take defaults.
core::Result<core::ParamValues> sessionValues(const SessionContent& session, const core::ParamSchema& schema);

}  // namespace kx::widgets
