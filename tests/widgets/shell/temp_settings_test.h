#pragma once
// A test fixture whose QSettings (ShellSettings included) live in a fresh
// temporary folder, never in the user's: every shell test starts from a first run.
#include <gtest/gtest.h>

#include <QSettings>
#include <QTemporaryDir>

namespace kx::widgets::testing {

class TempSettingsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(m_dir.isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
  }
  /// A file name in the temporary folder.
  QString path(const QString& name) const { return m_dir.filePath(name); }

 private:
  QTemporaryDir m_dir;
};

}  // namespace kx::widgets::testing
