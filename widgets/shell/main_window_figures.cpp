// The main window's Figures menu: the essays' figures (widgets/figures/
// figure_gallery.h), each one click that sets up its lab and runs it.
#include <QMenuBar>

#include "widgets/figures/figure_gallery.h"
#include "widgets/lab/lab.h"
#include "widgets/lab/lab_registry.h"
#include "widgets/lab/live_texts.h"
#include "widgets/session/session_file.h"
#include "widgets/shell/main_window.h"

namespace kx::widgets {

void MainWindow::buildFiguresMenu() {
  auto* menu = menuBar()->addMenu(QString());
  menu->setObjectName("figuresMenu");
  menu->setToolTipsVisible(true);
  liveTexts(this, [menu] { menu->setTitle(tr("F&igures")); });
  for (const Figure& figure : figureGallery()) {
    auto* action = menu->addAction(QString(), this, [this, &figure] { openFigure(figure); });
    action->setData(figure.id);
    liveTexts(this, [action, &figure] {
      action->setText(figure.title());
      action->setToolTip(figure.caption() + "\n" + figure.essay);
    });
  }
}

bool MainWindow::openFigure(const Figure& figure) {
  Lab* lab = labFor(figure.session.labId);
  if (!lab) return false;  // the gallery test opens every figure: a lab id is never unknown
  if (auto status = applySession(*lab, figure.session); !status) {
    report(tr("%1: %2").arg(figure.id, QString::fromStdString(status.error())), true);
    return false;
  }
  showLab(lab);
  if (lab->animated()) lab->run();  // the others compute as the session is applied
  report(figure.caption());
  return true;
}

}  // namespace kx::widgets
