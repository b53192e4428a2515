#include "widgets/download/mnist_source.h"

#include <QDir>
#include <QStandardPaths>

namespace kx::widgets {

DownloadSource mnistTrainingSource() {
  return {.title = "MNIST",
          .mirrors = {QUrl("https://ossci-datasets.s3.amazonaws.com/mnist/"),
                      QUrl("https://storage.googleapis.com/cvdf-datasets/mnist/"),
                      QUrl("http://yann.lecun.com/exdb/mnist/")},
          .files = {{"train-images-idx3-ubyte.gz", "f68b3c2dcbeaaa9fbdd348bbdeb94873", 9912422},
                    {"train-labels-idx1-ubyte.gz", "d53e105ee54ea40749a09fcbcd1e9432", 28881}}};
}

QString datasetCacheFolder(const QString& name) {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath("datasets/" + name);
}

}  // namespace kx::widgets
