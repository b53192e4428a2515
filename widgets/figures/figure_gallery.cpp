#include "widgets/figures/figure_gallery.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtDebug>

#include "widgets/shell/language.h"

namespace kx::widgets {

QString Figure::title() const { return currentLanguage() == "zh_CN" ? titleZh : titleEn; }
QString Figure::caption() const { return currentLanguage() == "zh_CN" ? captionZh : captionEn; }

core::Result<Figure> parseFigure(const QString& id, const QByteArray& json) {
  const QJsonDocument doc = QJsonDocument::fromJson(json);
  if (!doc.isObject()) return core::fail("the figure file is not a JSON object");
  const QJsonObject root = doc.object();
  const QJsonObject title = root.value("title").toObject(), caption = root.value("caption").toObject();
  Figure figure{.id = id,
                .titleEn = title.value("en").toString(),
                .titleZh = title.value("zh_CN").toString(),
                .captionEn = caption.value("en").toString(),
                .captionZh = caption.value("zh_CN").toString(),
                .essay = root.value("essay").toString()};
  for (const QString* text : {&figure.titleEn, &figure.titleZh, &figure.captionEn, &figure.captionZh})
    if (text->isEmpty()) return core::fail("a figure needs \"title\" and \"caption\", each {\"en\": …, \"zh_CN\": …}");
  if (!figure.essay.startsWith("https://kexue.fm/archives/")) return core::fail("a figure needs its essay's address");
  auto session = sessionFromJson(root.value("session").toObject());
  if (!session) return core::fail("its session: " + session.error());
  figure.session = std::move(session).value();
  return figure;
}

const std::vector<Figure>& figureGallery() {
  static const std::vector<Figure> gallery = [] {
    std::vector<Figure> figures;
    const QDir dir(":/figures");
    for (const QString& name : dir.entryList({"*.json"}, QDir::Files, QDir::Name)) {
      QFile file(dir.filePath(name));
      if (!file.open(QIODevice::ReadOnly)) continue;
      auto figure = parseFigure(QFileInfo(name).completeBaseName(), file.readAll());
      if (figure)
        figures.push_back(std::move(figure).value());
      else
        qWarning("figure %s: %s", qPrintable(name), figure.error().c_str());
    }
    return figures;
  }();
  return gallery;
}

const Figure* findFigure(const QString& id) {
  for (const Figure& figure : figureGallery())
    if (figure.id == id) return &figure;
  return nullptr;
}

}  // namespace kx::widgets
