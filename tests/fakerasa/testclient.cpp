#include "testclient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>

namespace Coach::FakeRasa {

QJsonValue HttpResult::json() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    if (document.isObject())
        return document.object();
    return document.array();
}

HttpResult TestClient::get(const QString &pathAndQuery, const Headers &headers)
{
    return send("GET", pathAndQuery, {}, headers);
}

HttpResult TestClient::post(const QString &pathAndQuery, const QByteArray &body,
                            const Headers &headers)
{
    return send("POST", pathAndQuery, body, headers);
}

HttpResult TestClient::postJson(const QString &pathAndQuery, const QJsonValue &body,
                                const Headers &headers)
{
    const QByteArray bytes = body.isArray()
        ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
        : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return send("POST", pathAndQuery, bytes, headers);
}

HttpResult TestClient::put(const QString &pathAndQuery, const QByteArray &body,
                           const Headers &headers)
{
    return send("PUT", pathAndQuery, body, headers);
}

HttpResult TestClient::send(const QByteArray &verb, const QString &pathAndQuery,
                            const QByteArray &body, const Headers &headers, int timeoutMs)
{
    QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, verb, &buffer);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    HttpResult result;
    if (!reply->isFinished()) {
        result.timedOut = true;
        reply->abort();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    delete reply;
    return result;
}

} // namespace Coach::FakeRasa
