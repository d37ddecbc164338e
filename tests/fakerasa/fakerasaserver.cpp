#include "fakerasaserver.h"

#include "fakerasaserver_p.h"
#include "guardedtcpserver.h"
#include "httpfrontend.h"
#include "jwt.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa {

// --- Fault ---------------------------------------------------------------

Fault Fault::latency(const QString &method, const QString &pathPattern, int delayMs, int times)
{
    Fault fault = ofKind(Kind::Latency, method, pathPattern, times);
    fault.delayMs = delayMs;
    return fault;
}

Fault Fault::httpError(const QString &method, const QString &pathPattern, int status,
                       const QString &reason, const QString &message, int times)
{
    Fault fault = ofKind(Kind::HttpError, method, pathPattern, times);
    fault.status = status;
    fault.reason = reason;
    fault.message = message;
    return fault;
}

Fault Fault::ofKind(Kind kind, const QString &method, const QString &pathPattern, int times)
{
    Fault fault;
    fault.method = method;
    fault.pathPattern = pathPattern;
    fault.kind = kind;
    fault.times = times;
    return fault;
}

// --- FakeRasaServer -------------------------------------------------------

FakeRasaServer::FakeRasaServer(QObject *parent)
    : QObject(parent), d(std::make_unique<FakeRasaServerPrivate>(this))
{ }

FakeRasaServer::~FakeRasaServer()
{
    delete d->http.data(); // before d goes: its handler uses d
}

Status FakeRasaServer::loadBot(const QString &folder, const QString &configFile)
{
    Result<Bot> bot = Bot::load(folder, configFile);
    if (!bot)
        return bot.error();
    d->api.setBot(bot.value());
    return {};
}

Status FakeRasaServer::loadBot(const Domain &domain, const QList<QByteArray> &trainingYamlFiles)
{
    Result<Bot> bot = Bot::fromData(domain, trainingYamlFiles);
    if (!bot)
        return bot.error();
    d->api.setBot(bot.value());
    return {};
}

bool FakeRasaServer::isBotLoaded() const
{
    return d->api.hasBot();
}

const Domain &FakeRasaServer::domain() const
{
    static const Domain empty;
    return d->api.model() ? d->api.model()->domain() : empty;
}

void FakeRasaServer::setHost(const QHostAddress &host)
{
    d->host = host;
}

QHostAddress FakeRasaServer::host() const
{
    return d->host;
}

quint16 FakeRasaServer::listen(quint16 port)
{
    return serve([this, port](QTcpServer &tcp) { return tcp.listen(d->host, port); });
}

quint16 FakeRasaServer::listenOn(qintptr listeningDescriptor)
{
    return serve([listeningDescriptor](QTcpServer &tcp) {
        return tcp.setSocketDescriptor(listeningDescriptor);
    });
}

quint16 FakeRasaServer::serve(const std::function<bool(QTcpServer &)> &start)
{
    close();
    auto *tcp = new GuardedTcpServer(FakeRasaServerPrivate::kMaxBodySize);
    if (!start(*tcp)) {
        d->errorString = tcp->errorString();
        delete tcp;
        return 0;
    }
    d->http = new HttpFrontend([this](const QHttpServerRequest &request,
                                      QTcpSocket *socket) { d->handle(request, socket); },
                               this);
    d->http->bind(tcp); // takes ownership
    d->tcp = tcp;
    connect(tcp, &GuardedTcpServer::requestRefused, this,
            [this](const QString &method, const QString &path) { d->recordRefused(method, path); });
    d->port = tcp->serverPort();
    d->errorString.clear();
    return d->port;
}

void FakeRasaServer::close()
{
    // Safe from inside a request handler: stop listening now, free later.
    if (d->tcp)
        d->tcp->close();
    if (d->http)
        d->http->deleteLater();
    d->http = nullptr;
    d->tcp = nullptr;
    d->port = 0;
}

bool FakeRasaServer::isListening() const
{
    return d->tcp && d->tcp->isListening();
}

quint16 FakeRasaServer::port() const
{
    return isListening() ? d->port : 0;
}

QUrl FakeRasaServer::url() const
{
    if (!isListening())
        return QUrl();
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(d->host.toString());
    url.setPort(d->port);
    return url;
}

QString FakeRasaServer::errorString() const
{
    return d->errorString;
}

void FakeRasaServer::setRasaVersion(const QString &version)
{
    d->api.setVersion(RasaVersion::fromString(version));
}

QString FakeRasaServer::rasaVersion() const
{
    return d->api.version().text;
}

int FakeRasaServer::rasaMajorVersion() const
{
    return d->api.version().major;
}

void FakeRasaServer::setAuthToken(const QString &token)
{
    d->api.setAuthToken(token);
}

void FakeRasaServer::setJwtSecret(const QString &secret)
{
    d->api.setJwtSecret(secret);
}

void FakeRasaServer::setModelLoaded(bool loaded)
{
    d->api.setModelLoaded(loaded);
}

bool FakeRasaServer::isModelLoaded() const
{
    return d->api.isModelLoaded();
}

QString FakeRasaServer::modelId() const
{
    return d->api.model() ? d->api.model()->modelId() : QString();
}

ApiReply FakeRasaServer::answerInProcess(const ApiRequest &request)
{
    return d->handleInProcess(request);
}

void FakeRasaServer::addFault(const Fault &fault)
{
    d->faults.append(fault);
}

void FakeRasaServer::clearFaults()
{
    d->faults.clear();
}

Tracker FakeRasaServer::tracker(const QString &conversationId) const
{
    if (!d->api.model())
        return Tracker(conversationId);
    return d->api.model()->trackerFor(conversationId,
                                      d->api.conversations().store().events(conversationId));
}

bool FakeRasaServer::hasConversation(const QString &conversationId) const
{
    return d->api.conversations().store().contains(conversationId);
}

QStringList FakeRasaServer::conversationIds() const
{
    return d->api.conversations().store().ids();
}

void FakeRasaServer::forgetConversations()
{
    d->api.conversations().store().clear();
}

QList<RecordedRequest> FakeRasaServer::requests() const
{
    return d->requests;
}

void FakeRasaServer::clearRequests()
{
    d->requests.clear();
    d->requestIds.clear();
}

QByteArray FakeRasaServer::signJwt(const QJsonObject &payload, const QByteArray &secret)
{
    return Jwt::sign(payload, secret);
}

QJsonObject FakeRasaServer::jwtPayload(const QString &username, const QString &role)
{
    QJsonObject user;
    user.insert("username"_L1, username);
    user.insert("role"_L1, role);
    QJsonObject payload;
    payload.insert("user"_L1, user);
    return payload;
}

} // namespace Coach::FakeRasa
