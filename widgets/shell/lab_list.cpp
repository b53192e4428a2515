#include "widgets/shell/lab_list.h"

#include <QSignalBlocker>
#include <cmath>

#include "widgets/lab/lab.h"
#include "widgets/lab/lab_registry.h"
#include "widgets/shell/main_window.h"

namespace kx::widgets {
namespace {

/// What a lab's job is doing: empty when idle.
QString labActivity(const Lab& lab) {
  const JobRunner& runner = lab.runner();
  if (!runner.busy()) return {};
  const double fraction = runner.progress();
  // An animation waiting at its start has not been paused: it has not run.
  if (lab.animated() && !lab.running()) return fraction > 0 ? LabList::tr("paused") : QString();
  if (fraction < 0) return lab.animated() ? LabList::tr("running") : LabList::tr("computing");
  return LabList::tr("%1 %").arg(static_cast<int>(std::floor(fraction * 100)));
}

}  // namespace

LabList::LabList(QWidget* parent) : QListWidget(parent) {
  setObjectName("labList");
  for (const auto& entry : labRegistry()) {
    auto* item = new QListWidgetItem(labTitle(entry.id), this);
    item->setData(Qt::UserRole, entry.id);
  }
  connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
    if (row >= 0) emit labChosen(item(row)->data(Qt::UserRole).toString());
  });
}

void LabList::track(const Lab* lab) {
  const QString id = lab->description().id;
  m_labs[id] = lab;
  const auto update = [this, id] { refresh(id); };
  connect(&lab->runner(), &JobRunner::progressChanged, this, update);
  connect(&lab->runner(), &JobRunner::busyChanged, this, update);
  connect(lab, &Lab::runningChanged, this, update);
  refresh(id);
}

void LabList::setCurrentLab(const QString& id) {
  const QSignalBlocker block(this);
  setCurrentItem(itemFor(id));
}

void LabList::retranslate() {
  for (int row = 0; row < count(); ++row) refresh(item(row)->data(Qt::UserRole).toString());
}

void LabList::refresh(const QString& id) {
  QListWidgetItem* entry = itemFor(id);
  if (!entry) return;
  const auto tracked = m_labs.find(id);
  const QString activity = tracked == m_labs.end() ? QString() : labActivity(*tracked->second);
  const QString text = activity.isEmpty() ? labTitle(id) : tr("%1 · %2").arg(labTitle(id), activity);
  if (entry->text() != text) entry->setText(text);
  const bool continues = tracked != m_labs.end() && tracked->second->keepsRunningWhenHidden();
  entry->setToolTip(continues ? tr("Keeps training while another lab is shown, until you open it and pause it.")
                              : tr("Pauses its animation while another lab is shown."));
}

QListWidgetItem* LabList::itemFor(const QString& id) const {
  for (int row = 0; row < count(); ++row)
    if (item(row)->data(Qt::UserRole).toString() == id) return item(row);
  return nullptr;
}

}  // namespace kx::widgets
