#pragma once
// Where the app downloads MNIST from and where it keeps it (issue 7).
#include <QString>

#include "widgets/download/checksummed_download.h"

namespace kx::widgets {

/// MNIST's training set (60,000 digits: images, then labels) as LeCun, Cortes
/// and Burges published it, from the mirrors machine-learning libraries use,
/// with the files' MD5s as torchvision checks them.
DownloadSource mnistTrainingSource();

/// The folder downloaded data sets are cached in: <cache location>/datasets/<name>.
QString datasetCacheFolder(const QString& name);

}  // namespace kx::widgets
