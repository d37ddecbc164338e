#pragma once

#include "apitypes.h"
#include "fakerasaserver.h"
#include "rasaapi.h"

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QString>

#include <optional>

class QHttpServerRequest;
class QTcpSocket;

namespace Coach::FakeRasa {

class GuardedTcpServer;
class HttpFrontend;

//! The transport half of FakeRasaServer: recording, faults, delayed and
//! dropped answers around RasaApi.
class FakeRasaServerPrivate
{
public:
    //! Bodies above this size are refused with 413 (Rasa's Sanic allows 100 MB).
    static constexpr qint64 kMaxBodySize = 64LL * 1024 * 1024;

    explicit FakeRasaServerPrivate(FakeRasaServer *server) : q(server) { }

    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    //! The same without a socket: recorded and answered at once; faults
    //! do not apply.
    ApiReply handleInProcess(const ApiRequest &request);
    void recordRefused(const QString &method, const QString &path);

    FakeRasaServer *q;
    RasaApi api;
    QPointer<HttpFrontend> http;
    QPointer<GuardedTcpServer> tcp;
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    QString errorString;
    QList<Fault> faults;
    QList<RecordedRequest> requests;
    QList<quint64> requestIds; //!< parallel to requests
    quint64 nextRequestId = 1;

private:
    ApiRequest toApiRequest(const QHttpServerRequest &request) const;
    quint64 record(const ApiRequest &request);
    void setStatus(quint64 id, int status);
    std::optional<Fault> takeFault(const QString &method, const QString &path);
    ApiReply faultReply(const Fault &fault, const ApiRequest &request);
    void answer(QPointer<QTcpSocket> socket, const ApiReply &reply, int delayMs, quint64 id,
                const QString &method, const QString &path);
    void drop(QPointer<QTcpSocket> socket, int delayMs, quint64 id, const QString &method,
              const QString &path);
    ApiReply dispatch(const ApiRequest &request);
};

} // namespace Coach::FakeRasa
