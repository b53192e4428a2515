// The walk lab without a window: a default walk runs to its end and its
// charts carry the expected series (checked against closed forms of docs/math.md
// §2), scrubbing shows the positions of an earlier step, cancel, rapid
// parameter changes, sessions, exports and bad input.
#include "widgets/labs/walk/walk_lab.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cmath>
#include <set>

#include "core/walk/block_kernels.h"
#include "core/walk/walk_analysis.h"
#include "tests/widgets/labs/walk/walk_test_support.h"
#include "widgets/export/lab_export.h"
#include "widgets/session/session_file.h"
#include "widgets/session/session_parse.h"

namespace kx::widgets {
namespace {

using walktest::runToEnd;
using walktest::scrubAndWait;

TEST(WalkLab, DefaultWalkRunsToTheEndWithTheExpectedCharts) {
  WalkLab lab;
  ASSERT_TRUE(runToEnd(lab));
  const auto f = lab.frame();
  ASSERT_EQ(f->step, 1000);
  const auto& charts = lab.charts();
  const auto& h = f->summary1D.histogram;
  // Histogram: a step outline of two points per bin, summing to 1 over the
  // bins plus the (empty or nearly empty) tails.
  ASSERT_EQ(charts.histogramSeries()->count(), 2 * static_cast<int>(h.counts.size()));
  double sum = 0;
  for (int i = 0; i < charts.histogramSeries()->count(); i += 2) sum += charts.histogramSeries()->at(i).y();
  EXPECT_NEAR(sum + (h.below + h.above) / f->params.walkers, 1.0, 1e-12);
  // Exact overlay: the binomial law, each dot against the closed form
  // P(S_1000 = k) = C(1000, (1000+k)/2) / 2^1000 (docs/math.md §2.1); lattice bins
  // are centred on the sites of the step's parity.
  EXPECT_TRUE(charts.exactSeries()->name().contains("binomial"));
  EXPECT_GE(charts.exactSeries()->count(), 20);
  for (const QPointF& p : charts.exactSeries()->points()) {
    const int k = static_cast<int>(std::lround(p.x()));
    ASSERT_NEAR(p.x(), k, 1e-9);
    EXPECT_NEAR(p.y(), core::walk::latticeProbability(1000, k, 0.5), 1e-12) << k;
  }
  EXPECT_EQ(charts.normalSeries()->count(), static_cast<int>(h.counts.size()));
  // Distance chart: one KS point per recorded step, a reference of slope
  // exactly -1/2 on log-log axes, and the fitted line.
  EXPECT_EQ(charts.ksSeries()->count(), static_cast<int>(f->series->steps.size()));
  ASSERT_EQ(charts.referenceSeries()->count(), 2);
  const QPointF r0 = charts.referenceSeries()->at(0), r1 = charts.referenceSeries()->at(1);
  EXPECT_NEAR(std::log(r1.y() / r0.y()) / std::log(r1.x() / r0.x()), -0.5, 1e-12);
  EXPECT_EQ(charts.distanceFitSeries()->count(), 2);
  // MSD: lattice steps have variance 1, so MSD = t and D = 1/2; with 1e5
  // walkers the fitted slope is within a few 0.1 % (sd of MSD_t is
  // sqrt(2/N) t, ~0.45 %, and the fit averages many steps).
  EXPECT_EQ(charts.msdSeries()->count(), static_cast<int>(f->series->steps.size()));
  EXPECT_NEAR(f->diffusionCoefficient, 0.5, 0.5 * 0.02);
  EXPECT_TRUE(lab.charts().msd()->title().contains("D = "));
  // Path integral: the closed form and the composed kernels are drawn and agree.
  EXPECT_GT(charts.closedFormSeries()->count(), 100);
  ASSERT_FALSE(charts.composedSeries().empty());
  const auto* most = charts.composedSeries().back();
  ASSERT_EQ(most->count(), charts.closedFormSeries()->count());
  for (int i = 0; i < most->count(); ++i) EXPECT_NEAR(most->at(i).y(), charts.closedFormSeries()->at(i).y(), 1e-6);
}

TEST(WalkLab, ScrubbingShowsThePositionsOfThatStep) {
  WalkLab lab;
  ASSERT_TRUE(lab.setValue("walkers", 3000));
  ASSERT_TRUE(lab.setValue("steps", 600));
  ASSERT_TRUE(runToEnd(lab));
  const int k = 137;
  ASSERT_TRUE(scrubAndWait(lab, k));
  const auto f = lab.frame();
  ASSERT_EQ(f->x.size(), 3000);
  // Oracle 1: each walker replayed alone from its seed (walkerPath, the
  // single-walker path used for trails: another code path than the blocks).
  for (int i = 0; i < 3000; i += 97) EXPECT_EQ(f->x(i), core::walk::walkerPath(f->params, i, k)[k].x()) << i;
  // Oracle 2: an independent job run straight to step k.
  auto job = core::walk::WalkJob::create(lab.values());
  ASSERT_TRUE(job);
  auto& independent = *job.value();
  while (independent.computedSteps() < k && independent.runChunk({})) {
  }
  auto reference = independent.frameAt(k);
  ASSERT_TRUE(reference);
  EXPECT_TRUE((reference->x == f->x).all());
  EXPECT_EQ(reference->summary1D.histogram.counts, f->summary1D.histogram.counts);
  // The charts follow the scrubbed step: no MSD point after it.
  EXPECT_LE(lab.charts().msdSeries()->points().back().x(), k);
  // Run goes back to the live walk.
  ASSERT_TRUE(runToEnd(lab));
  EXPECT_FALSE(lab.showingScrubbed());
}

TEST(WalkLab, CancelMidRunStopsTheWalk) {
  WalkLab lab;
  ASSERT_TRUE(lab.setValue("walkers", 1000000));
  ASSERT_TRUE(lab.setValue("steps", 20000));
  lab.setSpeed(0);
  lab.run();
  ASSERT_TRUE(QTest::qWaitFor([&] { return lab.frame() && lab.frame()->step > 0; }, 30000));
  lab.cancel();
  QTest::qWait(300);
  const int stopped = lab.frame()->step;
  EXPECT_LT(stopped, 20000);
  EXPECT_FALSE(lab.runner().busy());
  QTest::qWait(300);
  EXPECT_EQ(lab.frame()->step, stopped);  // nothing computed after the cancel shows up
  // A new, small walk still runs.
  ASSERT_TRUE(lab.setValue("steps", 50));
  ASSERT_TRUE(runToEnd(lab));
}

TEST(WalkLab, RapidChangesWhileRunningNeverMixParameters) {
  WalkLab lab;
  ASSERT_TRUE(lab.setValue("walkers", 20000));
  lab.setSpeed(0);
  lab.run();
  // Each change sets steps = 100 + k and seed = k together: a frame from a
  // mix of two changes would pair one change's steps with another's seed.
  std::vector<std::pair<int, double>> shown;
  QObject::connect(&lab, &Lab::displayed, [&] {
    if (auto f = lab.frame()) shown.emplace_back(f->params.steps, double(f->params.seed));
  });
  for (int k = 1; k <= 30; ++k) {
    auto values = lab.values();
    values["steps"] = 100 + k;
    values["seed"] = k;
    ASSERT_TRUE(lab.setValues(values, "step"));
    QTest::qWait(k % 5 == 0 ? 40 : 1);
  }
  ASSERT_TRUE(runToEnd(lab));
  ASSERT_FALSE(shown.empty());
  for (const auto& [steps, seed] : shown) EXPECT_EQ(steps - 100, seed);
  EXPECT_EQ(lab.frame()->params.steps, 130);
  EXPECT_EQ(lab.frame()->params.seed, 30u);
}

TEST(WalkLab, SessionRoundTrip) {
  WalkLab lab;
  ASSERT_TRUE(lab.setValue("kind", 3));  // cauchy1d
  ASSERT_TRUE(lab.setValue("walkers", 777));
  ASSERT_TRUE(lab.setValue("seed", 42));
  const QByteArray json = sessionJson(lab);
  EXPECT_TRUE(json.contains("cauchy1d"));
  WalkLab other;
  auto session = parseSession(json);
  ASSERT_TRUE(session);
  ASSERT_TRUE(applySession(other, *session));
  EXPECT_EQ(other.values(), lab.values());
  ASSERT_TRUE(runToEnd(other));
  EXPECT_FALSE(other.frame()->normalLimit);
  // The Cauchy case says so on the charts.
  EXPECT_TRUE(other.charts().histogram()->title().contains("never normal"));
  EXPECT_TRUE(other.charts().distance()->title().contains("Cauchy"));
}

TEST(WalkLab, ExportsHaveContentAndCsvRowsMatchTheBins) {
  WalkLab lab;
  ASSERT_TRUE(lab.setValue("walkers", 5000));
  ASSERT_TRUE(lab.setValue("steps", 200));
  ASSERT_TRUE(runToEnd(lab));
  QTemporaryDir dir;
  for (const char* name : {"walk.png", "walk.svg", "walk.csv"}) {
    const QString path = dir.filePath(name);
    ASSERT_TRUE(exportFigure(lab, path, QSize(1200, 800))) << name;
    EXPECT_GT(QFile(path).size(), 1000) << name;
  }
  QFile svg(dir.filePath("walk.svg"));
  ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
  EXPECT_TRUE(svg.readAll().contains("Histogram at n = 200"));
  // CSV: the first table has one row per histogram bin with its count.
  QFile csv(dir.filePath("walk.csv"));
  ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
  const QStringList tables = QString::fromUtf8(csv.readAll()).split("\n\n");
  ASSERT_EQ(tables.size(), 2);
  QStringList rows = tables[0].trimmed().split('\n');
  EXPECT_TRUE(rows.takeFirst().startsWith("centre,count,"));
  const auto& h = lab.frame()->summary1D.histogram;
  ASSERT_EQ(rows.size(), static_cast<int>(h.counts.size()));
  for (int i = 0; i < rows.size(); ++i) {
    const QStringList cells = rows[i].split(',');
    EXPECT_DOUBLE_EQ(cells[0].toDouble(), h.centre(i));
    EXPECT_DOUBLE_EQ(cells[1].toDouble(), h.counts[i]);
  }
  QStringList series = tables[1].trimmed().split('\n');
  EXPECT_TRUE(series.takeFirst().startsWith("step,msd"));
  EXPECT_EQ(series.size(), static_cast<int>(lab.frame()->series->steps.size()));
}

TEST(WalkLab, BadInputGivesAClearMessage) {
  WalkLab lab;
  auto walkers = lab.setValue("walkers", 0);
  ASSERT_FALSE(walkers);
  EXPECT_NE(walkers.error().find("walkers"), std::string::npos) << walkers.error();
  EXPECT_FALSE(lab.setValue("p", 1.5));
  EXPECT_FALSE(lab.setValue("p", -0.1));
  EXPECT_FALSE(lab.setValue("walkers", 2000000));
  EXPECT_EQ(lab.value("walkers"), 100000);
  // Combinations only the walk can check reach the user as a message.
  QStringList messages;
  QObject::connect(&lab, &Lab::message, [&](const QString& m) { messages << m; });
  auto values = lab.values();
  values["kind"] = 4;  // lattice2d: at most 100,000 walkers
  values["walkers"] = 1000000;
  ASSERT_TRUE(lab.setValues(values, "too many 2D walkers"));
  ASSERT_TRUE(QTest::qWaitFor([&] { return !messages.isEmpty(); }, 5000));
  EXPECT_TRUE(messages.last().contains("at most 100000 walkers")) << messages.last().toStdString();
  EXPECT_EQ(lab.frame(), nullptr);
  // Memory: a million Gaussian walkers over 30,000 steps would need ~480 MB of snapshots.
  values["kind"] = 1;
  values["steps"] = 30000;
  ASSERT_TRUE(lab.setValues(values, "too much memory"));
  lab.run();
  ASSERT_TRUE(QTest::qWaitFor([&] { return !messages.isEmpty() && messages.last().contains("budget"); }, 5000));
  EXPECT_FALSE(lab.running());
  // And a valid walk afterwards works.
  values["steps"] = 20;
  values["walkers"] = 1000;
  ASSERT_TRUE(lab.setValues(values, "fine"));
  ASSERT_TRUE(runToEnd(lab));
  EXPECT_TRUE(lab.failure().isEmpty());
}

TEST(WalkLab, PacedPlaybackShowsIntermediateStepsAndTheSameWalk) {
  // At 50 steps per second a 60-step walk takes at least 60 / 50 = 1.2 s
  // (each one-step chunk waits until it has lasted 20 ms: a lower bound that
  // load can only lengthen; long enough for a sanitized GUI thread under a
  // parallel test to show a few frames) and is shown at intermediate steps; pacing
  // changes only when frames appear, never the walk: the final histogram
  // equals the unpaced one.
  auto finalCounts = [](double speed, std::set<int>* seen, double* seconds) {
    WalkLab lab;
    EXPECT_TRUE(lab.setValue("walkers", 4000));
    EXPECT_TRUE(lab.setValue("steps", 60));
    QObject::connect(&lab, &Lab::displayed, [&] {
      if (seen && lab.frame()) seen->insert(lab.frame()->step);
    });
    lab.setSpeed(speed);
    QElapsedTimer clock;
    clock.start();
    lab.run();
    EXPECT_TRUE(QTest::qWaitFor([&] { return lab.frame() && lab.frame()->step == 60 && !lab.running(); }, 20000));
    if (seconds) *seconds = clock.elapsed() / 1000.0;
    return lab.frame()->summary1D.histogram.counts;
  };
  std::set<int> seen;
  double seconds = 0;
  const auto paced = finalCounts(50, &seen, &seconds);
  EXPECT_GE(seconds, 1.15);
  EXPECT_GE(seen.size(), 3u);  // the start, some intermediate steps, the end
  EXPECT_EQ(paced, finalCounts(0, nullptr, nullptr));
}

TEST(WalkLab, StepAdvancesOneRecordedStepWhilePaused) {
  WalkLab lab;
  ASSERT_TRUE(lab.setValue("walkers", 2000));
  ASSERT_TRUE(lab.setValue("steps", 100));
  lab.recompute();
  ASSERT_TRUE(QTest::qWaitFor([&] { return lab.frame() != nullptr; }, 5000));
  EXPECT_EQ(lab.frame()->step, 0);  // the start is shown before Run
  for (int k = 1; k <= 3; ++k) {
    lab.step();
    ASSERT_TRUE(QTest::qWaitFor([&] { return lab.frame()->step == k; }, 5000)) << k;
  }
  EXPECT_FALSE(lab.running());
}

}  // namespace
}  // namespace kx::widgets
