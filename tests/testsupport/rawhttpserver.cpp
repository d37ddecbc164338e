#include "rawhttpserver.h"

#include "reservedport.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace Coach::TestSupport {

namespace {

constexpr qint64 StreamChunk = 64 * 1024;
constexpr qint64 StreamBacklog = 256 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 406:
        return "Not Acceptable";
    case 409:
        return "Conflict";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QString describe(const RawHttpServer::Request &request)
{
    return QString::fromLatin1(request.method + ' ' + request.target);
}

} // namespace

QByteArray RawHttpServer::Request::path() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? target : target.left(question);
}

QUrlQuery RawHttpServer::Request::query() const
{
    const qsizetype question = target.indexOf('?');
    return QUrlQuery(question < 0 ? QString() : QString::fromLatin1(target.mid(question + 1)));
}

RawHttpServer::Response RawHttpServer::Response::json(const QByteArray &body, int status)
{
    Response response;
    response.status = status;
    response.body = body;
    return response;
}

RawHttpServer::Response RawHttpServer::Response::text(int status, const QByteArray &contentType,
                                                      const QByteArray &body)
{
    Response response = json(body, status);
    response.contentType = contentType;
    return response;
}

RawHttpServer::RawHttpServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &RawHttpServer::onNewConnection);
}

RawHttpServer::~RawHttpServer() = default;

bool RawHttpServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

void RawHttpServer::close()
{
    m_server->close();
}

quint16 RawHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl RawHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

bool RawHttpServer::listen(ReservedPort &port)
{
    const qintptr descriptor = port.takeListening();
    return descriptor >= 0 && m_server->setSocketDescriptor(descriptor);
}

void RawHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (socket->property("busy").toBool())
                ++m_abortedByClient;
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void RawHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0 || socket->property("busy").toBool())
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
    }
    const qint64 length = request.header("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    socket->setProperty("busy", true);
    const int index = int(m_requests.size());
    m_requests.append(request);
    m_log.append(QStringLiteral("arrived ") + describe(request));
    Q_EMIT requestArrived(index);
    answer(socket, request, index);
}

void RawHttpServer::answer(QTcpSocket *socket, const Request &request, int index)
{
    const Response response = m_handler ? m_handler(request) : Response::json("{}");
    if (response.delayMs <= 0) {
        writeResponse(socket, response, index);
        return;
    }
    QTimer::singleShot(response.delayMs, socket,
                       [this, socket, response, index] { writeResponse(socket, response, index); });
}

void RawHttpServer::writeResponse(QTcpSocket *socket, const Response &response, int index)
{
    if (response.dropConnection) {
        m_log.append(QStringLiteral("dropped ") + describe(m_requests.at(index)));
        socket->setProperty("busy", false);
        socket->close();
        return;
    }
    if (!response.raw.isEmpty()) {
        socket->write(response.raw);
        finishAnswer(socket, index);
        return;
    }
    const qint64 size =
        response.generatedBodySize > 0 ? response.generatedBodySize : response.body.size();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\nConnection: close\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    if (response.sendContentLength)
        head +=
            "Content-Length: " + QByteArray::number(response.contentLength.value_or(size)) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    socket->write(head + "\r\n");
    if (response.generatedBodySize > 0)
        streamBody(socket, response, index);
    else if (response.dripChunk > 0)
        dripBody(socket, response, index, 0);
    else {
        socket->write(response.body);
        m_bodyBytesSent += response.body.size();
        finishAnswer(socket, index);
    }
}

void RawHttpServer::streamBody(QTcpSocket *socket, const Response &response, int index)
{
    auto remaining = std::make_shared<qint64>(response.generatedBodySize);
    const auto pump = [this, socket, remaining, index] {
        static const QByteArray chunk(StreamChunk, 'x');
        while (*remaining > 0 && socket->bytesToWrite() < StreamBacklog
               && socket->state() == QAbstractSocket::ConnectedState) {
            const qint64 size = qMin(*remaining, StreamChunk);
            socket->write(chunk.constData(), size);
            *remaining -= size;
            m_bodyBytesSent += size;
        }
        if (*remaining == 0) {
            *remaining = -1;
            finishAnswer(socket, index);
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

void RawHttpServer::dripBody(QTcpSocket *socket, const Response &response, int index, qint64 offset)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QByteArray part = response.body.mid(offset, response.dripChunk);
    socket->write(part);
    m_bodyBytesSent += part.size();
    const qint64 next = offset + part.size();
    if (next >= response.body.size()) {
        finishAnswer(socket, index);
        return;
    }
    QTimer::singleShot(response.dripIntervalMs, socket, [this, socket, response, index, next] {
        dripBody(socket, response, index, next);
    });
}

void RawHttpServer::finishAnswer(QTcpSocket *socket, int index)
{
    socket->setProperty("busy", false);
    m_log.append(QStringLiteral("answered ") + describe(m_requests.at(index)));
    Q_EMIT answered(index);
    socket->disconnectFromHost();
}

} // namespace Coach::TestSupport
