#pragma once
// A small HTTP/1.1 server on the loopback interface for the download tests:
// it answers GET requests from a table of paths, optionally slowly (to cancel
// mid-transfer) or cut off after some bytes (a dropped connection).
#include <QByteArray>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace kx::test {

class LoopbackHttpServer : public QObject {
 public:
  LoopbackHttpServer() {
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
      while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
      }
    });
  }

  bool listening() const { return m_server.isListening(); }
  /// The server's URL of `folder` (ending in '/').
  QUrl url(const QString& folder = "/") const {
    return QUrl(QString("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(folder));
  }
  void serve(const QString& path, const QByteArray& body, int status = 200) { m_routes[path] = {status, body}; }
  /// Sends bodies `bytes` at a time, one piece every `intervalMs`.
  void pace(int bytes, int intervalMs) {
    m_pieceBytes = bytes;
    m_intervalMs = intervalMs;
  }
  /// Closes every connection after `bytes` of the body (its header promises all of it).
  void dropAfter(qint64 bytes) { m_dropAfter = bytes; }
  int requests() const { return m_requests; }
  int requests(const QString& path) const { return m_requestsOf.value(path); }

 private:
  struct Route {
    int status;
    QByteArray body;
  };

  void readRequest(QTcpSocket* socket) {
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (!buffer.contains("\r\n\r\n")) return;
    const QList<QByteArray> line = buffer.left(buffer.indexOf("\r\n")).split(' ');
    buffer.clear();
    const QString path = line.size() >= 2 ? QString::fromLatin1(line[1]) : QString();
    ++m_requests;
    ++m_requestsOf[path];
    const Route route = m_routes.value(path, {404, "not here"});
    const QByteArray reason = route.status == 200 ? "OK" : route.status == 404 ? "Not Found" : "Error";
    socket->write("HTTP/1.1 " + QByteArray::number(route.status) + " " + reason + "\r\nContent-Length: " +
                  QByteArray::number(route.body.size()) + "\r\nConnection: close\r\n\r\n");
    QByteArray body = route.body;
    if (m_dropAfter >= 0) body.truncate(m_dropAfter);
    if (m_pieceBytes <= 0) return finish(socket, body);
    // Paced: one piece per tick until the body (or its cut) is sent.
    auto* timer = new QTimer(socket);
    auto sent = std::make_shared<qint64>(0);
    connect(timer, &QTimer::timeout, socket, [this, socket, timer, body, sent] {
      const QByteArray piece = body.mid(*sent, m_pieceBytes);
      *sent += piece.size();
      if (*sent >= body.size()) {
        timer->stop();
        return finish(socket, piece);
      }
      socket->write(piece);
    });
    timer->start(m_intervalMs);
  }

  void finish(QTcpSocket* socket, const QByteArray& rest) {
    socket->write(rest);
    socket->disconnectFromHost();  // after the written bytes are flushed
  }

  QTcpServer m_server;
  QHash<QString, Route> m_routes;
  QHash<QTcpSocket*, QByteArray> m_buffers;
  QHash<QString, int> m_requestsOf;
  int m_requests = 0, m_pieceBytes = 0, m_intervalMs = 0;
  qint64 m_dropAfter = -1;
};

}  // namespace kx::test
