#pragma once

#include <QByteArray>
#include <QTcpServer>

class QTcpSocket;

namespace Coach::FakeRasa {

//! A TCP server that looks at each request's headers before the HTTP server
//! reads its body: a declared body over the limit is read and thrown away,
//! then answered with 413 Payload Too Large and the connection closed, so
//! a huge upload never ends up in memory.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    explicit GuardedTcpServer(qint64 maxBodySize, QObject *parent = nullptr);

Q_SIGNALS:
    //! A request was refused; `body` is the 413 response sent.
    void requestRefused(const QString &method, const QString &path, const QByteArray &response);

protected:
    void incomingConnection(qintptr handle) override;

private:
    void inspect(QTcpSocket *socket);
    void drain(QTcpSocket *socket);
    void refuse(QTcpSocket *socket);

    qint64 m_maxBodySize;
};

} // namespace Coach::FakeRasa
