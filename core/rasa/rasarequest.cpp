#include "rasarequest.h"

#include "logging.h"
#include "rasaclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QString methodName(RasaRequest::Method method)
{
    switch (method) {
    case RasaRequest::Method::Get:
        return u"GET"_s;
    case RasaRequest::Method::Post:
        return u"POST"_s;
    case RasaRequest::Method::Put:
        return u"PUT"_s;
    }
    return {};
}

} // namespace

RasaRequest::RasaRequest(Method method, QString pathTemplate, QString conversationId,
                         QObject *parent)
    : QObject(parent)
    , m_method(method)
    , m_pathTemplate(std::move(pathTemplate))
    , m_conversationId(std::move(conversationId))
{ }

RasaRequest::~RasaRequest()
{
    abortReply();
}

QString RasaRequest::path() const
{
    QString result = m_pathTemplate;
    result.replace("{id}"_L1, QString::fromLatin1(QUrl::toPercentEncoding(m_conversationId)));
    return result;
}

QString RasaRequest::endpoint() const
{
    return u"%1 %2"_s.arg(methodName(m_method), m_pathTemplate);
}

bool RasaRequest::isFinished() const
{
    return m_state == State::Succeeded || m_state == State::Failed || m_state == State::Cancelled;
}

void RasaRequest::addQueryItem(const QString &key, const QString &value)
{
    m_query.addQueryItem(key, value);
}

void RasaRequest::setJsonBody(const QJsonValue &body)
{
    m_body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    m_hasBody = true;
}

void RasaRequest::attachTo(RasaClient *client)
{
    m_client = client;
    m_serverMajorVersion = client->serverMajorVersion();
}

void RasaRequest::markQueued()
{
    if (m_state == State::Created)
        m_state = State::Queued;
}

void RasaRequest::start()
{
    if (m_state != State::Created && m_state != State::Queued)
        return;
    m_state = State::Running;
    if (m_conversationId.isEmpty() && m_pathTemplate.contains("{id}"_L1)) {
        stopWithError(ApiError::Kind::InvalidRequest, tr("the conversation id is empty"));
        return;
    }
    sendAttempt();
}

void RasaRequest::sendAttempt()
{
    m_waitingToRetry = false;
    m_received.clear();
    m_abortReason = ApiError::Kind::None;
    m_httpStatus = 0;
    ++m_attempts;
    if (!m_client) {
        stopWithError(ApiError::Kind::InvalidRequest, tr("there is no connection to a server"));
        return;
    }
    m_reply = m_client->transmit(*this);
    if (!m_reply) {
        stopWithError(ApiError::Kind::InvalidRequest, tr("the server address is not a valid URL"));
        return;
    }
    connectReply();
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &RasaRequest::onTimeout);
    }
    m_timer->start(m_timeout.value_or(m_client->timeout()));
}

void RasaRequest::connectReply()
{
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &RasaRequest::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &RasaRequest::onReadyRead);
    // Queued: our signals must not be emitted from inside the reply's own
    // emission, so that handlers may delete the client (and the reply).
    connect(
        reply, &QNetworkReply::finished, this,
        [this, reply] {
            if (reply == m_reply && reply->isFinished())
                onReplyFinished();
        },
        Qt::QueuedConnection);
}

void RasaRequest::onMetaDataChanged()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && m_client && length.toLongLong() > m_client->maxResponseSize()) {
        m_abortReason = ApiError::Kind::TooLarge;
        m_reply->abort();
    }
}

void RasaRequest::onReadyRead()
{
    if (m_abortReason != ApiError::Kind::None)
        return;
    m_received += m_reply->readAll();
    if (m_client && m_received.size() > m_client->maxResponseSize()) {
        m_received.clear();
        m_received.squeeze();
        m_abortReason = ApiError::Kind::TooLarge;
        if (!m_reply->isFinished())
            m_reply->abort();
    }
}

void RasaRequest::onTimeout()
{
    if (m_waitingToRetry) {
        sendAttempt();
        return;
    }
    if (!m_reply)
        return;
    m_abortReason = ApiError::Kind::Timeout;
    m_reply->abort();
}

void RasaRequest::onReplyFinished()
{
    m_timer->stop();
    if (m_abortReason == ApiError::Kind::Timeout || m_abortReason == ApiError::Kind::TooLarge) {
        ApiError error = makeApiError(m_abortReason);
        if (!retryIfWorthIt(error))
            complete(error);
        return;
    }
    onReadyRead(); // what arrived with the end of the transfer
    if (m_abortReason == ApiError::Kind::TooLarge) {
        complete(makeApiError(m_abortReason));
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = m_reply->error();
    if (status == 0) {
        const ApiError error = errorFromReply();
        if (!retryIfWorthIt(error))
            complete(error);
        return;
    }
    const bool success = status >= 200 && status <= 299;
    if (success && networkError != QNetworkReply::NoError) {
        // Headers arrived but the connection broke before the whole body.
        complete(makeApiError(ApiError::Kind::MalformedBody,
                              tr("the connection closed after %1 bytes, before the whole answer "
                                 "arrived")
                                  .arg(m_received.size())));
        return;
    }
    const QByteArray contentType =
        m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    handleAnswer(status, m_received, contentType, true);
}

ApiError RasaRequest::errorFromReply() const
{
    const QString detail = m_reply->errorString();
    switch (m_reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return makeApiError(ApiError::Kind::ConnectionRefused, detail);
    case QNetworkReply::HostNotFoundError:
        return makeApiError(ApiError::Kind::HostNotFound, detail);
    case QNetworkReply::TimeoutError:
        return makeApiError(ApiError::Kind::Timeout, detail);
    default:
        return makeApiError(ApiError::Kind::Transport, detail);
    }
}

void RasaRequest::handleAnswer(int httpStatus, const QByteArray &body,
                               const QByteArray &contentType, bool mayRetry)
{
    m_httpStatus = httpStatus;
    if (httpStatus < 200 || httpStatus > 299) {
        const QByteArray safeBody = m_client ? m_client->redact(body) : body;
        ApiError error = ApiError::fromHttp(endpoint(), httpStatus, safeBody, contentType);
        error.conversationId = m_conversationId;
        if (!mayRetry || !retryIfWorthIt(error))
            complete(error);
        return;
    }
    const Result<void, ApiError> result = readBody(body, contentType);
    complete(result ? ApiError() : result.error());
}

Result<void, ApiError> RasaRequest::readBody(const QByteArray &body, const QByteArray & /*unused*/)
{
    if (body.trimmed().isEmpty())
        return makeApiError(ApiError::Kind::MalformedBody, tr("the answer is empty"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeApiError(
            ApiError::Kind::MalformedBody,
            tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    }
    const Status parsed = parse(document);
    if (!parsed)
        return makeApiError(ApiError::Kind::UnexpectedShape, parsed.error().toString());
    return {};
}

bool RasaRequest::retryIfWorthIt(const ApiError &error)
{
    if (!isIdempotent() || !m_retriesEnabled || !error.isRetryable() || !m_client)
        return false;
    const QList<std::chrono::milliseconds> delays = m_client->retryPolicy().delays;
    if (m_attempts > delays.size())
        return false;
    qCDebug(lcNet) << "retrying" << endpoint() << "after" << ApiError::kindName(error.kind)
                   << error.httpStatus << "attempt" << m_attempts + 1;
    abortReply();
    m_waitingToRetry = true;
    m_timer->start(delays.at(m_attempts - 1));
    return true;
}

void RasaRequest::abortReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->disconnect(this);
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();
}

void RasaRequest::stopWithError(ApiError::Kind kind, const QString &detail)
{
    complete(makeApiError(kind, detail));
}

ApiError RasaRequest::makeApiError(ApiError::Kind kind, const QString &detail) const
{
    ApiError error(kind, endpoint(), detail);
    error.conversationId = m_conversationId;
    return error;
}

ApiError RasaRequest::finalised(ApiError error) const
{
    if (error.endpoint.isEmpty())
        error.endpoint = endpoint();
    error.conversationId = m_conversationId;
    error.serverMajorVersion = m_serverMajorVersion;
    if (!m_client)
        return error;
    error.serverUrl = m_client->displayUrl(m_client->baseUrl());
    error.authConfigured = m_client->hasCredentials();
    if (error.kind == ApiError::Kind::Timeout && error.timeoutSeconds == 0)
        error.timeoutSeconds = double(m_timeout.value_or(m_client->timeout()).count()) / 1000.0;
    if (error.kind == ApiError::Kind::TooLarge)
        error.sizeLimit = m_client->maxResponseSize();
    for (QString *text : {&error.message, &error.detail, &error.bodySummary, &error.help,
                          &error.reason, &error.rasaVersion}) {
        *text = m_client->redact(*text);
    }
    return error;
}

void RasaRequest::stopTransfer()
{
    if (m_timer)
        m_timer->stop();
    m_waitingToRetry = false;
    abortReply();
    m_received = QByteArray();
}

void RasaRequest::complete(const ApiError &error)
{
    if (isFinished())
        return;
    stopTransfer();
    m_error = error.isError() ? finalised(error) : ApiError();
    m_state = error.isError() ? State::Failed : State::Succeeded;
    qCDebug(lcNet) << endpoint() << "finished:" << m_httpStatus << ApiError::kindName(m_error.kind)
                   << "attempts" << m_attempts;
    Q_EMIT finished();
    if (m_state == State::Succeeded)
        Q_EMIT succeeded();
    else
        Q_EMIT failed(m_error);
    deleteLater();
}

void RasaRequest::cancel()
{
    if (isFinished())
        return;
    stopTransfer();
    m_error = finalised(makeApiError(ApiError::Kind::Cancelled));
    m_state = State::Cancelled;
    qCDebug(lcNet) << endpoint() << "cancelled";
    Q_EMIT finished();
    deleteLater();
}

void RasaRequest::forceResult(int httpStatus, const QByteArray &body, const QByteArray &contentType)
{
    if (isFinished())
        return;
    abortReply();
    m_attempts = qMax(m_attempts, 1);
    handleAnswer(httpStatus, body, contentType, false);
}

void RasaRequest::forceFailure(ApiError::Kind kind, const QString &detail)
{
    if (isFinished())
        return;
    if (kind == ApiError::Kind::Cancelled) {
        cancel();
        return;
    }
    abortReply();
    m_attempts = qMax(m_attempts, 1);
    complete(makeApiError(kind, detail));
}

} // namespace Coach
