#pragma once
// File > Export animation…: asks for the file, format, size, frame rate and
// length, then writes the lab's animation with a progress dialog and Cancel.
// The choices are remembered between runs (ShellSettings).
#include <QDialog>

#include "widgets/video/animation_export.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kx::widgets {

class Lab;

class AnimationExportDialog : public QDialog {
  Q_OBJECT
 public:
  /// `labFrames`: the animation's own frame count, shown beside the length.
  AnimationExportDialog(const QString& name, int labFrames, QWidget* parent = nullptr);

  QString path() const;
  /// True for the PNG frame sequence (path() is then a folder).
  bool frameSequence() const;
  VideoSettings settings() const;
  /// Stores the choices for the next time (on Save).
  void remember() const;

 private:
  void formatChosen();
  void updateFrameCount();

  int m_labFrames;
  QComboBox* m_format;
  QLineEdit* m_path;
  QSpinBox *m_width, *m_height, *m_fps;
  QDoubleSpinBox* m_seconds;
  QLabel* m_frames;
};

/// Runs the dialog for `lab`'s animation and then the export; the result as
/// a sentence for the status line (empty when the user closed the dialog).
/// A lab with nothing to animate says why in a message box instead.
QString exportAnimationInteractively(const Lab& lab, QWidget* parent);

}  // namespace kx::widgets
