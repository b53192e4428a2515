#pragma once
// Session files: a lab and all its parameters (plus lab state) as JSON.
//   {"format": "kexue-lab-session", "version": 1, "lab": "competition",
//    "parameters": {"r1": 0.1, "integrator": "dopri", ...}, "state": {...}}
// Reading checks everything before anything is applied, so a bad file leaves
// the current state untouched; writing is atomic (temporary file + rename).
#include <QByteArray>

#include "core/util/result.h"
#include "widgets/session/session_parse.h"

namespace kx::widgets {

class Lab;

/// Applies a checked session to `lab`: all of it, or nothing and the reason.
core::Status applySession(Lab& lab, const SessionContent& session);

QByteArray sessionJson(const Lab& lab);
core::Status writeSessionFile(const QString& path, const Lab& lab);

}  // namespace kx::widgets
