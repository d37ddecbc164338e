#include "rasa/apierror.h"

#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRasaErrorBodies_data();
    void readsRasaErrorBodies();
    void describesNonRasaBodies_data();
    void describesNonRasaBodies();
    void retryableKinds_data();
    void retryableKinds();
    void recognisesMissingConversation();
    void explainsAuthenticationFailures();
    void explainsTransportFailures_data();
    void explainsTransportFailures();
    void convertsToError();
};

static QByteArray rasaBody(int code, const char *reason, const char *message)
{
    return u"{\"version\": \"3.6.2\", \"status\": \"failure\", \"message\": \"%1\", "
           "\"reason\": \"%2\", \"details\": {\"parameter\": \"include_events\", \"in\": "
           "\"query\"}, \"help\": null, \"code\": %3}"_s
               .arg(QString::fromUtf8(message), QString::fromUtf8(reason))
               .arg(code)
               .toUtf8();
}

void TestApiError::readsRasaErrorBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("mustSay"); // a part of userMessage() that tells what to do
    QTest::addColumn<bool>("retryable");

    QTest::newRow("400") << 400 << u"BadRequest"_s << u"Invalid parameter value"_s << u"rejected"_s
                         << false;
    QTest::newRow("401") << 401 << u"NotAuthenticated"_s << u"User is not authenticated."_s
                         << u"auth-token"_s << false;
    QTest::newRow("403") << 403 << u"NotAuthorized"_s << u"User has insufficient permissions."_s
                         << u"admin"_s << false;
    QTest::newRow("404") << 404 << u"NotFound"_s << u"Unknown intent"_s << u"404"_s << false;
    QTest::newRow("406") << 406 << u"NotAcceptable"_s << u"Invalid Accept header"_s
                         << u"406 NotAcceptable"_s << false;
    QTest::newRow("409") << 409 << u"Conflict"_s
                         << u"No agent loaded. To continue processing, a model of a trained "
                            "agent needs to be loaded."_s
                         << u"no model loaded"_s << false;
    QTest::newRow("500") << 500 << u"ConversationError"_s << u"Cannot access action 'utter_new'"_s
                         << u"failed while"_s << true;
    QTest::newRow("503") << 503 << u"UnexpectedError"_s << u"busy"_s << u"503"_s << true;
}

void TestApiError::readsRasaErrorBodies()
{
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    QFETCH(QString, mustSay);
    QFETCH(bool, retryable);

    ApiError error = ApiError::fromHttp(
        u"GET /domain"_s, status,
        rasaBody(status, reason.toUtf8().constData(), message.toUtf8().constData()));
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(error.hasRasaBody);
    QCOMPARE(error.reason, reason);
    QCOMPARE(error.message, message);
    QCOMPARE(error.rasaVersion, u"3.6.2"_s);
    QCOMPARE(error.rasaStatus, u"failure"_s);
    QCOMPARE(error.code, status);
    QCOMPARE(error.details.value("parameter"_L1).toString(), u"include_events"_s);
    QVERIFY(error.help.isEmpty());
    QCOMPARE(error.isRetryable(), retryable);
    QCOMPARE(error.isNoModelLoaded(), status == 409);
    const QString text = error.userMessage();
    QVERIFY2(text.contains(message), qPrintable(text));
    QVERIFY2(text.contains(mustSay, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(text.contains(QString::number(status)), qPrintable(text));
    QVERIFY(!error.title().isEmpty());
}

void TestApiError::describesNonRasaBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("mustNotSay");

    const QByteArray page = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                            "<body><h1>Bad Gateway</h1><p>secret internal host 10.1.2.3</p>"
                            "</body></html>";
    QTest::newRow("html page from a proxy") << 502 << page << QByteArray("text/html")
                                            << u"HTML page (“502 Bad Gateway”)"_s << u"10.1.2.3"_s;
    QTest::newRow("html without content type")
        << 404 << QByteArray("<html><body>nope</body></html>") << QByteArray() << u"an HTML page"_s
        << u"nope"_s;
    QTest::newRow("empty body") << 500 << QByteArray() << QByteArray() << u"an empty body"_s
                                << u"\u201c"_s;
    QTest::newRow("plain text, first line only")
        << 500 << QByteArray("Internal Server Error\nTraceback (most recent call last): ...")
        << QByteArray("text/plain") << u"the text “Internal Server Error”"_s << u"Traceback"_s;
    QTest::newRow("long text is shortened")
        << 500 << QByteArray(5000, 'a') << QByteArray("text/plain") << u"aaaa"_s
        << QString(200, u'a');
    QTest::newRow("binary") << 500 << QByteArray("\xff\xfe\x00\x01\x80garbage", 12)
                            << QByteArray("application/octet-stream") << u"binary data"_s
                            << u"garbage"_s;
    QTest::newRow("other JSON") << 500 << QByteArray(R"({"error": "x"})") << QByteArray()
                                << u"not Rasa's error format"_s << u"\"error\""_s;
}

void TestApiError::describesNonRasaBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, summary);
    QFETCH(QString, mustNotSay);

    ApiError error = ApiError::fromHttp(u"GET /version"_s, status, body, contentType);
    QVERIFY(!error.hasRasaBody);
    QVERIFY2(error.bodySummary.contains(summary), qPrintable(error.bodySummary));
    QVERIFY(error.bodySummary.size() <= 160);
    const QString text = error.userMessage();
    QVERIFY2(text.contains(error.bodySummary), qPrintable(text));
    QVERIFY2(!text.contains(mustNotSay), qPrintable(text));
    QVERIFY2(text.contains(u"GET /version"_s), qPrintable(text));
    if (status >= 500)
        QVERIFY2(text.contains(u"proxy"_s), qPrintable(text));
}

void TestApiError::retryableKinds_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("refused") << ApiError::Kind::ConnectionRefused << true;
    QTest::newRow("transport") << ApiError::Kind::Transport << true;
    QTest::newRow("timeout") << ApiError::Kind::Timeout << true;
    QTest::newRow("host not found") << ApiError::Kind::HostNotFound << false;
    QTest::newRow("cancelled") << ApiError::Kind::Cancelled << false;
    QTest::newRow("malformed") << ApiError::Kind::MalformedBody << false;
    QTest::newRow("shape") << ApiError::Kind::UnexpectedShape << false;
    QTest::newRow("too large") << ApiError::Kind::TooLarge << false;
    QTest::newRow("invalid request") << ApiError::Kind::InvalidRequest << false;
    QTest::newRow("none") << ApiError::Kind::None << false;
}

void TestApiError::retryableKinds()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, retryable);
    const ApiError error(kind, u"GET /status"_s, u"detail"_s);
    QCOMPARE(error.isRetryable(), retryable);
    QCOMPARE(error.isError(), kind != ApiError::Kind::None);
    QCOMPARE(error.userMessage().isEmpty(), kind == ApiError::Kind::None);
    QCOMPARE(error.title().isEmpty(), kind == ApiError::Kind::None);
    QVERIFY(!ApiError::kindName(kind).isEmpty());
}

void TestApiError::recognisesMissingConversation()
{
    const QByteArray body = R"({"version": "3.6.2", "status": "failure", "message":
        "Conversation ID not found.", "reason": "Not found", "details": {}, "help": null,
        "code": 404})";
    ApiError error = ApiError::fromHttp(u"POST /conversations/{id}/predict"_s, 404, body);
    QVERIFY(!error.isConversationNotFound()); // no conversation: not that case
    error.conversationId = u"c-42"_s;
    error.serverMajorVersion = 3;
    QVERIFY(error.isConversationNotFound());
    QVERIFY(!error.isRetryable());
    const QString text = error.userMessage();
    QVERIFY2(text.contains(u"does not exist on a Rasa 3 server"_s), qPrintable(text));
    QVERIFY(text.contains(u"c-42"_s));

    // An unknown route is a 404 too, but not a missing conversation.
    ApiError route = ApiError::fromHttp(u"POST /conversations/{id}/predict"_s, 404,
                                        "<html><title>404 Not Found</title></html>", "text/html");
    route.conversationId = u"c-42"_s;
    QVERIFY(!route.isConversationNotFound());
    QVERIFY2(route.userMessage().contains(u"--enable-api"_s), qPrintable(route.userMessage()));
}

void TestApiError::explainsAuthenticationFailures()
{
    const QByteArray body = rasaBody(401, "NotAuthenticated", "User is not authenticated.");
    ApiError withToken = ApiError::fromHttp(u"GET /status"_s, 401, body);
    withToken.authConfigured = true;
    QVERIFY2(withToken.userMessage().startsWith(
                 u"The Rasa server refused the token (401 NotAuthenticated): User is not "
                 "authenticated."_s),
             qPrintable(withToken.userMessage()));
    ApiError withoutToken = ApiError::fromHttp(u"GET /status"_s, 401, body);
    QVERIFY2(withoutToken.userMessage().contains(u"requires authentication"_s),
             qPrintable(withoutToken.userMessage()));
}

void TestApiError::explainsTransportFailures_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("refused") << ApiError::Kind::ConnectionRefused
                             << u"Could not connect to http://127.0.0.1:5005: nothing is "
                                "listening there. Is `rasa run --enable-api` running"_s;
    QTest::newRow("host") << ApiError::Kind::HostNotFound
                          << u"The host of http://127.0.0.1:5005 was not found"_s;
    QTest::newRow("timeout") << ApiError::Kind::Timeout
                             << u"http://127.0.0.1:5005 did not answer GET /status within 2.5 "
                                "seconds"_s;
    QTest::newRow("too large") << ApiError::Kind::TooLarge << u"larger than 64 MB"_s;
    QTest::newRow("malformed") << ApiError::Kind::MalformedBody << u"is not valid JSON (oops)"_s;
    QTest::newRow("shape") << ApiError::Kind::UnexpectedShape
                           << u"is not what a Rasa server sends: oops"_s;
    QTest::newRow("transport") << ApiError::Kind::Transport << u"failed during GET /status: oops"_s;
    QTest::newRow("cancelled") << ApiError::Kind::Cancelled << u"GET /status was cancelled."_s;
}

void TestApiError::explainsTransportFailures()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, expected);
    ApiError error(kind, u"GET /status"_s, u"oops"_s);
    error.serverUrl = u"http://127.0.0.1:5005"_s;
    error.timeoutSeconds = 2.5;
    error.sizeLimit = 64 * 1024 * 1024;
    QVERIFY2(error.userMessage().contains(expected), qPrintable(error.userMessage()));
}

void TestApiError::convertsToError()
{
    ApiError error(ApiError::Kind::ConnectionRefused, u"GET /version"_s);
    error.serverUrl = u"http://localhost:5005"_s;
    const Error plain = error.toError();
    QCOMPARE(plain.where, u"GET /version"_s);
    QCOMPARE(plain.message, error.userMessage());
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
