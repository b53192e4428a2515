// The VAE lab without a window and in the main window: training on the
// embedded digits lowers the loss and fills the scatter and charts;
// divergence is reported; cancel mid-epoch, rapid parameter changes and
// closing while training; sessions keep the trained weights exactly.
#include "widgets/labs/vae/vae_lab.h"

#include <gtest/gtest.h>

#include <cmath>

#include <QBarSet>
#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QValueAxis>
#include <random>

#include "tests/widgets/labs/vae/vae_test_support.h"
#include "widgets/lab/lab_registry.h"
#include "widgets/labs/vae/vae_view.h"
#include "widgets/session/session_file.h"
#include "widgets/shell/main_window.h"

namespace kx::widgets {
namespace {

using vaetest::makeQuick;
using vaetest::trainedTo;

TEST(VaeLab, TrainingOnEmbeddedDigitsLowersTheLossAndFillsTheCharts) {
  VaeLab lab;
  EXPECT_TRUE(lab.datasetDescription().contains("not MNIST")) << lab.datasetDescription().toStdString();
  makeQuick(lab, 3);  // 3 x 95 = 285 Adam steps
  lab.run();
  ASSERT_TRUE(trainedTo(lab, 3));
  auto f = lab.frame();
  const auto& t = *f->train;
  ASSERT_EQ(t.heldLoss.size(), 4u);
  // An untrained Bernoulli decoder says ~0.5 for every pixel: ~784 ln 2 = 543
  // nats. 285 steps of a 64-unit VAE reach well under 250 on these clean
  // digits (the core tests train the same model); 150 nats is a safe margin.
  EXPECT_GT(t.heldLoss.front(), 450);
  EXPECT_LT(t.heldLoss.back(), t.heldLoss.front() - 150);
  for (std::size_t e = 1; e < t.heldLoss.size(); ++e) EXPECT_NEAR(t.heldLoss[e], t.heldRecon[e] + t.heldKl[e], 1e-6);
  // The scatter: one point layer per class, every held-out code drawn once.
  auto scene = lab.scene();
  ASSERT_TRUE(scene);
  EXPECT_EQ(scene->points.size(), 10u);
  std::size_t drawn = 0;
  for (const auto& layer : scene->points) drawn += layer.positions.size();
  EXPECT_EQ(drawn, 500u);
  // Charts: curves over the 3 epochs (training from epoch 1), one bar per dimension.
  EXPECT_EQ(static_cast<QLineSeries*>(lab.charts().losses()->series()[0])->count(), 4);
  EXPECT_EQ(static_cast<QLineSeries*>(lab.charts().losses()->series()[2])->count(), 3);
  // KL is never negative: its axis starts at 0.
  EXPECT_EQ(static_cast<QValueAxis*>(lab.charts().kl()->axes(Qt::Vertical)[0])->min(), 0.0);
  auto* bars = static_cast<QStackedBarSeries*>(lab.charts().klPerDim()->series()[0]);
  EXPECT_EQ(bars->barSets()[0]->count(), 2);
  // Active units as docs/math.md §5.4 / W5 count them: KL > 0.01 nats.
  int active = 0;
  for (double k : t.latest.klPerDim) active += k > core::vae::kActiveUnitKl;
  EXPECT_EQ(t.latest.activeUnits, active);
  EXPECT_TRUE(lab.charts().klPerDim()->title().contains(QString("%1 of 2 active").arg(active)));
  // Reconstructions from the posterior means of one image per class; the 2D manifold grid.
  EXPECT_EQ(f->reconstructions.rows(), 10);
  EXPECT_EQ(f->manifold.rows(), kVaeManifoldSide * kVaeManifoldSide);
  const QStringList csv = lab.csvData().split('\n');
  EXPECT_EQ(csv[0], "kind,index,label,epoch,x,y,value");
  EXPECT_GT(csv.size(), 500 + 4 + 2);
  QImage figure(1200, 900, QImage::Format_ARGB32);
  QPainter painter(&figure);
  lab.paintFigure(painter, QRectF(0, 0, 1200, 900), 1.0);
  painter.end();
  // Not blank: the scatter's points, the image panels and the charts' lines
  // put ink on well over 2% of the area (a white figure has none).
  int ink = 0;
  for (int y = 0; y < figure.height(); y += 2)
    for (int x = 0; x < figure.width(); x += 2) ink += figure.pixel(x, y) != qRgb(255, 255, 255);
  EXPECT_GT(ink, figure.width() * figure.height() / 4 / 50);
}

TEST(VaeLab, PcaProjectionForALargerLatent) {
  VaeLab lab;
  makeQuick(lab, 1, 8);
  ASSERT_TRUE(vaetest::hasFrame(lab));
  auto f = lab.frame();
  EXPECT_TRUE(f->projection.pca);
  EXPECT_EQ(f->projection.axes.rows(), 8);
  EXPECT_EQ(f->manifold.rows(), 0);  // a manifold grid only for a 2D latent
  EXPECT_TRUE(lab.scene()->xLabel.startsWith("PC1"));
}

TEST(VaeLab, DivergenceIsReportedWithABanner) {
  // A session whose model has weights of 1e30: the first products overflow to
  // inf, then NaN, so the first Adam step fails (as in the core test).
  VaeLab source;
  makeQuick(source, 1);
  ASSERT_TRUE(vaetest::hasFrame(source));
  core::vae::VaeModel broken = *source.frame()->model;
  for (auto* p : broken.state()) p->value.setConstant(1e30f);
  auto weights = vaeWeightsToJson(broken);
  ASSERT_TRUE(weights.ok()) << weights.error();

  VaeLab lab;
  VaeView view(&lab);
  makeQuick(lab, 1);
  QSignalSpy diverged(&lab, &Lab::failed);
  ASSERT_TRUE(lab.restoreState(QJsonObject{{"weights", *weights}}).ok());
  lab.run();
  ASSERT_TRUE(QTest::qWaitFor([&] { return diverged.count() > 0; }, 60000));
  EXPECT_TRUE(lab.failure().contains("training diverged")) << lab.failure().toStdString();
  EXPECT_FALSE(view.banner()->isHidden());
  EXPECT_TRUE(view.banner()->text().contains("lower the learning rate"));
  EXPECT_FALSE(lab.running());
}

TEST(VaeLab, CancelMidEpochKeepsTheLastFrameAndRunStartsAgain) {
  VaeLab lab;
  ASSERT_TRUE(lab.setValues({{"width", 256}, {"epochs", 5}, {"heldout", 500}}, "slower"));
  lab.run();
  ASSERT_TRUE(QTest::qWaitFor([&] { return lab.frame() != nullptr; }, 60000));
  QSignalSpy progress(&lab.runner(), &JobRunner::progressChanged);
  ASSERT_TRUE(QTest::qWaitFor([&] { return progress.count() > 2; }, 60000));
  lab.cancel();
  ASSERT_TRUE(QTest::qWaitFor([&] { return !lab.runner().busy(); }, 30000));
  auto kept = lab.frame();
  ASSERT_TRUE(kept);
  EXPECT_LT(kept->train->epoch, 5);  // stopped inside the run
  QTest::qWait(200);
  EXPECT_EQ(lab.frame(), kept);  // nothing of the cancelled job arrives later
  lab.pause();
  lab.run();  // a fresh job for the same values
  ASSERT_TRUE(QTest::qWaitFor([&] { return lab.frame() != kept; }, 60000));
  lab.cancel();
}

TEST(VaeLab, RapidParameterChangesEndOnTheLastValues) {
  VaeLab lab;
  makeQuick(lab, 1);
  lab.run();
  std::mt19937_64 rng(3);
  int mixed = 0;
  QObject::connect(&lab, &Lab::frameShown, [&] { mixed += lab.jobValues() != lab.values(); });
  for (int k = 0; k < 25; ++k) {
    ASSERT_TRUE(lab.setValue("latent", double(std::uniform_int_distribution<int>(2, 12)(rng))).ok());
    if (k % 3 == 0) {
      ASSERT_TRUE(lab.setValue("bn", double(k % 2)).ok());
    }
    QTest::qWait(std::uniform_int_distribution<int>(0, 15)(rng));
  }
  ASSERT_TRUE(lab.setValue("latent", 5).ok());
  ASSERT_TRUE(QTest::qWaitFor([&] { return lab.frame() && lab.frame()->train->latent == 5; }, 60000));
  EXPECT_EQ(mixed, 0);
  EXPECT_EQ(lab.frame()->train->latest.codes.cols(), 5);
  lab.cancel();
}

TEST(VaeLab, ClosingTheWindowWhileTrainingCancelsAndJoins) {
  auto window = std::make_unique<MainWindow>();
  window->adoptLab(createLab("vae"));
  window->show();
  Lab* lab = window->currentLab();
  ASSERT_EQ(lab->description().id, "vae");
  lab->run();
  ASSERT_TRUE(QTest::qWaitFor([&] { return lab->hasFrame(); }, 60000));
  QTest::qWait(50);
  EXPECT_TRUE(lab->runner().busy());
  window.reset();  // must return promptly, without a crash
  SUCCEED();
}

TEST(VaeLab, SessionRoundTripKeepsTheTrainedWeights) {
  QTemporaryDir dir;
  const QString path = dir.filePath("vae.json");
  VaeLab lab;
  makeQuick(lab, 1);
  lab.run();
  ASSERT_TRUE(trainedTo(lab, 1));
  lab.setPath(core::vae::Path::Spherical);
  lab.setSteps(7);
  lab.setEnds(3, 250);
  ASSERT_TRUE(QTest::qWaitFor(
      [&] {
        auto i = lab.interpolation();
        return i && i->a == 3 && i->b == 250 && i->steps == 7 && i->path == core::vae::Path::Spherical;
      },
      30000));
  ASSERT_TRUE(writeSessionFile(path, lab).ok());
  const auto before = lab.interpolation();
  // The ends' posteriors apart (docs/math.md §5.6): for diagonal normals the KL
  // is a sum of one-dimensional ones, ½(v_A/v_B + (μ_A − μ_B)²/v_B − 1 + log(v_B/v_A)).
  ASSERT_TRUE(before->endDistances);
  const auto& latest = lab.frame()->train->latest;
  double kl = 0;
  for (Eigen::Index j = 0; j < latest.codes.cols(); ++j) {
    const double va = latest.variances(3, j), vb = latest.variances(250, j);
    const double dm = double(latest.codes(3, j)) - double(latest.codes(250, j));
    kl += 0.5 * (va / vb + dm * dm / vb - 1 + std::log(vb / va));
  }
  EXPECT_NEAR(before->endDistances->klPQ, kl, 1e-9 * std::max(1.0, kl));
  EXPECT_GT(before->endDistances->wasserstein2Squared, 0);
  EXPECT_TRUE(lab.csvData().contains("posterior_distance,,bhattacharyya,"));

  VaeLab again;
  auto session = readSessionFile(path);
  ASSERT_TRUE(session.ok()) << session.error();
  ASSERT_TRUE(applySession(again, *session).ok());
  // The interpolation decoded with the model of the frame on display, once
  // the session's values (and so its model's shapes) are in force.
  ASSERT_TRUE(QTest::qWaitFor(
      [&] {
        auto i = again.interpolation();
        return i && again.frame() && i->source == again.frame().get() && again.jobValues() == again.values();
      },
      60000));
  EXPECT_TRUE(again.startedFromSavedModel());
  EXPECT_EQ(again.endA(), 3);
  EXPECT_EQ(again.endB(), 250);
  EXPECT_EQ(again.path(), core::vae::Path::Spherical);
  const auto after = again.interpolation();
  // The same weights on the same data: identical codes and decodes, bit for bit.
  EXPECT_EQ(Eigen::MatrixXf(after->codes), Eigen::MatrixXf(before->codes));
  EXPECT_EQ(Eigen::MatrixXf(after->strip), Eigen::MatrixXf(before->strip));
  core::vae::VaeModel a = *lab.frame()->model, b = *again.frame()->model;
  const core::nn::Mat<float> z = core::nn::Mat<float>::Random(5, 2);
  EXPECT_EQ(Eigen::MatrixXf(a.decode(z)), Eigen::MatrixXf(b.decode(z)));

  // A damaged model is refused with the weights file's message; nothing changes.
  QJsonObject state = lab.saveState();
  QJsonObject weights = state.value("weights").toObject();
  QByteArray bytes = QByteArray::fromBase64(weights.value("file").toString().toLatin1());
  bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x55);
  weights.insert("file", QString::fromLatin1(bytes.toBase64()));
  state.insert("weights", weights);
  const auto refused = again.restoreState(state);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().find("state.weights"), std::string::npos) << refused.error();
  EXPECT_EQ(again.endA(), 3);
}

}  // namespace
}  // namespace kx::widgets
