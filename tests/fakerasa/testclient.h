#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Coach::FakeRasa {

//! The outcome of one blocking test request.
struct HttpResult
{
    int status = 0; //!< 0 when no HTTP answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    bool timedOut = false;

    //! The body as JSON; undefined when it is not JSON.
    QJsonValue json() const;
    QJsonObject object() const { return json().toObject(); }
    QJsonArray array() const { return json().toArray(); }
};

//! A small blocking HTTP client for tests of fake-rasa (and of code that
//! talks to it): every call runs an event loop until the reply or a timeout.
//! Like Rasa's own client it sends `Content-Type: application/json`.
class TestClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit TestClient(const QUrl &base) : m_base(base) { }

    void setBase(const QUrl &base) { m_base = base; }
    HttpResult get(const QString &pathAndQuery, const Headers &headers = {});
    HttpResult post(const QString &pathAndQuery, const QByteArray &body = {},
                    const Headers &headers = {});
    HttpResult postJson(const QString &pathAndQuery, const QJsonValue &body,
                        const Headers &headers = {});
    HttpResult put(const QString &pathAndQuery, const QByteArray &body,
                   const Headers &headers = {});
    HttpResult send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                    const Headers &headers = {}, int timeoutMs = 15000);

private:
    QNetworkAccessManager m_manager;
    QUrl m_base;
};

} // namespace Coach::FakeRasa
