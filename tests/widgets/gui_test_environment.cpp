// main() of the GUI test executables. The QApplication is created in a gtest
// Environment, not before InitGoogleTest, so that gtest_discover_tests can
// list the tests without a display (docs/architecture.md,
// "OpenGL and headless runs").
#include <QApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

#include <memory>

namespace {

class QtEnvironment : public ::testing::Environment {
 public:
  QtEnvironment(int& argc, char** argv) : m_argc(argc), m_argv(argv) {}
  void SetUp() override {
    // Settings, recent files and caches go to test locations, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    m_app = std::make_unique<QApplication>(m_argc, m_argv);
  }
  void TearDown() override { m_app.reset(); }

 private:
  int& m_argc;
  char** m_argv;
  std::unique_ptr<QApplication> m_app;
};

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new QtEnvironment(argc, argv));
  return RUN_ALL_TESTS();
}
