#pragma once

#include "apitypes.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

#include <optional>

namespace Coach::FakeRasa {

class FakeRasaServer;

//! A QNetworkAccessManager whose requests a FakeRasaServer answers in the
//! same process, without sockets: the engine's tests run without ports,
//! and a host name that does not resolve (e.g. `fake-rasa.invalid`) shows
//! that nothing went to the network. Answers arrive from the event loop,
//! as real ones do.
class InProcessNetwork final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InProcessNetwork)

public:
    InProcessNetwork(FakeRasaServer *server, QObject *parent = nullptr);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QPointer<FakeRasaServer> m_server;
};

//! A finished-on-arrival reply: status, headers and body of an ApiReply,
//! or, without one, a failure like a refused connection (no server).
class InProcessReply final : public QNetworkReply
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InProcessReply)

public:
    InProcessReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation,
                   const std::optional<ApiReply> &reply, QObject *parent = nullptr);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void describe(const ApiReply &reply);
    void deliver();

    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_answered = false; //!< an HTTP answer, not a transport failure
    bool m_aborted = false;
};

} // namespace Coach::FakeRasa
