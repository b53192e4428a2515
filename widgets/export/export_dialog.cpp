#include "widgets/export/export_dialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

#include "widgets/export/export_fields.h"
#include "widgets/shell/shell_settings.h"

namespace kx::widgets {

ExportDialog::ExportDialog(const QString& path, QSize size, double scale, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Export figure"));
  m_path = new QLineEdit(path, this);
  m_path->setToolTip(
      tr("The format follows the suffix: .png (raster at the chosen scale), .svg and .pdf "
         "(vector text and lines), .csv (the data behind the figure)"));
  auto* pathRow = fileRow(m_path, [this] {
    return QFileDialog::getSaveFileName(this, tr("Export figure"), m_path->text(),
                                        tr("PNG image (*.png);;SVG vector (*.svg);;PDF (*.pdf);;CSV data (*.csv)"));
  });
  m_width = pixelBox(100, 10000, 1, size.width(), this);
  m_height = pixelBox(100, 10000, 1, size.height(), this);
  m_scale = new QDoubleSpinBox(this);
  m_scale->setRange(0.5, 8);
  m_scale->setSingleStep(0.5);
  m_scale->setValue(scale);
  m_scale->setSuffix(" ×");
  m_scale->setToolTip(tr("Device pixels per figure pixel for PNG: 2 gives a crisp high-DPI image of the same layout"));
  auto* form = new QFormLayout(this);
  form->addRow(tr("File"), pathRow);
  form->addRow(tr("Width"), m_width);
  form->addRow(tr("Height"), m_height);
  form->addRow(tr("PNG scale"), m_scale);
  addSaveAndCancel(form, this);
  // Only what the chosen format uses is editable: the scale is PNG's, and a
  // CSV has no size.
  auto updateFields = [this] {
    const QString suffix = QFileInfo(m_path->text()).suffix().toLower();
    m_scale->setEnabled(suffix == "png");
    m_width->setEnabled(suffix != "csv");
    m_height->setEnabled(suffix != "csv");
  };
  connect(m_path, &QLineEdit::textChanged, this, updateFields);
  updateFields();
}

QString ExportDialog::path() const { return m_path->text(); }
QSize ExportDialog::figureSize() const { return {m_width->value(), m_height->value()}; }
double ExportDialog::scale() const { return m_scale->value(); }

core::Result<QString> exportFigureInteractively(const FigureSource& figure, const QString& suggestion,
                                                QWidget* parent) {
  ShellSettings settings;
  ExportSettings remembered = settings.exportSettings();
  const bool bare = QFileInfo(suggestion).fileName() == suggestion;
  ExportDialog dialog(bare && !remembered.folder.isEmpty() ? QDir(remembered.folder).filePath(suggestion) : suggestion,
                      remembered.size, remembered.scale, parent);
  if (dialog.exec() != QDialog::Accepted) return QString();
  remembered = {dialog.figureSize(), dialog.scale(), QFileInfo(dialog.path()).absolutePath()};
  settings.setExportSettings(remembered);
  if (auto status = exportFigure(figure, dialog.path(), remembered.size, remembered.scale); !status)
    return core::fail(status.error());
  return dialog.path();
}

}  // namespace kx::widgets
