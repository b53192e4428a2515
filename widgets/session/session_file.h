#pragma once
// Session files: a lab and all its parameters (plus lab state) as JSON.
//   {"format": "kexue-lab-session", "version": 1, "lab": "competition",
//    "parameters": {"r1": 0.1, "integrator": "dopri", ...}, "state": {...}}
// Reading checks everything before anything is applied, so a bad file leaves
// the current state untouched; writing is atomic (temporary file + rename).
#include <QJsonObject>
#include <QString>

#include "core/params/param_schema.h"
#include "core/util/result.h"

namespace kx::widgets {

class Lab;

struct SessionContent {
  QString labId;
  QJsonObject parameters;
  QJsonObject state;
};

/// Reads and checks the envelope (file, JSON syntax, format, version, lab id).
core::Result<SessionContent> readSessionFile(const QString& path);
core::Result<SessionContent> parseSession(const QByteArray& json);

/// The parameters as values of `schema`: unknown keys, wrong types and
/// out-of-range values are errors naming the key; missing keys take defaults.
core::Result<core::ParamValues> sessionValues(const SessionContent& session, const core::ParamSchema& schema);

/// Applies a checked session to `lab`: all of it, or nothing and the reason.
core::Status applySession(Lab& lab, const SessionContent& session);

QByteArray sessionJson(const Lab& lab);
core::Status writeSessionFile(const QString& path, const Lab& lab);

}  // namespace kx::widgets
