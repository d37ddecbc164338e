#include "apierror.h"

#include "model/jsonutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct ApiErrorMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::ApiError)
};

constexpr qsizetype MaxSummaryLength = 120;

QString shortened(QString text)
{
    text = text.simplified();
    if (text.size() > MaxSummaryLength)
        text = text.left(MaxSummaryLength - 1) + QChar(0x2026);
    return text;
}

//! "an HTML page (“502 Bad Gateway”)": the title says enough, the page is
//! never copied into the error.
QString describeHtml(const QByteArray &body)
{
    static const QRegularExpression title(u"<title[^>]*>([^<]{1,200})</title>"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = title.match(QString::fromUtf8(body.left(8192)));
    if (match.hasMatch() && !match.captured(1).trimmed().isEmpty())
        return ApiErrorMessages::tr("an HTML page (“%1”)").arg(shortened(match.captured(1)));
    return ApiErrorMessages::tr("an HTML page");
}

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("html"))
        return true;
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith('<');
}

QString describeBody(const QByteArray &body, const QByteArray &contentType)
{
    if (body.trimmed().isEmpty())
        return ApiErrorMessages::tr("an empty body");
    if (looksLikeHtml(body, contentType))
        return describeHtml(body);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(body.left(1024));
    if (decoder.hasError() || text.contains(QChar(0)))
        return ApiErrorMessages::tr("binary data (%1 bytes)").arg(body.size());
    const QString firstLine = text.section(u'\n', 0, 0);
    return ApiErrorMessages::tr("the text “%1”").arg(shortened(firstLine));
}

struct KindText
{
    ApiError::Kind kind;
    const char *name; //!< for logs and tests
    const char *title; //!< translated for people
};

constexpr KindText KindTexts[] = {
    {ApiError::Kind::None, "None", ""},
    {ApiError::Kind::Http, "Http", ""},
    {ApiError::Kind::ConnectionRefused, "ConnectionRefused",
     QT_TRANSLATE_NOOP("Coach::ApiError", "Connection refused")},
    {ApiError::Kind::HostNotFound, "HostNotFound",
     QT_TRANSLATE_NOOP("Coach::ApiError", "Host not found")},
    {ApiError::Kind::Transport, "Transport", QT_TRANSLATE_NOOP("Coach::ApiError", "Network error")},
    {ApiError::Kind::Timeout, "Timeout", QT_TRANSLATE_NOOP("Coach::ApiError", "No answer in time")},
    {ApiError::Kind::Cancelled, "Cancelled", QT_TRANSLATE_NOOP("Coach::ApiError", "Cancelled")},
    {ApiError::Kind::MalformedBody, "MalformedBody",
     QT_TRANSLATE_NOOP("Coach::ApiError", "Answer is not JSON")},
    {ApiError::Kind::UnexpectedShape, "UnexpectedShape",
     QT_TRANSLATE_NOOP("Coach::ApiError", "Unexpected answer")},
    {ApiError::Kind::TooLarge, "TooLarge",
     QT_TRANSLATE_NOOP("Coach::ApiError", "Answer too large")},
    {ApiError::Kind::InvalidRequest, "InvalidRequest",
     QT_TRANSLATE_NOOP("Coach::ApiError", "Invalid request")},
};

const KindText &describe(ApiError::Kind kind)
{
    for (const KindText &text : KindTexts) {
        if (text.kind == kind)
            return text;
    }
    return KindTexts[0];
}

} // namespace

ApiError::ApiError(Kind kind, QString endpoint, QString detail)
    : kind(kind), endpoint(std::move(endpoint)), detail(std::move(detail))
{ }

ApiError ApiError::fromHttp(const QString &endpoint, int httpStatus, const QByteArray &body,
                            const QByteArray &contentType)
{
    ApiError error(Kind::Http, endpoint);
    error.httpStatus = httpStatus;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject json = document.object();
    if (json.value("message"_L1).isString() || json.value("reason"_L1).isString()) {
        error.hasRasaBody = true;
        error.rasaVersion = Json::string(json, "version"_L1);
        error.rasaStatus = Json::string(json, "status"_L1);
        error.message = Json::string(json, "message"_L1);
        error.reason = Json::string(json, "reason"_L1);
        error.details = Json::object(json, "details"_L1);
        error.help = Json::string(json, "help"_L1);
        error.code = Json::integer(json, "code"_L1).value_or(0);
    } else if (document.isObject() || document.isArray()) {
        error.bodySummary = ApiErrorMessages::tr("a JSON body that is not Rasa's error format");
    } else {
        error.bodySummary = describeBody(body, contentType);
    }
    return error;
}

bool ApiError::isRetryable() const
{
    switch (kind) {
    case Kind::ConnectionRefused:
    case Kind::Transport:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus >= 500 && httpStatus <= 599;
    default:
        return false;
    }
}

bool ApiError::isConversationNotFound() const
{
    return kind == Kind::Http && httpStatus == 404 && !conversationId.isEmpty() && hasRasaBody
        && message.contains("conversation id not found"_L1, Qt::CaseInsensitive);
}

bool ApiError::isNoModelLoaded() const
{
    return kind == Kind::Http && httpStatus == 409;
}

QString ApiError::title() const
{
    if (kind == Kind::Http)
        return ApiErrorMessages::tr("The server answered %1").arg(statusLabel());
    return kind == Kind::None ? QString() : ApiErrorMessages::tr(describe(kind).title);
}

QString ApiError::userMessage() const
{
    const QString server = serverUrl.isEmpty() ? ApiErrorMessages::tr("the server") : serverUrl;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Http:
        return httpMessage();
    case Kind::ConnectionRefused:
        return ApiErrorMessages::tr(
                   "Could not connect to %1: nothing is listening there. Is `rasa run "
                   "--enable-api` running on that address and port?")
            .arg(server);
    case Kind::HostNotFound:
        return ApiErrorMessages::tr("The host of %1 was not found. Check the server address.")
            .arg(server);
    case Kind::Transport:
        return ApiErrorMessages::tr("The connection to %1 failed during %2: %3")
            .arg(server, endpoint, detail);
    case Kind::Timeout:
        return (ApiErrorMessages::tr("%1 did not answer %2 within %L3 seconds.")
                    .arg(server, endpoint)
                    .arg(timeoutSeconds, 0, 'g', 3)
                + (detail.isEmpty() ? QString() : u" "_s + detail));
    case Kind::Cancelled:
        return ApiErrorMessages::tr("%1 was cancelled.").arg(endpoint);
    case Kind::MalformedBody:
        return ApiErrorMessages::tr(
                   "The answer of %1 to %2 is not valid JSON (%3). Is it really a Rasa server, "
                   "and does nothing in between cut the answer off?")
            .arg(server, endpoint, detail);
    case Kind::UnexpectedShape:
        return ApiErrorMessages::tr("The answer of %1 to %2 is not what a Rasa server sends: %3")
            .arg(server, endpoint, detail);
    case Kind::TooLarge:
        return ApiErrorMessages::tr(
                   "The answer of %1 to %2 is larger than %L3 MB; reading it was stopped.")
            .arg(server, endpoint)
            .arg(double(sizeLimit) / (1024.0 * 1024.0), 0, 'g', 3);
    case Kind::InvalidRequest:
        return ApiErrorMessages::tr("Could not send %1: %2").arg(endpoint, detail);
    }
    return {};
}

QString ApiError::statusLabel() const
{
    if (!reason.isEmpty())
        return u"%1 %2"_s.arg(httpStatus).arg(reason);
    return QString::number(httpStatus);
}

QString ApiError::serverSaid() const
{
    QString text = message.isEmpty() ? ApiErrorMessages::tr("(no message)") : message;
    if (!help.isEmpty())
        text += u" "_s + ApiErrorMessages::tr("More: %1").arg(help);
    return text;
}

QString ApiError::plainHttpMessage() const
{
    if (httpStatus >= 500)
        return ApiErrorMessages::tr(
                   "The server answered %1 to %2 with %3 instead of Rasa's JSON: a proxy or "
                   "gateway in front of Rasa may be failing, or Rasa is not running behind it.")
            .arg(statusLabel(), endpoint, bodySummary);
    if (httpStatus == 404)
        return ApiErrorMessages::tr(
                   "The server answered 404 to %1 with %2. Is the address right, and was "
                   "Rasa started with --enable-api?")
            .arg(endpoint, bodySummary);
    return ApiErrorMessages::tr("The server answered %1 to %2 with %3, not Rasa's JSON.")
        .arg(statusLabel(), endpoint, bodySummary);
}

QString ApiError::httpMessage() const
{
    if (isConversationNotFound()) {
        return ApiErrorMessages::tr(
                   "The server answered 404: this conversation (“%1”) does not exist on a "
                   "Rasa %2 server yet. Send a message first to create it.")
            .arg(conversationId,
                 serverMajorVersion > 0 ? QString::number(serverMajorVersion) : u"3"_s);
    }
    if (!hasRasaBody)
        return plainHttpMessage();
    switch (httpStatus) {
    case 401:
        if (authConfigured)
            return ApiErrorMessages::tr(
                       "The Rasa server refused the token (%1): %2 Check the auth token or JWT "
                       "in the connection settings.")
                .arg(statusLabel(), serverSaid());
        return ApiErrorMessages::tr(
                   "The Rasa server requires authentication (%1): %2 Enter the token given to "
                   "`rasa run --auth-token` or a JWT.")
            .arg(statusLabel(), serverSaid());
    case 403:
        return ApiErrorMessages::tr(
                   "The Rasa server denied %1 (%2): %3 A JWT with role “user” may only use its own "
                   "conversation; use an admin JWT or the auth token.")
            .arg(endpoint, statusLabel(), serverSaid());
    case 409:
        return ApiErrorMessages::tr(
                   "The Rasa server has no model loaded (%1): %2 Train a model or wait until the "
                   "server has loaded one.")
            .arg(statusLabel(), serverSaid());
    default:
        break;
    }
    if (httpStatus >= 500)
        return ApiErrorMessages::tr("The Rasa server failed while handling %1 (%2): %3")
            .arg(endpoint, statusLabel(), serverSaid());
    return ApiErrorMessages::tr("The Rasa server rejected %1 (%2): %3")
        .arg(endpoint, statusLabel(), serverSaid());
}

Error ApiError::toError() const
{
    return makeError(userMessage(), endpoint);
}

QString ApiError::kindName(Kind kind)
{
    return QString::fromLatin1(describe(kind).name);
}

} // namespace Coach
