#pragma once
// The fields the export dialogs share (figure, animation): the file row with
// its Browse… button, the width and height boxes, Save and Cancel.
#include <QString>
#include <functional>

class QDialog;
class QFormLayout;
class QHBoxLayout;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace kx::widgets {

/// `path` beside a Browse… button that asks `browse` for a path (an empty
/// answer keeps the old one).
QHBoxLayout* fileRow(QLineEdit* path, const std::function<QString()>& browse);

/// A width or height in pixels.
QSpinBox* pixelBox(int minimum, int maximum, int step, int value, QWidget* parent);

/// Save and Cancel as the form's last row, accepting or rejecting `dialog`.
void addSaveAndCancel(QFormLayout* form, QDialog* dialog);

}  // namespace kx::widgets
