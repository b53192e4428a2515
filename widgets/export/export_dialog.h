#pragma once
// Asks where to export the figure and at what size and scale.
#include <QDialog>
#include <QSize>

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

}  // namespace kx::widgets
