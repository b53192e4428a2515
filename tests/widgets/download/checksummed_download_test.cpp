// The checksummed download against a local HTTP server on loopback: files
// arrive whole and verified, the cache is used, a wrong checksum, a missing
// file, a dropped connection and an unwritable folder are reported with the
// file's name, mirrors are tried in order, cancel leaves nothing behind, and
// destroying a running download neither hangs nor crashes.
#include "widgets/download/checksummed_download.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "tests/widgets/download/loopback_http_server.h"
#include "widgets/download/mnist_source.h"

namespace kx::widgets {
namespace {

using test::LoopbackHttpServer;

QByteArray randomBytes(int n, quint32 seed) {
  QRandomGenerator rng(seed);
  QByteArray bytes(n, Qt::Uninitialized);
  for (char& b : bytes) b = char(rng.bounded(256));
  return bytes;
}

QByteArray md5(const QByteArray& data) { return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex(); }

QByteArray readFile(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Fixture {
  LoopbackHttpServer server;
  QTemporaryDir dir;
  QByteArray images = randomBytes(300000, 1), labels = randomBytes(6000, 2);

  Fixture() {
    server.serve("/data/images.gz", images);
    server.serve("/data/labels.gz", labels);
  }
  DownloadSource source(QList<QUrl> mirrors = {}) const {
    if (mirrors.isEmpty()) mirrors = {server.url("/data/")};
    return {.title = "test set",
            .mirrors = mirrors,
            .files = {{"images.gz", md5(images), images.size()}, {"labels.gz", md5(labels), labels.size()}}};
  }
  QString folder() const { return dir.filePath("cache/test"); }
  /// The folder's file names (temporary files of QSaveFile included).
  QStringList files() const { return QDir(folder()).entryList(QDir::Files | QDir::Hidden); }
};

/// Runs a download to its end; returns the signal that ended it.
struct Outcome {
  QStringList paths;
  QString failure;
  bool cancelled = false;
  QList<qint64> received;
  qint64 total = -1;
};

Outcome runToEnd(ChecksummedDownload& download, const std::function<void()>& whileRunning = {}) {
  Outcome o;
  bool ended = false;
  QObject scope;
  QObject::connect(&download, &ChecksummedDownload::succeeded, &scope, [&](const QStringList& p) {
    o.paths = p;
    ended = true;
  });
  QObject::connect(&download, &ChecksummedDownload::failed, &scope, [&](const QString& m) {
    o.failure = m;
    ended = true;
  });
  QObject::connect(&download, &ChecksummedDownload::cancelled, &scope, [&] { o.cancelled = ended = true; });
  QObject::connect(&download, &ChecksummedDownload::progress, &scope, [&](qint64 r, qint64 t) {
    o.received << r;
    o.total = t;
  });
  download.start();
  EXPECT_TRUE(download.running());
  if (whileRunning) whileRunning();
  EXPECT_TRUE(QTest::qWaitFor([&] { return ended; }, 20000));
  EXPECT_FALSE(download.running());
  return o;
}

TEST(ChecksummedDownload, DownloadsEveryFileVerifiedWithProgress) {
  Fixture fx;
  ASSERT_TRUE(fx.server.listening());
  ChecksummedDownload download(fx.source(), fx.folder());
  const Outcome o = runToEnd(download);
  ASSERT_TRUE(o.failure.isEmpty()) << o.failure.toStdString();
  ASSERT_EQ(o.paths.size(), 2);
  EXPECT_EQ(readFile(o.paths[0]), fx.images);
  EXPECT_EQ(readFile(o.paths[1]), fx.labels);
  EXPECT_EQ(fx.files(), QStringList({"images.gz", "labels.gz"}));  // no temporary files left
  // Progress only grows and ends at the total of the published sizes.
  ASSERT_FALSE(o.received.isEmpty());
  EXPECT_TRUE(std::is_sorted(o.received.begin(), o.received.end()));
  EXPECT_EQ(o.received.last(), fx.images.size() + fx.labels.size());
  EXPECT_EQ(o.total, fx.images.size() + fx.labels.size());
}

TEST(ChecksummedDownload, IntactCachedFilesAreNotFetchedAgainButDamagedOnesAre) {
  Fixture fx;
  {
    ChecksummedDownload first(fx.source(), fx.folder());
    ASSERT_EQ(runToEnd(first).paths.size(), 2);
  }
  EXPECT_EQ(fx.server.requests(), 2);
  ChecksummedDownload again(fx.source(), fx.folder());
  Outcome o = runToEnd(again);
  EXPECT_EQ(o.paths.size(), 2);
  EXPECT_EQ(fx.server.requests(), 2);  // both from the cache
  EXPECT_EQ(o.received.last(), o.total);
  // A damaged copy (one byte changed) is fetched again, the intact one is not.
  QFile labels(QDir(fx.folder()).filePath("labels.gz"));
  ASSERT_TRUE(labels.open(QIODevice::ReadWrite));
  labels.seek(100);
  labels.write(QByteArray(1, char(fx.labels[100] ^ 0x55)));
  labels.close();
  o = runToEnd(again);
  EXPECT_EQ(o.paths.size(), 2);
  EXPECT_EQ(fx.server.requests("/data/images.gz"), 1);
  EXPECT_EQ(fx.server.requests("/data/labels.gz"), 2);
  EXPECT_EQ(readFile(o.paths[1]), fx.labels);
}

TEST(ChecksummedDownload, AWrongChecksumIsReportedAndNothingIsKept) {
  Fixture fx;
  fx.server.serve("/data/labels.gz", randomBytes(6000, 99));  // same size, other bytes
  ChecksummedDownload download(fx.source(), fx.folder());
  const Outcome o = runToEnd(download);
  EXPECT_TRUE(o.paths.isEmpty());
  EXPECT_TRUE(o.failure.contains("labels.gz")) << o.failure.toStdString();
  EXPECT_TRUE(o.failure.contains("checksum")) << o.failure.toStdString();
  EXPECT_EQ(fx.files(), QStringList({"images.gz"}));  // the verified file stays, the bad one is not written
}

TEST(ChecksummedDownload, MirrorsAreTriedInOrderAndEveryFailureIsNamed) {
  Fixture fx;
  // The first mirror has nothing: the second serves.
  ChecksummedDownload fallback(fx.source({fx.server.url("/missing/"), fx.server.url("/data/")}), fx.folder());
  const Outcome ok = runToEnd(fallback);
  EXPECT_EQ(ok.paths.size(), 2) << ok.failure.toStdString();
  EXPECT_EQ(fx.server.requests("/missing/images.gz"), 1);
  // No mirror has it: the message names the file and each mirror's answer.
  QTemporaryDir other;
  ChecksummedDownload none(fx.source({fx.server.url("/missing/"), fx.server.url("/gone/")}), other.path());
  const Outcome failed = runToEnd(none);
  EXPECT_TRUE(failed.failure.contains("images.gz")) << failed.failure.toStdString();
  EXPECT_EQ(failed.failure.count("Not Found"), 2) << failed.failure.toStdString();
  EXPECT_TRUE(QDir(other.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST(ChecksummedDownload, AFileFarLargerThanPublishedIsStoppedEarly) {
  Fixture fx;
  DownloadSource source = fx.source();
  source.files[0].bytes = 1000;  // the server sends 300,000
  ChecksummedDownload download(source, fx.folder());
  const Outcome o = runToEnd(download);
  EXPECT_TRUE(o.failure.contains("images.gz") && o.failure.contains("1000")) << o.failure.toStdString();
  EXPECT_TRUE(o.received.isEmpty() || o.received.last() <= 2 * 1000 + 64 * 1024);  // stopped at the limit
  EXPECT_TRUE(fx.files().isEmpty());
}

TEST(ChecksummedDownload, ADroppedConnectionFailsWithoutAPartialFile) {
  Fixture fx;
  fx.server.dropAfter(1000);
  ChecksummedDownload download(fx.source(), fx.folder());
  const Outcome o = runToEnd(download);
  EXPECT_TRUE(o.paths.isEmpty());
  EXPECT_TRUE(o.failure.contains("images.gz")) << o.failure.toStdString();
  EXPECT_TRUE(fx.files().isEmpty()) << fx.files().join(", ").toStdString();
}

TEST(ChecksummedDownload, CancelMidTransferLeavesNothingAndCanStartAgain) {
  Fixture fx;
  fx.server.pace(4096, 10);  // ~0.7 s for the images
  ChecksummedDownload download(fx.source(), fx.folder());
  const Outcome o = runToEnd(download, [&] {
    ASSERT_TRUE(QTest::qWaitFor([&] { return QDir(fx.folder()).exists(); }, 5000));
    QTest::qWait(150);
    download.cancel();
  });
  EXPECT_TRUE(o.cancelled);
  EXPECT_TRUE(o.paths.isEmpty());
  ASSERT_FALSE(o.received.isEmpty());  // it was cancelled mid-file
  EXPECT_LT(o.received.last(), fx.images.size());
  EXPECT_TRUE(fx.files().isEmpty()) << fx.files().join(", ").toStdString();
  fx.server.pace(0, 0);
  EXPECT_EQ(runToEnd(download).paths.size(), 2);
}

TEST(ChecksummedDownload, DestroyingARunningDownloadJoinsCleanly) {
  Fixture fx;
  fx.server.pace(1024, 20);
  {
    ChecksummedDownload download(fx.source(), fx.folder());
    download.start();
    QTest::qWait(100);
  }
  QTest::qWait(50);
  EXPECT_TRUE(QDir(fx.folder()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST(ChecksummedDownload, AnUnwritableFolderIsNamed) {
  Fixture fx;
  QFile blocker(fx.dir.filePath("cache"));  // a file where the folder should be
  ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
  blocker.close();
  ChecksummedDownload download(fx.source(), fx.folder());
  const Outcome o = runToEnd(download);
  EXPECT_TRUE(o.failure.contains(QDir::toNativeSeparators(fx.folder()))) << o.failure.toStdString();
  EXPECT_EQ(fx.server.requests(), 0);
}

TEST(MnistSource, PublishesTheTrainingSetWithItsChecksums) {
  const DownloadSource mnist = mnistTrainingSource();
  ASSERT_EQ(mnist.files.size(), 2);
  EXPECT_TRUE(mnist.files[0].name.startsWith("train-images-idx3"));
  EXPECT_TRUE(mnist.files[1].name.startsWith("train-labels-idx1"));
  // 60,000 images of 784 bytes compress to ~9.9 MB; labels to ~29 kB.
  EXPECT_GT(mnist.files[0].bytes, 9'000'000);
  EXPECT_GT(mnist.files[1].bytes, 20'000);
  for (const auto& f : mnist.files) EXPECT_TRUE(QRegularExpression("^[0-9a-f]{32}$").match(f.md5).hasMatch());
  ASSERT_GE(mnist.mirrors.size(), 2);
  for (const auto& m : mnist.mirrors) EXPECT_TRUE(m.isValid() && m.path().endsWith('/')) << m.toString().toStdString();
  EXPECT_TRUE(datasetCacheFolder("mnist").endsWith("datasets/mnist"));
}

}  // namespace
}  // namespace kx::widgets
