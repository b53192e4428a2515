#pragma once
// The essays' figures, reproduced (docs/user-guide.md, "Figures"): each entry
// is a file in resources/figures/ holding a session (lab, parameters, seed,
// view) with the caption in English and Chinese and the essay it comes from.
// The gallery is data: a new figure is a new file.
#include <QString>
#include <vector>

#include "core/util/result.h"
#include "widgets/session/session_parse.h"

namespace kx::widgets {

struct Figure {
  QString id;                ///< the file's name without ".json"; `kexue-lab --figure ID`
  QString titleEn, titleZh;  ///< a line for the Figures menu
  QString captionEn, captionZh;
  QString essay;  ///< the essay's address, https://kexue.fm/archives/NNNN
  SessionContent session;

  /// The title and the caption in the language installed now.
  QString title() const;
  QString caption() const;
};

/// A figure file: {"title": {"en": …, "zh_CN": …}, "caption": {"en": …, "zh_CN": …},
///                 "essay": …, "session": {a session}}.
core::Result<Figure> parseFigure(const QString& id, const QByteArray& json);

/// Every figure of resources/figures/, ordered by id. A file that does not
/// parse is left out with a warning (the gallery test fails on it).
const std::vector<Figure>& figureGallery();

/// The figure `id`, or null.
const Figure* findFigure(const QString& id);

}  // namespace kx::widgets
