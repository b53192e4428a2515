#pragma once
// View > Colormap: the app's sequential colormap (ColormapPreference), one
// checkable entry per selectable map with a swatch of it. Choosing one
// repaints every plot at once and is remembered (ShellSettings).
#include <QMenu>

#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

class ColormapMenu : public QMenu {
  Q_OBJECT
 public:
  explicit ColormapMenu(QWidget* parent = nullptr);
  /// Title and entries in the current language.
  void retranslate();
  /// What choosing an entry does: applies `map` everywhere and remembers it.
  void choose(Colormap map);

  /// Applies the remembered choice (the default if none or unknown).
  static void applySaved();
};

}  // namespace kx::widgets
