#pragma once
// Asks where to export the figure and at what size and scale.
#include <QDialog>
#include <QSize>

#include "widgets/export/lab_export.h"

class QLineEdit;
class QSpinBox;
class QDoubleSpinBox;

namespace kx::widgets {

class ExportDialog : public QDialog {
  Q_OBJECT
 public:
  ExportDialog(const QString& path, QSize size, double scale, QWidget* parent = nullptr);
  QString path() const;
  QSize figureSize() const;
  double scale() const;

 private:
  QLineEdit* m_path;
  QSpinBox *m_width, *m_height;
  QDoubleSpinBox* m_scale;
};

/// Runs the dialog on the remembered size, scale and folder (ShellSettings)
/// and writes `figure` where the user chose, remembering the choices.
/// `suggestion`: the file offered; a bare name goes into the last folder used.
/// Returns the path written, empty when the user cancelled, or the error.
core::Result<QString> exportFigureInteractively(const FigureSource& figure, const QString& suggestion, QWidget* parent);

}  // namespace kx::widgets
