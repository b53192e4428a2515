// File > Export animation…'s dialog: the format sets the file's suffix and
// what can be edited, the length becomes a frame count, and the choices
// come back the next time.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include "tests/widgets/screenshot_dir.h"
#include "tests/widgets/shell/temp_settings_test.h"
#include "widgets/shell/shell_settings.h"
#include "widgets/video/animation_export_dialog.h"

namespace kx::widgets {
namespace {

using AnimationExportDialogTest = testing::TempSettingsTest;

QComboBox* format(AnimationExportDialog& dialog) { return dialog.findChild<QComboBox*>(); }

TEST_F(AnimationExportDialogTest, TheFormatSetsTheSuffixAndTheLengthTheFrameCount) {
  AnimationExportDialog dialog("diffusion", 13);
  format(dialog)->setCurrentIndex(format(dialog)->findData("mp4"));
  auto* seconds = dialog.findChild<QDoubleSpinBox*>();
  ASSERT_TRUE(seconds);
  seconds->setValue(4);
  const auto boxes = dialog.findChildren<QSpinBox*>();
  ASSERT_EQ(boxes.size(), 3);  // width, height, frames per second
  boxes[2]->setValue(25);
  EXPECT_TRUE(dialog.path().endsWith("/diffusion.mp4")) << dialog.path().toStdString();
  EXPECT_FALSE(dialog.frameSequence());
  EXPECT_EQ(dialog.settings().frames, 100);
  EXPECT_EQ(dialog.settings().framesPerSecond, 25);
  bool counted = false;
  for (auto* label : dialog.findChildren<QLabel*>()) counted |= label->text() == "Frames: 100, from the lab's 13";
  EXPECT_TRUE(counted);
  dialog.adjustSize();
  kx::testing::saveScreenshot(dialog.grab().toImage(), "animation-export-dialog.png");

  format(dialog)->setCurrentIndex(format(dialog)->findData("gif"));
  EXPECT_TRUE(dialog.path().endsWith("/diffusion.gif"));
  format(dialog)->setCurrentIndex(format(dialog)->findData(QString()));  // PNG frames: a folder
  EXPECT_TRUE(dialog.path().endsWith("/diffusion"));
  EXPECT_TRUE(dialog.frameSequence());
  EXPECT_FALSE(seconds->isEnabled());
  EXPECT_FALSE(boxes[2]->isEnabled());
}

TEST_F(AnimationExportDialogTest, RemembersItsChoices) {
  {
    AnimationExportDialog dialog("walk", 61);
    format(dialog)->setCurrentIndex(format(dialog)->findData("webm"));
    dialog.findChildren<QSpinBox*>()[0]->setValue(640);
    dialog.findChildren<QSpinBox*>()[1]->setValue(480);
    dialog.remember();
  }
  AnimationExportDialog again("gan-frame", 20);
  EXPECT_EQ(format(again)->currentData().toString(), "webm");
  EXPECT_TRUE(again.path().endsWith("/gan-frame.webm")) << again.path().toStdString();
  EXPECT_EQ(again.settings().size, QSize(640, 480));
}

TEST_F(AnimationExportDialogTest, RememberedValuesOutOfRangeGiveTheDefaults) {
  ShellSettings().setAnimationExportSettings({"avi", "/tmp", QSize(9000, 8), 0, 1e6});
  const AnimationExportSettings read = ShellSettings().animationExportSettings();
  const AnimationExportSettings defaults;
  EXPECT_EQ(read.format, defaults.format);
  EXPECT_EQ(read.size, defaults.size);
  EXPECT_EQ(read.framesPerSecond, defaults.framesPerSecond);
  EXPECT_EQ(read.seconds, defaults.seconds);
  EXPECT_EQ(read.folder, "/tmp");
}

}  // namespace
}  // namespace kx::widgets
