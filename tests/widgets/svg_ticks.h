#pragma once
// Reading an exported SVG figure's text back: tick labels must never be
// elided ("…") nor repeat along an axis ("1 1 2 2 3"), which a figure shows
// when an axis's label format does not follow its range or step.
#include <QFile>
#include <QPainter>
#include <QPointF>
#include <QRegularExpression>
#include <QStringList>
#include <QSvgGenerator>
#include <QTransform>
#include <QWidget>
#include <QXmlStreamReader>
#include <cmath>
#include <string>
#include <vector>

namespace kx::testing {

/// A <text> element of an SVG file: its text and where it is drawn.
struct SvgText {
  QString text;
  QPointF at;
};

/// Every <text> element of the SVG file, in document order. Qt's generator
/// puts each in a group whose transform places it.
inline std::vector<SvgText> svgTextItems(const QString& path) {
  QFile file(path);
  std::vector<SvgText> items;
  if (!file.open(QIODevice::ReadOnly)) return items;
  static const QRegularExpression matrix(QStringLiteral("matrix\\(([^)]*)\\)"));
  QTransform transform;
  QXmlStreamReader xml(&file);
  while (!xml.atEnd()) {
    if (xml.readNext() != QXmlStreamReader::StartElement) continue;
    if (xml.name() == u"g") {
      const auto m = matrix.match(xml.attributes().value("transform").toString());
      const QStringList v = m.hasMatch() ? m.captured(1).split(',') : QStringList();
      transform = v.size() == 6 ? QTransform(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble(),
                                             v[4].toDouble(), v[5].toDouble())
                                : QTransform();
    } else if (xml.name() == u"text") {
      const QPointF local(xml.attributes().value("x").toDouble(), xml.attributes().value("y").toDouble());
      items.push_back({xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed(), transform.map(local)});
    }
  }
  return items;
}

/// The texts alone.
inline QStringList svgTexts(const QString& path) {
  QStringList texts;
  for (const auto& item : svgTextItems(path)) texts << item.text;
  return texts;
}

/// The texts of `widget` as it is drawn on screen now, through an SVG file at `path`.
inline std::vector<SvgText> renderedTexts(QWidget& widget, const QString& path) {
  {
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(widget.size());
    QPainter painter(&svg);
    widget.render(&painter);
  }
  return svgTextItems(path);
}

/// What is wrong with the figure's tick labels (numbers, whole or elided),
/// one line each; empty when none is elided and no number is drawn twice in
/// a row along one axis: an axis's labels are drawn one after the other, all
/// at one height (horizontal) or, equal texts being equally wide, at one x
/// (vertical); the last label of one axis and the first of the next are not.
inline QStringList tickLabelProblems(const std::vector<SvgText>& items) {
  static const QRegularExpression number(QStringLiteral("^[-−]?[0-9.]+(e[-+−]?[0-9]+)?$"));
  static const QRegularExpression elided(QStringLiteral("^[-−]?[0-9.]*(e[-+−]?[0-9]*)?(…|\\.\\.\\.)$"));
  QStringList problems;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const SvgText& t = items[i];
    if (elided.match(t.text).hasMatch()) problems << "elided: " + t.text;
    if (i == 0 || t.text != items[i - 1].text || !number.match(t.text).hasMatch()) continue;
    const QPointF d = t.at - items[i - 1].at;
    if (std::abs(d.x()) < 0.5 || std::abs(d.y()) < 0.5) problems << "repeated: " + t.text;
  }
  return problems;
}

/// The problems of an SVG file's tick labels.
inline QStringList tickLabelProblems(const QString& path) { return tickLabelProblems(svgTextItems(path)); }

/// The texts, for a failure message.
inline std::string joined(const std::vector<SvgText>& items) {
  QStringList texts;
  for (const auto& item : items) texts << item.text;
  return texts.join(" | ").toStdString();
}

}  // namespace kx::testing
