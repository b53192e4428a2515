#pragma once
// Runs the real kexue-lab binary (KX_LAB_BINARY) and collects what it says.
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace kx::testing {

struct LabRun {
  int exitCode;  ///< -1 when the process crashed or timed out
  QString err;
};

inline LabRun runLab(const QStringList& args,
                     const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
  QProcess process;
  process.setProcessEnvironment(env);
  process.start(KX_LAB_BINARY, args);
  const bool finished = process.waitForFinished(180000);
  return {finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
          QString::fromUtf8(process.readAllStandardError())};
}

}  // namespace kx::testing
