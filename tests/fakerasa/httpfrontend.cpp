#include "httpfrontend.h"

#include "apitypes.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace Coach::FakeRasa {

HttpFrontend::HttpFrontend(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{ }

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // Never reached: handleRequest() takes every request.
    socket->abort();
}

void HttpFrontend::writeReply(QTcpSocket *socket, const ApiReply &reply)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
        + ApiReply::reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        head += "Content-Type: " + reply.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += "Connection: keep-alive\r\n\r\n";
    socket->write(head + reply.body);
}

} // namespace Coach::FakeRasa
