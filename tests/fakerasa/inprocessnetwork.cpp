#include "inprocessnetwork.h"

#include "apitypes.h"
#include "fakerasaserver.h"

#include <QTimer>

#include <algorithm>
#include <cstring>
#include <optional>

namespace Coach::FakeRasa {

namespace {

QString methodOf(QNetworkAccessManager::Operation operation, const QNetworkRequest &request)
{
    switch (operation) {
    case QNetworkAccessManager::GetOperation:
        return QStringLiteral("GET");
    case QNetworkAccessManager::PostOperation:
        return QStringLiteral("POST");
    case QNetworkAccessManager::PutOperation:
        return QStringLiteral("PUT");
    case QNetworkAccessManager::DeleteOperation:
        return QStringLiteral("DELETE");
    case QNetworkAccessManager::HeadOperation:
        return QStringLiteral("HEAD");
    default:
        break;
    }
    return QString::fromLatin1(
        request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
}

ApiRequest toApiRequest(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                        QIODevice *outgoingData)
{
    ApiRequest api;
    api.method = methodOf(operation, request);
    api.path = request.url().path();
    api.query = QUrlQuery(request.url());
    for (const QByteArray &name : request.rawHeaderList())
        api.headers.append({name, request.rawHeader(name)});
    if (outgoingData)
        api.body = outgoingData->readAll();
    return api;
}

//! The error QNetworkAccessManager reports with an HTTP error status.
QNetworkReply::NetworkError errorOf(int status)
{
    switch (status) {
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 500:
        return QNetworkReply::InternalServerError;
    default:
        break;
    }
    if (status >= 500)
        return QNetworkReply::UnknownServerError;
    return status >= 400 ? QNetworkReply::UnknownContentError : QNetworkReply::NoError;
}

} // namespace

InProcessNetwork::InProcessNetwork(FakeRasaServer *server, QObject *parent)
    : QNetworkAccessManager(parent), m_server(server)
{ }

QNetworkReply *InProcessNetwork::createRequest(Operation operation, const QNetworkRequest &request,
                                               QIODevice *outgoingData)
{
    std::optional<ApiReply> answer;
    if (m_server)
        answer = m_server->answerInProcess(toApiRequest(operation, request, outgoingData));
    return new InProcessReply(request, operation, answer, this);
}

InProcessReply::InProcessReply(const QNetworkRequest &request,
                               QNetworkAccessManager::Operation operation,
                               const std::optional<ApiReply> &reply, QObject *parent)
    : QNetworkReply(parent), m_body(reply ? reply->body : QByteArray()), m_answered(reply)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    if (reply)
        describe(*reply);
    else
        setError(ConnectionRefusedError, tr("The in-process server is gone"));
    open(QIODevice::ReadOnly);
    QTimer::singleShot(0, this, &InProcessReply::deliver);
}

void InProcessReply::describe(const ApiReply &reply)
{
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, reply.status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, ApiReply::reasonPhrase(reply.status));
    if (!reply.contentType.isEmpty())
        setHeader(QNetworkRequest::ContentTypeHeader, reply.contentType);
    setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
    if (const NetworkError error = errorOf(reply.status); error != NoError)
        setError(error, QString::fromLatin1(ApiReply::reasonPhrase(reply.status)));
}

void InProcessReply::deliver()
{
    if (m_aborted)
        return;
    if (m_answered)
        Q_EMIT metaDataChanged();
    if (!m_body.isEmpty())
        Q_EMIT readyRead();
    if (error() != NoError)
        Q_EMIT errorOccurred(error());
    setFinished(true);
    Q_EMIT finished();
}

void InProcessReply::abort()
{
    if (isFinished())
        return;
    m_aborted = true;
    setError(OperationCanceledError, tr("Operation canceled"));
    setFinished(true);
    Q_EMIT errorOccurred(OperationCanceledError);
    Q_EMIT finished();
}

qint64 InProcessReply::bytesAvailable() const
{
    return m_body.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 InProcessReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, m_body.size() - m_offset);
    if (count <= 0)
        return isFinished() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}

} // namespace Coach::FakeRasa
