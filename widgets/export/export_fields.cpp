#include "widgets/export/export_fields.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace kx::widgets {

QHBoxLayout* fileRow(QLineEdit* path, const std::function<QString()>& browse) {
  auto* button = new QPushButton(QCoreApplication::translate("ExportFields", "Browse…"), path->parentWidget());
  QObject::connect(button, &QPushButton::clicked, path, [path, browse] {
    if (const QString chosen = browse(); !chosen.isEmpty()) path->setText(chosen);
  });
  auto* row = new QHBoxLayout;
  row->addWidget(path, 1);
  row->addWidget(button);
  return row;
}

QSpinBox* pixelBox(int minimum, int maximum, int step, int value, QWidget* parent) {
  auto* box = new QSpinBox(parent);
  box->setRange(minimum, maximum);
  box->setSingleStep(step);
  box->setSuffix(" px");
  box->setValue(value);
  return box;
}

void addSaveAndCancel(QFormLayout* form, QDialog* dialog) {
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
  QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
  QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
  form->addRow(buttons);
}

}  // namespace kx::widgets
