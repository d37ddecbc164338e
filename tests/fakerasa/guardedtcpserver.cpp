#include "guardedtcpserver.h"

#include "apitypes.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa {

namespace {

constexpr const char *kRemaining = "fakeRasaRemaining";
constexpr const char *kRequestLine = "fakeRasaRequestLine";
constexpr qint64 kHeaderPeek = 64 * 1024;
constexpr qint64 kChunk = 1024 * 1024;

qint64 contentLength(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0
            && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
            return ok ? length : -1;
        }
    }
    return -1;
}

} // namespace

GuardedTcpServer::GuardedTcpServer(qint64 maxBodySize, QObject *parent)
    : QTcpServer(parent), m_maxBodySize(maxBodySize)
{ }

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // Connected before the HTTP server's own handler, so it runs first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    addPendingConnection(socket);
}

void GuardedTcpServer::inspect(QTcpSocket *socket)
{
    const QByteArray head = socket->peek(kHeaderPeek);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const qint64 length = contentLength(head.left(end));
    if (length <= m_maxBodySize)
        return;
    socket->setProperty(kRemaining, qint64(end + 4) + length);
    socket->setProperty(kRequestLine, head.left(head.indexOf("\r\n")));
    // Nobody else reads this request: its body goes nowhere.
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { drain(socket); });
    drain(socket);
}

void GuardedTcpServer::drain(QTcpSocket *socket)
{
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    qint64 remaining = socket->property(kRemaining).toLongLong();
    while (remaining > 0 && socket->bytesAvailable() > 0)
        remaining -= socket->read(std::min(remaining, kChunk)).size();
    socket->setProperty(kRemaining, remaining);
    if (remaining <= 0)
        refuse(socket);
}

void GuardedTcpServer::refuse(QTcpSocket *socket)
{
    QObject::disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    const QList<QByteArray> requestLine = socket->property(kRequestLine).toByteArray().split(' ');
    const QString method = QString::fromLatin1(requestLine.value(0));
    const QString path = QString::fromLatin1(requestLine.value(1)).section(QLatin1Char('?'), 0, 0);
    const ApiReply reply =
        ApiReply::sanicError(413, u"Request body exceeds the size limit"_s, true);
    const QByteArray response = "HTTP/1.1 413 Payload Too Large\r\nContent-Type: "
        + reply.contentType + "\r\nContent-Length: " + QByteArray::number(reply.body.size())
        + "\r\nConnection: close\r\n\r\n" + reply.body;
    socket->write(response);
    Q_EMIT requestRefused(method, path, response);
    socket->disconnectFromHost();
}

} // namespace Coach::FakeRasa
