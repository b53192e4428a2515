#pragma once
// GL tests need the xcb platform and a real context (docs/architecture.md,
// "OpenGL and headless runs"). Where there is none they skip with the reason,
// unless KX_REQUIRE_GL is set (as scripts/test.sh does), so CI can never pass
// with every GL test skipped.
#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <cstdlib>
#include <gtest/gtest.h>

namespace kx::testing {

inline QString glUnavailableReason() {
  if (QGuiApplication::platformName() != "xcb") return "platform is '" + QGuiApplication::platformName() + "', not xcb";
  QOpenGLContext context;
  if (!context.create()) return "cannot create an OpenGL context";
  return {};
}

}  // namespace kx::testing

#define KX_REQUIRE_GL_OR_SKIP()                                                          \
  do {                                                                                   \
    const QString reason = ::kx::testing::glUnavailableReason();                         \
    if (!reason.isEmpty()) {                                                             \
      if (std::getenv("KX_REQUIRE_GL")) FAIL() << "OpenGL required: " << reason.toStdString(); \
      GTEST_SKIP() << reason.toStdString();                                              \
    }                                                                                    \
  } while (0)
