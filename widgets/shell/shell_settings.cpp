#include "widgets/shell/shell_settings.h"

#include <QFileInfo>

#include "widgets/lab/lab_registry.h"

namespace kx::widgets {
namespace {
// Fixed names rather than QCoreApplication's, so that the tests, the
// screenshot mode and the app all read the same file.
constexpr auto kOrganization = "Kexue Lab";
constexpr auto kApplication = "Kexue Lab";
}  // namespace

QStringList withRecent(QStringList list, const QString& path, int max) {
  list.removeAll(path);
  list.prepend(path);
  while (list.size() > max) list.removeLast();
  return list;
}

ShellSettings::ShellSettings() : m_settings(QSettings::IniFormat, QSettings::UserScope, kOrganization, kApplication) {}

QString ShellSettings::lastLab() const { return m_settings.value("shell/lastLab").toString(); }
void ShellSettings::setLastLab(const QString& id) { m_settings.setValue("shell/lastLab", id); }

QString ShellSettings::startupLab() const {
  const QString last = lastLab();
  for (const auto& entry : labRegistry())
    if (entry.id == last) return last;
  return {};
}

QStringList ShellSettings::recentSessions() const {
  QStringList list = m_settings.value("shell/recentSessions").toStringList();
  while (list.size() > kMaxRecent) list.removeLast();  // a hand-edited file may hold more
  return list;
}

void ShellSettings::addRecentSession(const QString& path) {
  m_settings.setValue("shell/recentSessions",
                      withRecent(recentSessions(), QFileInfo(path).absoluteFilePath(), kMaxRecent));
}

void ShellSettings::removeRecentSession(const QString& path) {
  QStringList list = recentSessions();
  list.removeAll(path);
  m_settings.setValue("shell/recentSessions", list);
}

void ShellSettings::clearRecentSessions() { m_settings.remove("shell/recentSessions"); }

ExportSettings ShellSettings::exportSettings() const {
  ExportSettings s;
  const QSize size = m_settings.value("export/size", s.size).toSize();
  if (size.width() >= 16 && size.height() >= 16 && size.width() <= 20000 && size.height() <= 20000) s.size = size;
  bool ok = false;
  const double scale = m_settings.value("export/scale", s.scale).toDouble(&ok);
  if (ok && scale >= 0.5 && scale <= 8) s.scale = scale;  // the export dialog's range
  s.folder = m_settings.value("export/folder").toString();
  return s;
}

void ShellSettings::setExportSettings(const ExportSettings& settings) {
  m_settings.setValue("export/size", settings.size);
  m_settings.setValue("export/scale", settings.scale);
  m_settings.setValue("export/folder", settings.folder);
}

AnimationExportSettings ShellSettings::animationExportSettings() const {
  AnimationExportSettings s;
  const QString format = m_settings.value("animation/format", s.format).toString();
  if (QStringList{"mp4", "webm", "gif", ""}.contains(format)) s.format = format;
  s.folder = m_settings.value("animation/folder").toString();
  const QSize size = m_settings.value("animation/size", s.size).toSize();
  if (size.width() >= 16 && size.height() >= 16 && size.width() <= 4096 && size.height() <= 4096) s.size = size;
  const int fps = m_settings.value("animation/fps", s.framesPerSecond).toInt();
  if (fps >= 1 && fps <= 120) s.framesPerSecond = fps;
  const double seconds = m_settings.value("animation/seconds", s.seconds).toDouble();
  if (seconds >= 0.5 && seconds <= 600) s.seconds = seconds;
  return s;
}

void ShellSettings::setAnimationExportSettings(const AnimationExportSettings& settings) {
  m_settings.setValue("animation/format", settings.format);
  m_settings.setValue("animation/folder", settings.folder);
  m_settings.setValue("animation/size", settings.size);
  m_settings.setValue("animation/fps", settings.framesPerSecond);
  m_settings.setValue("animation/seconds", settings.seconds);
}

QByteArray ShellSettings::windowGeometry() const { return m_settings.value("window/geometry").toByteArray(); }
QByteArray ShellSettings::windowState() const { return m_settings.value("window/state").toByteArray(); }

void ShellSettings::setWindowLayout(const QByteArray& geometry, const QByteArray& state) {
  m_settings.setValue("window/geometry", geometry);
  m_settings.setValue("window/state", state);
}

QString ShellSettings::language() const { return m_settings.value("shell/language").toString(); }
void ShellSettings::setLanguage(const QString& code) { m_settings.setValue("shell/language", code); }

QString ShellSettings::colormap() const { return m_settings.value("view/colormap").toString(); }
void ShellSettings::setColormap(const QString& name) { m_settings.setValue("view/colormap", name); }

}  // namespace kx::widgets
