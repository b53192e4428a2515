// Writing when the disk fills up (issue 8): figure exports, sessions and frame
// sequences must report the file and the reason, keep what was there before
// and leave no partial files. A full disk is simulated with RLIMIT_FSIZE,
// which makes write() fail with EFBIG past the limit, the same failed-write
// path as ENOSPC, without needing privileges to mount a small filesystem.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <functional>

#include "widgets/export/lab_export.h"
#include "widgets/lab/frame_sequence_export.h"
#include "widgets/labs/competition/competition_lab.h"
#include "widgets/session/session_file.h"

namespace kx::widgets {
namespace {

/// Caps the size of any file this process writes until it goes out of scope.
class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) {
    getrlimit(RLIMIT_FSIZE, &m_saved);
    m_oldHandler = signal(SIGXFSZ, SIG_IGN);  // otherwise the process is killed
    rlimit limit = m_saved;
    limit.rlim_cur = bytes;
    setrlimit(RLIMIT_FSIZE, &limit);
  }
  ~FileSizeLimit() {
    setrlimit(RLIMIT_FSIZE, &m_saved);
    signal(SIGXFSZ, m_oldHandler);
  }
  FileSizeLimit(const FileSizeLimit&) = delete;
  FileSizeLimit& operator=(const FileSizeLimit&) = delete;

 private:
  rlimit m_saved{};
  sighandler_t m_oldHandler = nullptr;
};

QByteArray readAll(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A noisy image: PNG cannot compress it below a few kilobytes.
QImage noiseImage(int side) {
  QImage image(side, side, QImage::Format_RGB32);
  quint32 state = 12345;
  for (int y = 0; y < side; ++y)
    for (int x = 0; x < side; ++x) image.setPixel(x, y, state = state * 1664525u + 1013904223u);
  return image;
}

/// An animation of `frames` frames at any size: frame k is the image `frame(k)`
/// scaled to the frame (null: the frame cannot be prepared).
Animation imageAnimation(int frames, std::function<QImage(int)> frame) {
  Animation a{"x", frames, false, {}};
  a.frameAt = [frames, frame](double progress) -> FramePainter {
    const QImage image = frame(frameIndexAt(progress, frames));
    if (image.isNull()) return {};
    return [image](QPainter& painter, const QRectF& rect) { painter.drawImage(rect, image); };
  };
  return a;
}

class FullDisk : public ::testing::Test {
 protected:
  QTemporaryDir dir;
  CompetitionLab lab;
  QString path(const QString& name) const { return dir.filePath(name); }
  QStringList files() const { return QDir(dir.path()).entryList(QDir::Files); }
};

TEST_F(FullDisk, AFigureExportFailsNamingTheFileAndKeepsThePreviousExport) {
  for (const QString name : {"figure.png", "figure.svg", "figure.pdf", "figure.csv"}) {
    ASSERT_TRUE(exportFigure(lab, path(name), QSize(800, 600))) << name.toStdString();
    const QByteArray before = readAll(path(name));
    ASSERT_GT(before.size(), 16) << name.toStdString();
    core::Status status = core::Ok{};
    {
      FileSizeLimit full(16);
      status = exportFigure(lab, path(name), QSize(800, 600));
    }
    ASSERT_FALSE(status) << name.toStdString();
    EXPECT_NE(status.error().find(path(name).toStdString()), std::string::npos) << status.error();
    EXPECT_EQ(readAll(path(name)), before) << name.toStdString();
  }
  EXPECT_EQ(files().size(), 4) << files().join(", ").toStdString();  // no temporary files left
}

TEST_F(FullDisk, ASessionSaveFailsAndTheOldSessionStillLoads) {
  ASSERT_TRUE(writeSessionFile(path("s.json"), lab));
  const QByteArray before = readAll(path("s.json"));
  ASSERT_TRUE(lab.setValue("a2", 0.0012));
  core::Status status = core::Ok{};
  {
    FileSizeLimit full(16);
    status = writeSessionFile(path("s.json"), lab);
  }
  ASSERT_FALSE(status);
  EXPECT_EQ(readAll(path("s.json")), before);
  EXPECT_EQ(files(), QStringList{"s.json"});
}

TEST_F(FullDisk, AFrameSequenceThatCannotBeFinishedLeavesNoFrames) {
  // Frame 0 is one colour and its PNG fits under the limit; frame 1 is noise
  // and does not, so the export fails half-way and must take frame 0 away again.
  Animation animation = imageAnimation(3, [](int k) { return noiseImage(k == 0 ? 1 : 200); });
  animation.name = "walk";
  core::Status status = core::Ok{};
  {
    FileSizeLimit full(4096);
    status = exportAnimationFrames(path("frames"), animation, QSize(200, 200));
  }
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().find(frameFileName("walk", 1).toStdString()), std::string::npos) << status.error();
  EXPECT_TRUE(QDir(path("frames")).entryList(QDir::Files).isEmpty());
}

TEST(FrameSequence, WritesNumberedFramesThatReadBack) {
  QTemporaryDir dir;
  Animation animation = imageAnimation(12, [](int k) { return noiseImage(2 + k); });
  animation.name = "gan";
  ASSERT_TRUE(exportAnimationFrames(dir.filePath("out"), animation, QSize(30, 20)));
  const QStringList names = QDir(dir.filePath("out")).entryList(QDir::Files, QDir::Name);
  ASSERT_EQ(names.size(), 12);
  for (int k = 0; k < 12; ++k) {
    EXPECT_EQ(names[k], frameFileName("gan", k));
    EXPECT_EQ(QImage(dir.filePath("out/" + names[k])).size(), QSize(30, 20));
  }
  // In order: frame 0 is the 2 x 2 noise scaled up, frame 11 the 13 x 13.
  EXPECT_NE(QImage(dir.filePath("out/" + names[0])), QImage(dir.filePath("out/" + names[11])));
}

TEST(FrameSequence, RefusesNothingToExportAndAnUnrenderableFrame) {
  QTemporaryDir dir;
  EXPECT_FALSE(exportAnimationFrames(dir.path(), imageAnimation(0, [](int) { return QImage(); }), QSize(8, 8)));
  const auto status =
      exportAnimationFrames(dir.path(), imageAnimation(3, [](int k) { return k < 2 ? noiseImage(4) : QImage(); }),
                            QSize(8, 8));
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().find("frame 2"), std::string::npos) << status.error();
  EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

}  // namespace
}  // namespace kx::widgets
