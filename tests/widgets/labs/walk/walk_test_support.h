#pragma once
// Helpers of the walk lab's GUI tests: waiting for a walk to finish or for a
// given step to be on display.
#include <QTest>

#include "widgets/labs/walk/walk_lab.h"

namespace kx::widgets::walktest {

/// Runs the walk at full speed and waits until its last step is shown.
inline bool runToEnd(WalkLab& lab, int timeoutMs = 60000) {
  lab.setSpeed(0);
  lab.run();
  return QTest::qWaitFor(
      [&] {
        auto f = lab.frame();
        return f && f->step == f->params.steps && !lab.running() && !lab.runner().busy();
      },
      timeoutMs);
}

/// Scrubs to `step` and waits until that step is shown.
inline bool scrubAndWait(WalkLab& lab, int step, int timeoutMs = 20000) {
  lab.scrubTo(step);
  return QTest::qWaitFor([&] { return lab.showingScrubbed() && lab.frame() && lab.frame()->step == step; }, timeoutMs);
}

}  // namespace kx::widgets::walktest
