#include "fakerasaserver_p.h"

#include "httpfrontend.h"

#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcFakeRasa, "coach.fakerasa", QtInfoMsg)

namespace Coach::FakeRasa {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    case QHttpServerRequest::Method::Connect:
        return u"CONNECT"_s;
    case QHttpServerRequest::Method::Trace:
        return u"TRACE"_s;
    default:
        return u"UNKNOWN"_s;
    }
}

QString defaultReason(int status)
{
    switch (status) {
    case 400:
        return u"BadRequest"_s;
    case 401:
        return u"NotAuthenticated"_s;
    case 403:
        return u"NotAuthorized"_s;
    case 404:
        return u"NotFound"_s;
    case 409:
        return u"Conflict"_s;
    default:
        return status >= 500 ? u"ConversationError"_s : u"BadRequest"_s;
    }
}

QByteArray truncatedJson(const QByteArray &body)
{
    if (body.size() < 8)
        return QByteArrayLiteral("{\"version\": \"");
    return body.left(body.size() / 2);
}

} // namespace

ApiRequest FakeRasaServerPrivate::toApiRequest(const QHttpServerRequest &request) const
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path(QUrl::FullyDecoded);
    if (api.path.isEmpty())
        api.path = u"/"_s;
    api.query = request.query();
    api.headers = request.headers();
    api.body = request.body();
    return api;
}

quint64 FakeRasaServerPrivate::record(const ApiRequest &request)
{
    RecordedRequest recorded;
    recorded.method = request.method;
    recorded.path = request.path;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        recorded.query.addQueryItem(key, key == "token"_L1 ? u"REDACTED"_s : value);
    for (const auto &header : request.headers) {
        if (header.first.compare("Authorization", Qt::CaseInsensitive) != 0)
            recorded.headers.append(header);
    }
    recorded.body = request.body;
    requests.append(recorded);
    requestIds.append(nextRequestId);
    return nextRequestId++;
}

void FakeRasaServerPrivate::setStatus(quint64 id, int status)
{
    const qsizetype index = requestIds.indexOf(id);
    if (index >= 0)
        requests[index].status = status;
}

void FakeRasaServerPrivate::recordRefused(const QString &method, const QString &path)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    const quint64 id = record(request);
    setStatus(id, 413);
    Q_EMIT q->requestReceived(method, path);
    Q_EMIT q->requestHandled(method, path, 413);
}

std::optional<Fault> FakeRasaServerPrivate::takeFault(const QString &method, const QString &path)
{
    for (Fault &fault : faults) {
        if (fault.times == 0)
            continue;
        if (!fault.method.isEmpty() && fault.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!fault.pathPattern.isEmpty()
            && !QRegularExpression(fault.pathPattern).match(path).hasMatch()) {
            continue;
        }
        if (fault.times > 0)
            --fault.times;
        return fault;
    }
    return std::nullopt;
}

ApiReply FakeRasaServerPrivate::dispatch(const ApiRequest &request)
{
    const QString conversation = RasaApi::conversationIdOf(request.path);
    const EventList before = api.conversations().store().events(conversation);
    ApiReply reply = api.handle(request);
    if (!conversation.isEmpty() && api.conversations().store().events(conversation) != before)
        Q_EMIT q->conversationChanged(conversation);
    return reply;
}

ApiReply FakeRasaServerPrivate::faultReply(const Fault &fault, const ApiRequest &request)
{
    switch (fault.kind) {
    case Fault::Kind::Latency:
        return dispatch(request);
    case Fault::Kind::HttpError:
        return ApiReply::rasaError(
            api.version(), fault.status,
            fault.reason.isEmpty() ? defaultReason(fault.status) : fault.reason,
            fault.message.isEmpty() ? u"Injected by fake-rasa."_s : fault.message);
    case Fault::Kind::MalformedJson: {
        ApiReply reply = dispatch(request);
        reply.status = 200;
        reply.contentType = "application/json";
        reply.body = truncatedJson(reply.body);
        return reply;
    }
    case Fault::Kind::NonJson:
        return ApiReply::text(u"<html><head><title>Gateway</title></head><body><h1>Service "
                              "temporarily unavailable</h1><p>The proxy could not reach the "
                              "server.</p></body></html>"_s,
                              200, "text/html; charset=utf-8");
    case Fault::Kind::EmptyBody: {
        ApiReply reply;
        reply.contentType = "application/json";
        return reply;
    }
    case Fault::Kind::DropConnection:
        break;
    }
    return ApiReply();
}

void FakeRasaServerPrivate::answer(QPointer<QTcpSocket> socket, const ApiReply &reply, int delayMs,
                                   quint64 id, const QString &method, const QString &path)
{
    const auto send = [this, socket, reply, id, method, path] {
        const bool open = socket && socket->state() == QAbstractSocket::ConnectedState;
        if (open)
            HttpFrontend::writeReply(socket, reply);
        const int status = open ? reply.status : 0;
        setStatus(id, status);
        qCDebug(lcFakeRasa).noquote() << method << path << "->" << status;
        Q_EMIT q->requestHandled(method, path, status);
    };
    if (delayMs <= 0)
        send();
    else
        QTimer::singleShot(delayMs, q, send);
}

void FakeRasaServerPrivate::drop(QPointer<QTcpSocket> socket, int delayMs, quint64 id,
                                 const QString &method, const QString &path)
{
    QTimer::singleShot(std::max(0, delayMs), q, [this, socket, id, method, path] {
        if (socket)
            socket->abort();
        setStatus(id, 0);
        qCDebug(lcFakeRasa).noquote() << method << path << "-> dropped";
        Q_EMIT q->requestHandled(method, path, 0);
    });
}

ApiReply FakeRasaServerPrivate::handleInProcess(const ApiRequest &request)
{
    const quint64 id = record(request);
    Q_EMIT q->requestReceived(request.method, request.path);
    const ApiReply reply = dispatch(request);
    setStatus(id, reply.status);
    Q_EMIT q->requestHandled(request.method, request.path, reply.status);
    return reply;
}

void FakeRasaServerPrivate::handle(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    const ApiRequest request = toApiRequest(httpRequest);
    const quint64 id = record(request);
    Q_EMIT q->requestReceived(request.method, request.path);
    const QPointer<QTcpSocket> guarded(socket);
    if (request.body.size() > kMaxBodySize) {
        answer(guarded, ApiReply::sanicError(413, u"Request body exceeds the size limit"_s, true),
               0, id, request.method, request.path);
        return;
    }
    const std::optional<Fault> fault = takeFault(request.method, request.path);
    if (!fault) {
        answer(guarded, dispatch(request), 0, id, request.method, request.path);
        return;
    }
    if (fault->kind == Fault::Kind::DropConnection) {
        drop(guarded, fault->delayMs, id, request.method, request.path);
        return;
    }
    answer(guarded, faultReply(*fault, request), fault->delayMs, id, request.method, request.path);
}

} // namespace Coach::FakeRasa
