#include "apitypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVersionNumber>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa {

RasaVersion RasaVersion::fromString(const QString &version)
{
    RasaVersion result;
    result.text = version.trimmed().isEmpty() ? u"3.6.2"_s : version.trimmed();
    const QVersionNumber number = QVersionNumber::fromString(result.text);
    result.major = number.segmentCount() > 0 ? number.majorVersion() : 3;
    result.minor = number.segmentCount() > 1 ? number.minorVersion() : 0;
    result.patch = number.segmentCount() > 2 ? number.microVersion() : 0;
    return result;
}

QString RasaVersion::minimumCompatible() const
{
    if (major == 3 && minor == 6)
        return patch >= 21 ? text : u"3.5.0"_s;
    if (major == 2 && minor == 8 && patch >= 9)
        return u"2.8.9"_s;
    return u"%1.%2.0"_s.arg(major).arg(minor);
}

QByteArray ApiRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

bool ApiRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool ApiRequest::prefersJson() const
{
    return header("Content-Type").contains("json") || header("Accept").contains("json");
}

ApiReply ApiReply::json(const QJsonValue &value, int status)
{
    ApiReply reply;
    reply.status = status;
    reply.contentType = "application/json";
    if (value.isObject())
        reply.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        reply.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        reply.body = "null";
    return reply;
}

ApiReply ApiReply::text(const QString &text, int status, const QByteArray &contentType)
{
    ApiReply reply;
    reply.status = status;
    reply.contentType = contentType;
    reply.body = text.toUtf8();
    return reply;
}

ApiReply ApiReply::rasaError(const RasaVersion &version, int status, const QString &reason,
                             const QString &message, const QJsonObject &details,
                             const QString &help)
{
    QJsonObject body;
    body.insert("version"_L1, version.text);
    body.insert("status"_L1, u"failure"_s);
    body.insert("message"_L1, message);
    body.insert("reason"_L1, reason);
    body.insert("details"_L1, details);
    body.insert("help"_L1, help.isEmpty() ? QJsonValue() : QJsonValue(help));
    body.insert("code"_L1, status);
    return json(body, status);
}

ApiReply ApiReply::sanicError(int status, const QString &message, bool asJson)
{
    const QString description = QString::fromLatin1(reasonPhrase(status));
    if (asJson) {
        QJsonObject body;
        body.insert("description"_L1, description);
        body.insert("status"_L1, status);
        body.insert("message"_L1, message);
        return json(body, status);
    }
    const QString page = u"<!DOCTYPE html><html lang=en><meta charset=UTF-8>"
                         "<title>%1 \u2014 %2</title>\n<h1>%1 \u2014 %2</h1><p>%3</p></html>"_s.arg(
                             QString::number(status), description, message.toHtmlEscaped());
    return text(page, status, "text/html; charset=utf-8");
}

ApiReply ApiReply::conversationError(const RasaVersion &version, const QString &error)
{
    return rasaError(version, 500, u"ConversationError"_s,
                     u"An unexpected error occurred. Error: %1"_s.arg(error));
}

QByteArray ApiReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        break;
    }
    if (status >= 500)
        return "Server Error";
    if (status >= 400)
        return "Client Error";
    return "OK";
}

QString rasaDocsUrl(const QString &subPath)
{
    return u"https://rasa.com/docs/rasa"_s + subPath;
}

} // namespace Coach::FakeRasa
