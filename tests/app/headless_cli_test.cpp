// kexue-lab's headless mode end to end: the real binary, real files.
#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <cmath>

#include "tests/app/lab_process.h"
#include "tests/widgets/video/video_probe.h"
#include "tests/widgets/gl_test_support.h"

namespace {

using kx::testing::LabRun;
using kx::testing::runLab;

class HeadlessCli : public ::testing::Test {
 protected:
  QTemporaryDir dir;
  QString path(const QString& name) const { return dir.filePath(name); }
};

TEST_F(HeadlessCli, PngHasTheRequestedSizeAndShowsTheFigure) {
  KX_REQUIRE_GL_OR_SKIP();
  const LabRun run = runLab({"--lab", "competition", "--set", "r1=0.1", "--set", "a2=0.0002", "--export",
                             path("out.png"), "--size", "1600x1000"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  QImage image(path("out.png"));
  ASSERT_FALSE(image.isNull());
  EXPECT_EQ(image.size(), QSize(1600, 1000));
  // The phase plane (top part) is colourful; the figure is not blank.
  QSet<QRgb> colours;
  for (int y = 80; y < 560; y += 4)
    for (int x = 120; x < 1400; x += 4) colours.insert(image.pixel(x, y) & 0xF8F8F8);
  EXPECT_GT(colours.size(), 300);
}

TEST_F(HeadlessCli, ScaleTwoDoublesThePixels) {
  KX_REQUIRE_GL_OR_SKIP();
  const LabRun run = runLab({"--export", path("hi.png"), "--size", "800x500", "--scale", "2"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  EXPECT_EQ(QImage(path("hi.png")).size(), QSize(1600, 1000));
}

TEST_F(HeadlessCli, SvgParsesAndHasVectorText) {
  KX_REQUIRE_GL_OR_SKIP();
  const LabRun run = runLab({"--lab", "competition", "--export", path("out.svg")});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  QFile file(path("out.svg"));
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  QXmlStreamReader xml(&file);
  int texts = 0, images = 0;
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement() && xml.name() == QLatin1String("text")) ++texts;
    if (xml.isStartElement() && xml.name() == QLatin1String("image")) ++images;
  }
  EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
  EXPECT_GT(texts, 10);  // tick labels, titles, legends
  EXPECT_GE(images, 1);  // the GL plot area
}

TEST_F(HeadlessCli, CsvParsesWithTheEssaysEquilibrium) {
  const LabRun run = runLab({"--export", path("out.csv")});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  QFile file(path("out.csv"));
  ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
  const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
  ASSERT_GT(lines.size(), 100);
  EXPECT_EQ(lines[0], "kind,index,t,x1,x2,value");
  bool found = false;
  for (const QString& line : lines) {
    const QStringList cells = line.split(',');
    ASSERT_EQ(cells.size(), 6) << line.toStdString();
    if (cells[0] == "equilibrium" && cells[5] == "stable node") {
      EXPECT_NEAR(cells[3].toDouble(), 375.0, 1e-6);
      EXPECT_NEAR(cells[4].toDouble(), 250.0, 1e-6);
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(HeadlessCli, SessionRoundTripThroughTheCommandLine) {
  QFile session(path("s.json"));
  ASSERT_TRUE(session.open(QIODevice::WriteOnly));
  session.write(R"({"format":"kexue-lab-session","version":1,"lab":"competition",
                   "parameters":{"a1":0.0009,"a2":0.0018},"state":{"seeds":[[50,400],[400,50]]}})");
  session.close();
  const LabRun run = runLab({"--session", path("s.json"), "--export", path("s.csv")});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  QFile csv(path("s.csv"));
  ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
  const QString text = QString::fromUtf8(csv.readAll());
  // sigma1 = 0.0009 * 333.3 / 0.1 = 3 and sigma2 = 0.0018 * 500 / 0.3 = 3: bistable, E* a saddle.
  EXPECT_TRUE(text.contains("saddle"));
  EXPECT_TRUE(text.contains("trajectory,1,"));
}

void writeFile(const QString& path, const QByteArray& text) {
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write(text);
}

constexpr const char* kLinearModel = R"json({"id": "custom", "dxdt": "a*(1 - x)", "dydt": "-y",
  "parameters": [{"name": "a", "value": 2, "min": 0.1, "max": 5}], "window": [-1, 3, -2, 2]})json";

TEST_F(HeadlessCli, AModelFileIsAnalysedWithItsParametersSetByName) {
  // dx/dt = a(1 - x), dy/dt = -y: one stable node at (1, 0), and from the
  // first seed x(t) = 1 - (1 - x0) exp(-a t) exactly.
  writeFile(path("model.json"), kLinearModel);
  const LabRun run = runLab({"--model", path("model.json"), "--set", "a=3", "--export", path("m.csv")});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  QFile csv(path("m.csv"));
  ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
  const QStringList rows = QString::fromUtf8(csv.readAll()).split('\n');
  EXPECT_TRUE(rows.contains("equilibrium,0,,1,0,stable node"));
  int checked = 0;
  double x0 = 0;
  for (const QString& row : rows) {
    const QStringList f = row.split(',');
    if (f.size() < 5 || f[0] != "trajectory" || f[1] != "0") continue;
    const double t = f[2].toDouble(), x = f[3].toDouble();
    if (t == 0) x0 = x;
    EXPECT_NEAR(x, 1 - (1 - x0) * std::exp(-3 * t), 1e-5) << row.toStdString();  // Dormand–Prince at rtol 1e-6
    ++checked;
  }
  EXPECT_GT(checked, 10);
}

TEST_F(HeadlessCli, BadInputExitsNonZeroWithAMessageNamingIt) {
  struct Case {
    QStringList args;
    const char* expect;
  };
  QFile corrupt(path("bad.json"));
  ASSERT_TRUE(corrupt.open(QIODevice::WriteOnly));
  corrupt.write("{\"format\": \"kexue-lab-session\", ");
  corrupt.close();
  writeFile(path("model.json"), kLinearModel);
  writeFile(path("typo.json"), QByteArray(kLinearModel).replace("a*(1 - x)", "a*(1 - x"));
  const Case cases[] = {
      {{"--set", "r1=abc", "--export", path("x.png")}, "'abc' is not a valid value"},
      {{"--set", "bogus=1", "--export", path("x.png")}, "unknown parameter 'bogus'"},
      {{"--set", "r1=50", "--export", path("x.png")}, "out of range"},
      {{"--lab", "nosuch", "--export", path("x.png")}, "unknown lab 'nosuch'"},
      {{"--session", path("bad.json"), "--export", path("x.png")}, "not valid JSON"},
      {{"--session", path("missing.json"), "--export", path("x.png")}, "cannot open"},
      {{"--export", path("x.bmp")}, "use a .png, .svg, .pdf or .csv"},
      {{"--export", "/proc/definitely/not/writable.csv"}, "cannot write"},
      {{"--size", "big", "--export", path("x.png")}, "--size must be WIDTHxHEIGHT"},
      {{"--frobnicate", "1"}, "unknown option '--frobnicate'"},
      {{"--model", path("typo.json"), "--export", path("x.png")}, "typo.json"},
      {{"--model", path("bad.json"), "--export", path("x.png")}, "not valid JSON"},
      {{"--model", path("model.json"), "--session", path("bad.json"), "--export", path("x.png")}, "cannot be combined"},
      {{"--lab", "walk", "--model", path("model.json"), "--export", path("x.png")}, "no models"},
      {{"--model", path("model.json"), "--set", "r1=0.1", "--export", path("x.png")}, "unknown parameter 'r1'"},
  };
  for (const auto& c : cases) {
    const LabRun run = runLab(c.args);
    EXPECT_NE(run.exitCode, 0) << c.args.join(' ').toStdString();
    EXPECT_TRUE(run.err.contains(c.expect)) << "stderr: " << run.err.toStdString();
  }
  EXPECT_FALSE(QFile::exists(path("x.png")));
}

TEST_F(HeadlessCli, WalkLabExportsAFigureAndNamesBadInput) {
  KX_REQUIRE_GL_OR_SKIP();
  const LabRun run =
      runLab({"--lab", "walk", "--set", "walkers=20000", "--export", path("walk.png"), "--size", "1200x800"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  EXPECT_EQ(QImage(path("walk.png")).size(), QSize(1200, 800));
  const LabRun bad =
      runLab({"--lab", "walk", "--set", "kind=lattice2d", "--set", "walkers=1000000", "--export", path("bad.png")});
  EXPECT_NE(bad.exitCode, 0);
  EXPECT_TRUE(bad.err.contains("at most 100000 walkers")) << bad.err.toStdString();
}

TEST_F(HeadlessCli, ComputesAtNormalPriorityAndSaysWhatItDoes) {
  // The GUI's compute threads run at nice 19; a headless run has no window to
  // keep smooth and computes at 0, unless KX_COMPUTE_NICE says otherwise.
  KX_REQUIRE_GL_OR_SKIP();
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.remove("KX_COMPUTE_NICE");  // ctest sets it for every test
  const QStringList args = {"--lab", "walk", "--set", "walkers=20000", "--export", path("nice.png")};
  const LabRun run = runLab(args, env);
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  EXPECT_TRUE(run.err.contains("compute threads at nice 0")) << run.err.toStdString();
  EXPECT_TRUE(run.err.contains("computed in")) << run.err.toStdString();
  env.insert("KX_COMPUTE_NICE", "7");
  const LabRun told = runLab(args, env);
  ASSERT_EQ(told.exitCode, 0) << told.err.toStdString();
  EXPECT_TRUE(told.err.contains("compute threads at nice 7")) << told.err.toStdString();
}

TEST_F(HeadlessCli, AVideoHasTheAskedFramesRateAndSize) {
  KX_REQUIRE_GL_OR_SKIP();
  const LabRun run = runLab({"--lab", "competition", "--export", path("grow.mp4"), "--frames", "36", "--fps", "24",
                             "--size", "480x320"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const auto info = kx::testing::probeVideo(path("grow.mp4"));
  ASSERT_TRUE(info.error.isEmpty()) << info.error.toStdString();
  EXPECT_EQ(info.codec, "h264");
  EXPECT_EQ(QSize(info.width, info.height), QSize(480, 320));
  EXPECT_EQ(info.frameRate, "24/1");
  EXPECT_EQ(info.frames, 36);
  EXPECT_TRUE(run.err.contains("36 frames written")) << run.err.toStdString();
}

TEST_F(HeadlessCli, BadVideoOptionsAreNamed) {
  const LabRun png = runLab({"--export", path("a.png"), "--frames", "10"});
  EXPECT_EQ(png.exitCode, 2);
  EXPECT_TRUE(png.err.contains("--frames and --fps go with --export to a video")) << png.err.toStdString();
  const LabRun fps = runLab({"--export", path("a.mp4"), "--fps", "0"});
  EXPECT_EQ(fps.exitCode, 2);
  EXPECT_TRUE(fps.err.contains("--fps must be a whole number from 1 to 120")) << fps.err.toStdString();
  const LabRun odd = runLab({"--export", path("a.mp4"), "--size", "481x320"});
  EXPECT_EQ(odd.exitCode, 2);
  EXPECT_TRUE(odd.err.contains("even width and height")) << odd.err.toStdString();
  // The VAE's morph needs two picked digits: said, and no file written.
  const LabRun vae = runLab({"--lab", "vae", "--set", "epochs=1", "--export", path("morph.gif")});
  EXPECT_EQ(vae.exitCode, 2);
  EXPECT_TRUE(vae.err.contains("Pick two points")) << vae.err.toStdString();
  EXPECT_FALSE(QFile::exists(path("morph.gif")));
}

}  // namespace
