#include "rasaclient.h"

#include "logging.h"
#include "requests.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

const QString Redacted = u"<redacted>"_s;

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

//! Forms a secret takes in text: as is, percent-encoded, and however QUrl
//! renders it in a query (toString() and query() decode different parts).
QStringList secretForms(const QString &secret)
{
    if (secret.isEmpty())
        return {};
    const QString prefix = u"http://h/?x="_s;
    QUrl url(prefix + encoded(secret), QUrl::TolerantMode);
    QStringList forms{secret, encoded(secret)};
    for (const QString &rendered :
         {url.toString(), url.toDisplayString(), url.toString(QUrl::FullyEncoded)}) {
        forms.append(rendered.mid(prefix.size()));
    }
    for (const auto mode : {QUrl::PrettyDecoded, QUrl::FullyEncoded, QUrl::FullyDecoded})
        forms.append(url.query(mode).mid(2));
    forms.removeDuplicates();
    forms.removeAll(QString());
    // Longest first, so that a form containing another is replaced whole.
    std::sort(forms.begin(), forms.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return forms;
}

} // namespace

RasaClient::RasaClient(QObject *parent) : RasaClient(QUrl(), NetworkFactory(), parent)
{ }

RasaClient::RasaClient(const QUrl &baseUrl, QObject *parent)
    : RasaClient(baseUrl, NetworkFactory(), parent)
{ }

RasaClient::RasaClient(const QUrl &baseUrl, const NetworkFactory &makeNetwork, QObject *parent)
    : QObject(parent)
    // First child: deleted first, it takes its replies with it before the
    // requests that watch them.
    , m_network(makeNetwork ? makeNetwork(this) : new QNetworkAccessManager(this))
{
    setBaseUrl(baseUrl);
}

RasaClient::~RasaClient() = default;

Result<QUrl> RasaClient::serverUrlFromUserInput(const QString &text)
{
    QString input = text.trimmed();
    if (input.isEmpty())
        return makeError(tr("Enter the address of the Rasa server, e.g. http://localhost:5005."));
    static const QRegularExpression portOnly(u"^\\d{1,5}$"_s);
    if (portOnly.match(input).hasMatch())
        input = u"http://localhost:"_s + input;
    else if (!input.contains("://"_L1))
        input = u"http://"_s + input;
    const QUrl url(input, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != "http"_L1 && scheme != "https"_L1))
        return makeError(tr("“%1” is not a server address. Write it like http://localhost:5005.")
                             .arg(text.trimmed()));
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return makeError(tr("Write only the server address (http://host:port); enter the token "
                            "in its own field."));
    return url;
}

void RasaClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void RasaClient::setAuthToken(const QString &token)
{
    m_token = token;
}

void RasaClient::setJwt(const QString &jwt)
{
    m_jwt = jwt;
}

int RasaClient::serverMajorVersion() const
{
    return ServerVersion::majorOf(m_serverVersion);
}

void RasaClient::setServerVersion(const QString &version)
{
    if (version == m_serverVersion)
        return;
    m_serverVersion = version;
    Q_EMIT serverVersionChanged(version);
}

QString RasaClient::redact(const QString &text) const
{
    if (text.isEmpty())
        return text;
    QString result = text;
    for (const QString &secret : {m_token, m_jwt}) {
        for (const QString &form : secretForms(secret))
            result.replace(form, Redacted);
    }
    // Whatever the value is, a token parameter is never shown.
    static const QRegularExpression tokenParameter(u"([?&]token=)[^&#\\s\"'<>]*"_s);
    result.replace(tokenParameter, u"\\1"_s + Redacted);
    return result;
}

QByteArray RasaClient::redact(const QByteArray &bytes) const
{
    QByteArray result = bytes;
    for (const QString &secret : {m_token, m_jwt}) {
        for (const QString &form : secretForms(secret))
            result.replace(form.toUtf8(), Redacted.toUtf8());
    }
    return result;
}

QString RasaClient::displayUrl(const QUrl &url) const
{
    QUrl shown = url;
    shown.setUserInfo({});
    QUrlQuery query(shown);
    if (query.hasQueryItem(u"token"_s)) {
        query.removeAllQueryItems(u"token"_s);
        query.addQueryItem(u"token"_s, Redacted);
        shown.setQuery(query);
    }
    return redact(shown.toDisplayString());
}

QUrl RasaClient::requestUrl(const RasaRequest &request) const
{
    QUrl url = m_baseUrl;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + request.path(), QUrl::TolerantMode);
    QStringList items;
    const auto queryItems = request.query().queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : queryItems)
        items.append(encoded(key) + QLatin1Char('=') + encoded(value));
    if (!m_token.isEmpty())
        items.append(u"token="_s + encoded(m_token));
    if (items.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(items.join(u'&'), QUrl::TolerantMode);
    return url;
}

QNetworkReply *RasaClient::transmit(const RasaRequest &request)
{
    const QUrl url = requestUrl(request);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != "http"_L1 && scheme != "https"_L1))
        return nullptr;
    QNetworkRequest networkRequest(url);
    networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (request.acceptsJsonOnly())
        networkRequest.setRawHeader("Accept"_ba, "application/json"_ba);
    if (!m_jwt.isEmpty())
        networkRequest.setRawHeader("Authorization"_ba, "Bearer "_ba + m_jwt.toUtf8());
    // The token travels in the query: never follow a redirect elsewhere.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::SameOriginRedirectPolicy);
    qCDebug(lcNet) << "sending" << request.endpoint() << displayUrl(url);
    switch (request.method()) {
    case RasaRequest::Method::Get:
        return m_network->get(networkRequest);
    case RasaRequest::Method::Post:
        return m_network->post(networkRequest, request.body());
    case RasaRequest::Method::Put:
        return m_network->put(networkRequest, request.body());
    }
    return nullptr;
}

void RasaClient::sendRequest(RasaRequest *request)
{
    if (!request || request->state() != RasaRequest::State::Created || request->m_client)
        return;
    request->setParent(this);
    request->attachTo(this);
    QList<RasaRequest *> active = m_active;
    active.append(request);
    setActive(active);
    connect(request, &RasaRequest::finished, this, [this, request] { onRequestFinished(request); });
    const QString id = request->conversationId();
    if (!id.isEmpty()) {
        QList<QPointer<RasaRequest>> &queue = m_conversations[id];
        queue.append(request);
        if (queue.size() > 1) {
            request->markQueued();
            return;
        }
    }
    QMetaObject::invokeMethod(
        request, [request] { request->start(); }, Qt::QueuedConnection);
}

void RasaClient::onRequestFinished(RasaRequest *request)
{
    QList<RasaRequest *> active = m_active;
    active.removeAll(request);
    setActive(active);
    const QString id = request->conversationId();
    auto it = m_conversations.find(id);
    if (id.isEmpty() || it == m_conversations.end())
        return;
    const bool wasRunning = !it->isEmpty() && it->first() == request;
    it->removeAll(request);
    it->removeAll(nullptr);
    if (it->isEmpty()) {
        m_conversations.erase(it);
        return;
    }
    if (wasRunning) {
        RasaRequest *next = it->first();
        QMetaObject::invokeMethod(
            next, [next] { next->start(); }, Qt::QueuedConnection);
    }
}

void RasaClient::setActive(QList<RasaRequest *> active)
{
    const bool wasBusy = isBusy();
    const qsizetype oldCount = m_active.size();
    m_active = std::move(active);
    if (m_active.size() != oldCount)
        Q_EMIT activeRequestCountChanged(int(m_active.size()));
    if (isBusy() != wasBusy)
        Q_EMIT busyChanged(isBusy());
}

void RasaClient::cancelAll()
{
    QList<QPointer<RasaRequest>> requests;
    for (RasaRequest *request : std::as_const(m_active))
        requests.append(request);
    for (const QPointer<RasaRequest> &request : std::as_const(requests)) {
        if (request)
            request->cancel();
    }
}

VersionRequest *RasaClient::version()
{
    auto *request = send(new VersionRequest);
    connect(request, &RasaRequest::succeeded, this,
            [this, request] { setServerVersion(request->version()); });
    return request;
}

StatusRequest *RasaClient::status()
{
    return send(new StatusRequest);
}

DomainRequest *RasaClient::domain()
{
    return send(new DomainRequest);
}

TrackerRequest *RasaClient::tracker(const QString &conversationId, EventVerbosity verbosity,
                                    std::optional<double> until)
{
    return send(new TrackerRequest(conversationId, verbosity, until));
}

SendMessageRequest *RasaClient::sendMessage(const QString &conversationId, const QString &text,
                                            EventVerbosity verbosity)
{
    return send(new SendMessageRequest(conversationId, text, std::nullopt, verbosity));
}

SendMessageRequest *RasaClient::sendMessage(const QString &conversationId, const QString &text,
                                            const ParseData &parseData, EventVerbosity verbosity)
{
    return send(new SendMessageRequest(conversationId, text, parseData, verbosity));
}

PredictRequest *RasaClient::predict(const QString &conversationId)
{
    return send(new PredictRequest(conversationId));
}

PredictRequest *RasaClient::predictScores(const QString &conversationId)
{
    return send(new PredictRequest(conversationId, PredictRequest::TrackerReading::None));
}

ParseRequest *RasaClient::parse(const QString &text)
{
    return send(new ParseRequest(text));
}

ExecuteRequest *RasaClient::execute(const QString &conversationId, const Event &action,
                                    EventVerbosity verbosity)
{
    return send(new ExecuteRequest(conversationId, action, verbosity));
}

AppendEventsRequest *RasaClient::appendEvent(const QString &conversationId, const Event &event,
                                             EventVerbosity verbosity, bool executeSideEffects)
{
    return send(new AppendEventsRequest(conversationId, event, verbosity, executeSideEffects));
}

AppendEventsRequest *RasaClient::appendEvents(const QString &conversationId,
                                              const EventList &events, EventVerbosity verbosity,
                                              bool executeSideEffects)
{
    return send(new AppendEventsRequest(conversationId, events, verbosity, executeSideEffects));
}

} // namespace Coach
