// Vector export: paintSceneFigure into an SVG keeps text as text and embeds
// the GL layers as one image.
#include "widgets/canvas/figure_export.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QSvgGenerator>
#include <QXmlStreamReader>

#include "tests/widgets/canvas/canvas_test_support.h"
#include "tests/widgets/gl_test_support.h"

namespace kx::widgets {
namespace {

TEST(FigureExport, SvgHasVectorTextAndAnEmbeddedImage) {
  KX_REQUIRE_GL_OR_SKIP();
  const PlotScene scene = testing::exampleScene();
  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  QSvgGenerator svg;
  svg.setOutputDevice(&buffer);
  svg.setSize({640, 480});
  svg.setViewBox(QRect(0, 0, 640, 480));
  {
    QPainter painter(&svg);
    paintSceneFigure(painter, QRectF(0, 0, 640, 480), scene, 2.0);
  }
  const QString text = QString::fromUtf8(buffer.data());
  QXmlStreamReader xml(buffer.data());
  int images = 0, texts = 0, paths = 0;
  QStringList words;
  while (!xml.atEnd()) {
    if (xml.readNext() != QXmlStreamReader::StartElement) continue;
    if (xml.name() == QLatin1String("image")) ++images;
    if (xml.name() == QLatin1String("path") || xml.name() == QLatin1String("polyline")) ++paths;
    if (xml.name() == QLatin1String("text")) {
      ++texts;
      words << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
  }
  EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
  EXPECT_EQ(images, 1);
  EXPECT_TRUE(words.contains("x₁ (position)"));
  EXPECT_TRUE(words.contains("stable focus"));
  EXPECT_TRUE(words.contains("−2") || words.contains("−1")) << words.join(" | ").toStdString();  // tick labels
  EXPECT_GT(texts, 10);
  EXPECT_GT(paths, 2);  // the trajectories are vectors
  EXPECT_TRUE(text.contains("data:image/png;base64,"));
}

TEST(FigureExport, RenderSceneImageHasTheRequestedSize) {
  KX_REQUIRE_GL_OR_SKIP();
  QString error;
  const QImage image = renderSceneImage(testing::exampleScene(), {300, 200}, 1.5, &error);
  ASSERT_FALSE(image.isNull()) << error.toStdString();
  EXPECT_EQ(image.size(), QSize(450, 300));
  EXPECT_TRUE(renderSceneImage(testing::exampleScene(), {0, 200}, 1.0, &error).isNull());
  EXPECT_FALSE(error.isEmpty());
}

}  // namespace
}  // namespace kx::widgets
