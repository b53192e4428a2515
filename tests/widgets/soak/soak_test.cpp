// Every registered lab, in a real window, under random parameter changes,
// runs, pauses, steps, cancels, undos and resets for a bounded time
// (KX_SOAK_SECONDS per lab, default 4): it must never crash, never show a
// frame whose job was built from other values than the lab's, still finish
// a computation afterwards, keep its memory flat, and close while computing.
#include <gtest/gtest.h>

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QTimer>
#include <cmath>
#include <iostream>
#include <random>

#include "tests/widgets/gl_test_support.h"
#include "tests/widgets/registered_lab_ids.h"
#include "widgets/lab/lab.h"
#include "widgets/shell/main_window.h"

namespace kx::widgets {
namespace {

/// A field of /proc/self/status in MiB (VmRSS: now, VmHWM: peak).
double procStatusMiB(const char* field) {
  QFile status("/proc/self/status");
  if (!status.open(QIODevice::ReadOnly)) return 0;
  for (const QByteArray& line : status.readAll().split('\n'))
    if (line.startsWith(field)) return line.mid(int(qstrlen(field)) + 1).trimmed().split(' ').front().toDouble() / 1024;
  return 0;
}

int soakSeconds() {
  const int seconds = qEnvironmentVariableIntValue("KX_SOAK_SECONDS");
  return seconds > 0 ? seconds : 4;
}

void spin(int ms) {
  QElapsedTimer timer;
  timer.start();
  while (timer.elapsed() < ms) {
    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QThread::msleep(1);
  }
}

/// A valid-looking value near the default: within a factor of two (or the
/// whole range for choices and toggles), so the soak explores without asking
/// for a million walkers on every change. Cross-field rules may still refuse it.
double randomValue(const core::ParamSpec& spec, std::mt19937_64& rng) {
  std::uniform_real_distribution<double> unit(0, 1);
  switch (spec.kind) {
    case core::ParamKind::Choice:
      return std::floor(unit(rng) * double(spec.choices.size()));
    case core::ParamKind::Toggle:
      return unit(rng) < 0.5 ? 0 : 1;
    default: {
      const double d = spec.defaultValue, span = d != 0 ? std::abs(d) : 1;
      const double lo = std::max(spec.min, d - span), hi = std::min(spec.max, d + span);
      const double v = lo + (hi - lo) * unit(rng);
      return spec.kind == core::ParamKind::Integer ? std::clamp(std::round(v), spec.min, spec.max) : v;
    }
  }
}

/// Random actions on the lab for `ms` milliseconds.
void abuse(Lab& lab, std::mt19937_64& rng, int ms) {
  const auto& specs = lab.description().schema.specs();
  QElapsedTimer timer;
  timer.start();
  while (timer.elapsed() < ms) {
    switch (std::uniform_int_distribution<int>(0, 9)(rng)) {
      case 0:
      case 1:
      case 2:
      case 3: {
        const auto& spec = specs[std::uniform_int_distribution<std::size_t>(0, specs.size() - 1)(rng)];
        (void)lab.setValue(spec.key, randomValue(spec, rng));  // a refusal is a message, also fine
        break;
      }
      case 4:
        lab.run();
        break;
      case 5:
        lab.pause();
        break;
      case 6:
        lab.step();
        break;
      case 7:
        lab.cancel();
        break;
      case 8:
        lab.undoStack()->undo();
        break;
      case 9:
        if (std::uniform_int_distribution<int>(0, 4)(rng) == 0) lab.reset();
        break;
    }
    spin(std::uniform_int_distribution<int>(0, 40)(rng));
  }
}

/// Back to defaults, then a frame for them within the timeout.
bool finishesOnDefaults(Lab& lab) {
  lab.reset();
  if (lab.animated()) lab.run();
  QElapsedTimer timer;
  timer.start();
  while (!lab.hasFrame() && timer.elapsed() < 120000) spin(10);
  lab.pause();
  return lab.hasFrame();
}

// std::string parameters so ctest shows the lab id, not QString's raw bytes.
class Soak : public ::testing::TestWithParam<std::string> {};

TEST_P(Soak, SurvivesRandomUseAndClosesWhileComputing) {
  KX_REQUIRE_GL_OR_SKIP();
  const QString id = QString::fromStdString(GetParam());
  std::mt19937_64 rng(qHash(id));
  auto window = std::make_unique<MainWindow>();
  window->adoptLab(createLab(id));
  window->show();
  Lab& lab = *window->currentLab();
  // Refused settings and failed jobs show in the inline message bar, never in
  // a modal dialog: count both (a dialog is closed so the soak goes on, and fails it).
  QTimer watch;
  int dialogs = 0, messages = 0;
  QObject::connect(&watch, &QTimer::timeout, [&] {
    if (QWidget* modal = QApplication::activeModalWidget()) ++dialogs, modal->close();
  });
  watch.start(50);
  QObject::connect(&lab, &Lab::message, [&] { ++messages; });
  int framesShown = 0, mixed = 0;
  QObject::connect(&lab, &Lab::frameShown, [&] {
    ++framesShown;
    mixed += lab.jobValues() != lab.values();
  });

  const int halfMs = soakSeconds() * 500;
  abuse(lab, rng, halfMs);
  ASSERT_TRUE(finishesOnDefaults(lab)) << id.toStdString() << ": no frame for the defaults after the first half";
  const double rssFirst = procStatusMiB("VmRSS:");
  abuse(lab, rng, halfMs);
  ASSERT_TRUE(finishesOnDefaults(lab)) << id.toStdString() << ": no frame for the defaults after the second half";
  const double rssSecond = procStatusMiB("VmRSS:");

  EXPECT_EQ(mixed, 0) << "frames shown while the lab's values differed from their job's";
  EXPECT_GT(framesShown, 1);
  // Flat memory: the second half may not keep what the first freed. The
  // margin covers allocator caches and ASan's quarantine.
  EXPECT_LT(rssSecond, 1.25 * rssFirst + 256) << "RSS grew from " << rssFirst << " to " << rssSecond << " MiB";
  std::cout << "[soak] " << id.toStdString() << ": " << 2 * halfMs / 1000.0 << " s, " << framesShown << " frames, RSS "
            << rssFirst << " -> " << rssSecond << " MiB, peak " << procStatusMiB("VmHWM:") << " MiB, " << messages
            << " messages\n";
  EXPECT_EQ(dialogs, 0) << "modal dialogs interrupted the soak";

  // Close the window while a job computes: the lab cancels and joins its worker.
  lab.recompute();
  if (lab.animated()) lab.run();
  spin(5);
  window.reset();
}

INSTANTIATE_TEST_SUITE_P(AllLabs, Soak, ::testing::ValuesIn(testing::registeredLabIds()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace kx::widgets
