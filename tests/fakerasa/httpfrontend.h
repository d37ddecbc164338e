#pragma once

#include <QAbstractHttpServer>

#include <functional>

class QHttpServerRequest;
class QTcpSocket;

namespace Coach::FakeRasa {

struct ApiReply;

//! The QtHttpServer part of fake-rasa: parses HTTP and hands every request,
//! with its socket, to one handler that answers now, later or never.
class HttpFrontend final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFrontend)

public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit HttpFrontend(Handler handler, QObject *parent = nullptr);

    //! Writes a complete HTTP/1.1 response; the connection stays open.
    static void writeReply(QTcpSocket *socket, const ApiReply &reply);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace Coach::FakeRasa
