#pragma once
// What the shell remembers between runs (QSettings, an ini file in the user's
// config folder): window layout, last lab, recent sessions, export settings,
// the language and the colormap. Tests redirect the file with QSettings::setPath.
#include <QByteArray>
#include <QSettings>
#include <QSize>
#include <QString>
#include <QStringList>

namespace kx::widgets {

struct ExportSettings {
  QSize size{1600, 1000};
  double scale = 2.0;
  QString folder;  ///< empty: the working directory
};

/// File > Export animation…'s last choices.
struct AnimationExportSettings {
  QString format = "mp4";  ///< "mp4", "webm", "gif" or "" for PNG frames
  QString folder;          ///< empty: the home folder
  QSize size{1280, 720};
  int framesPerSecond = 30;
  double seconds = 5.0;
};

/// `list` with `path` moved (or added) to the front, at most `max` entries.
QStringList withRecent(QStringList list, const QString& path, int max);

class ShellSettings {
 public:
  static constexpr int kMaxRecent = 8;

  ShellSettings();

  QString lastLab() const;
  void setLastLab(const QString& id);
  /// The lab to open when the command line names none: the last one, if it
  /// is still registered; else empty (the first lab).
  QString startupLab() const;

  /// Most recent first, at most kMaxRecent absolute paths.
  QStringList recentSessions() const;
  void addRecentSession(const QString& path);
  void removeRecentSession(const QString& path);
  void clearRecentSessions();

  ExportSettings exportSettings() const;
  void setExportSettings(const ExportSettings& settings);
  /// Values out of the dialog's ranges (an edited file) give the defaults.
  AnimationExportSettings animationExportSettings() const;
  void setAnimationExportSettings(const AnimationExportSettings& settings);

  QByteArray windowGeometry() const;
  QByteArray windowState() const;
  void setWindowLayout(const QByteArray& geometry, const QByteArray& state);

  /// "en", "zh_CN"; empty when the user never chose one.
  QString language() const;
  void setLanguage(const QString& code);

  /// The app's sequential colormap (View > Colormap) as colormapName() spells
  /// it; empty when the user never chose one.
  QString colormap() const;
  void setColormap(const QString& name);

 private:
  QSettings m_settings;
};

}  // namespace kx::widgets
