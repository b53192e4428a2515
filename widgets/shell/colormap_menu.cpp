#include "widgets/shell/colormap_menu.h"

#include <QActionGroup>
#include <QPainter>
#include <QPixmap>

#include "widgets/canvas/colormap.h"
#include "widgets/canvas/colormap_preference.h"
#include "widgets/shell/shell_settings.h"

namespace kx::widgets {
namespace {

/// A small horizontal ramp of the map, so the entries show what they choose.
QIcon swatch(Colormap map) {
  QPixmap pixmap(48, 12);
  QPainter painter(&pixmap);
  for (int x = 0; x < pixmap.width(); ++x) {
    painter.setPen(colormapColor(map, x / double(pixmap.width() - 1)));
    painter.drawLine(x, 0, x, pixmap.height() - 1);
  }
  return QIcon(pixmap);
}

QString displayName(Colormap map) {
  switch (map) {
    case Colormap::Viridis:
      return ColormapMenu::tr("&Viridis (default)");
    case Colormap::Cividis:
      return ColormapMenu::tr("&Cividis (colour-blind safe)");
    case Colormap::Magma:
      return ColormapMenu::tr("&Magma");
    case Colormap::Gray:
      return ColormapMenu::tr("&Grayscale (print)");
    default:
      return colormapName(map);
  }
}

}  // namespace

ColormapMenu::ColormapMenu(QWidget* parent) : QMenu(parent) {
  setObjectName("colormapMenu");
  auto* group = new QActionGroup(this);
  for (Colormap map : selectableColormaps()) {
    auto* action = addAction(swatch(map), QString(), this, [this, map] { choose(map); });
    action->setData(colormapName(map));
    action->setCheckable(true);
    group->addAction(action);
  }
  // Checked state follows the preference, whoever changes it.
  auto check = [this](Colormap current) {
    for (QAction* action : actions()) action->setChecked(action->data().toString() == colormapName(current));
  };
  check(ColormapPreference::colormap());
  connect(&ColormapPreference::instance(), &ColormapPreference::changed, this, check);
  retranslate();
}

void ColormapMenu::retranslate() {
  setTitle(tr("&Colormap"));
  setToolTip(tr("The colour scale of every field and its colourbar, on screen and in exports"));
  setToolTipsVisible(true);
  for (QAction* action : actions())
    if (auto map = colormapFromName(action->data().toString())) action->setText(displayName(*map));
}

void ColormapMenu::choose(Colormap map) {
  ColormapPreference::instance().setColormap(map);
  ShellSettings().setColormap(colormapName(ColormapPreference::colormap()));
}

void ColormapMenu::applySaved() {
  const auto saved = colormapFromName(ShellSettings().colormap());
  ColormapPreference::instance().setColormap(saved ? *saved : Colormap::Viridis);
}

}  // namespace kx::widgets
