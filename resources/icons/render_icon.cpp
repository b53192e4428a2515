// Build-time helper: renders resources/icons/kexue-lab.svg to the PNG sizes a
// Linux desktop looks for (hicolor/NxN/apps). Usage: render_icon SVG SIZE OUT.PNG
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: render_icon SVG SIZE OUT.PNG\n");
    return 2;
  }
  QSvgRenderer svg{QString::fromLocal8Bit(argv[1])};
  const int size = QByteArray(argv[2]).toInt();
  if (!svg.isValid() || size < 8 || size > 1024) {
    std::fprintf(stderr, "render_icon: cannot render '%s' at size '%s'\n", argv[1], argv[2]);
    return 2;
  }
  QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  svg.render(&painter);
  painter.end();
  if (!image.save(QString::fromLocal8Bit(argv[3]), "png")) {
    std::fprintf(stderr, "render_icon: cannot write '%s'\n", argv[3]);
    return 2;
  }
  return 0;
}
