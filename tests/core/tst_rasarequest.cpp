#include "rasa/requests.h"
#include "testsupport/rawhttpserver.h"
#include "testsupport/reservedport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Coach;
using namespace Coach::TestSupport;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// The base-class contract, driven through forceResult()/forceFailure()
// without a socket: signal order, cancel, body errors, helpers, paths.
class TestRasaRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successEmitsFinishedThenSucceeded();
    void failureEmitsFinishedThenFailed();
    void cancelEmitsOnlyFinished();
    void finishedRequestIgnoresFurtherResults();
    void bodyErrors_data();
    void bodyErrors();
    void httpStatusesOutside2xxFail_data();
    void httpStatusesOutside2xxFail();
    void forcedFailures_data();
    void forcedFailures();
    void percentEncodesConversationIds_data();
    void percentEncodesConversationIds();
    void endpointsBuildTheirRequests();
    void thenCallsTheTypedHandler();
    void thenSkipsCancelledRequestsAndDeadContexts();
    void onResultRunsForEveryOutcome();

    // Over real sockets: how the base class maps what the wire does.
    void stopsReadingAtTheSizeCap();
    void refusesAnnouncedHugeBodies();
    void httpErrorsOverTheWire_data();
    void httpErrorsOverTheWire();
    void brokenAnswers_data();
    void brokenAnswers();
    void connectionRefusedOnClosedPort();
    void hostNotFound();
    void timesOutOnASilentServer();
    void timesOutOnADrippingBody();
    void retriesOnlyIdempotentRequests_data();
    void retriesOnlyIdempotentRequests();
    void retryRecoversAndWaitsBetweenAttempts();
};

namespace {

//! Records the order of a request's signals.
struct SignalLog
{
    QStringList order;
    ApiError error;

    explicit SignalLog(RasaRequest *request, QObject *context)
    {
        QObject::connect(request, &RasaRequest::finished, context, [this, request] {
            order << u"finished"_s;
            // Results are readable from finished() on.
            QVERIFY(request->isFinished());
        });
        QObject::connect(request, &RasaRequest::succeeded, context,
                         [this] { order << u"succeeded"_s; });
        QObject::connect(request, &RasaRequest::failed, context, [this](const ApiError &e) {
            order << u"failed"_s;
            error = e;
        });
    }
};

const QByteArray VersionBody = R"({"version": "3.6.2", "minimum_compatible_version": "3.5.0"})";

} // namespace

void TestRasaRequest::successEmitsFinishedThenSucceeded()
{
    QPointer<VersionRequest> request = new VersionRequest;
    SignalLog log(request, this);
    request->forceResult(200, VersionBody);
    QCOMPARE(log.order, (QStringList{u"finished"_s, u"succeeded"_s}));
    QCOMPARE(request->state(), RasaRequest::State::Succeeded);
    QVERIFY(request->isSucceeded());
    QCOMPARE(request->version(), u"3.6.2"_s);
    QCOMPARE(request->httpStatus(), 200);
    QCOMPARE(request->attemptCount(), 1);
    QVERIFY(!request->error().isError());
    QTRY_VERIFY(request.isNull()); // deleteLater()
}

void TestRasaRequest::failureEmitsFinishedThenFailed()
{
    QPointer<StatusRequest> request = new StatusRequest;
    SignalLog log(request, this);
    request->forceResult(409, R"({"status": "failure", "reason": "Conflict", "message":
        "No agent loaded. To continue processing, a model of a trained agent needs to be
        loaded.", "code": 409})");
    QCOMPARE(log.order, (QStringList{u"finished"_s, u"failed"_s}));
    QCOMPARE(request->state(), RasaRequest::State::Failed);
    QCOMPARE(log.error.kind, ApiError::Kind::Http);
    QCOMPARE(log.error.httpStatus, 409);
    QCOMPARE(log.error.reason, u"Conflict"_s);
    QCOMPARE(log.error.endpoint, u"GET /status"_s);
    QVERIFY(log.error.isNoModelLoaded());
    QCOMPARE(request->error().httpStatus, 409);
    QTRY_VERIFY(request.isNull());
}

void TestRasaRequest::cancelEmitsOnlyFinished()
{
    QPointer<PredictRequest> request = new PredictRequest(u"c1"_s);
    SignalLog log(request, this);
    request->cancel();
    QCOMPARE(log.order, QStringList{u"finished"_s});
    QCOMPARE(request->state(), RasaRequest::State::Cancelled);
    QCOMPARE(request->error().kind, ApiError::Kind::Cancelled);
    QVERIFY(!request->isSucceeded());
    QTRY_VERIFY(request.isNull());
}

void TestRasaRequest::finishedRequestIgnoresFurtherResults()
{
    auto *request = new VersionRequest;
    SignalLog log(request, this);
    request->cancel();
    request->forceResult(200, VersionBody);
    request->forceFailure(ApiError::Kind::Timeout);
    request->cancel();
    QCOMPARE(log.order, QStringList{u"finished"_s});
    QCOMPARE(request->state(), RasaRequest::State::Cancelled);
}

void TestRasaRequest::bodyErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("detail");

    QTest::newRow("empty") << QByteArray() << ApiError::Kind::MalformedBody << u"empty"_s;
    QTest::newRow("whitespace") << QByteArray(" \r\n") << ApiError::Kind::MalformedBody
                                << u"empty"_s;
    QTest::newRow("truncated") << QByteArray(R"({"version": "3.6)") << ApiError::Kind::MalformedBody
                               << u"at byte"_s;
    QTest::newRow("html") << QByteArray("<html><body>Welcome to the portal</body></html>")
                          << ApiError::Kind::MalformedBody << u"illegal value"_s;
    QTest::newRow("invalid utf-8") << QByteArray("{\"version\": \"3.\xff\xfe\"}")
                                   << ApiError::Kind::MalformedBody << u"at byte"_s;
    QTest::newRow("array") << QByteArray("[1, 2]") << ApiError::Kind::UnexpectedShape
                           << u"\"version\""_s;
    QTest::newRow("other object") << QByteArray(R"({"Version": "3.6.2"})")
                                  << ApiError::Kind::UnexpectedShape << u"\"version\""_s;
    QTest::newRow("number as version")
        << QByteArray(R"({"version": 3})") << ApiError::Kind::UnexpectedShape << u"\"version\""_s;
}

void TestRasaRequest::bodyErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, detail);
    auto *request = new VersionRequest;
    SignalLog log(request, this);
    request->forceResult(200, body);
    QCOMPARE(log.order, (QStringList{u"finished"_s, u"failed"_s}));
    QCOMPARE(log.error.kind, kind);
    QCOMPARE(log.error.httpStatus, 0);
    QVERIFY2(log.error.detail.contains(detail), qPrintable(log.error.detail));
    QVERIFY2(log.error.userMessage().contains(u"GET /version"_s),
             qPrintable(log.error.userMessage()));
}

void TestRasaRequest::httpStatusesOutside2xxFail_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("100") << 100;
    QTest::newRow("302") << 302;
    QTest::newRow("304") << 304;
    QTest::newRow("400") << 400;
    QTest::newRow("599") << 599;
}

void TestRasaRequest::httpStatusesOutside2xxFail()
{
    QFETCH(int, status);
    auto *request = new VersionRequest;
    SignalLog log(request, this);
    // Even a body that would parse does not make a non-2xx answer a success.
    request->forceResult(status, VersionBody);
    QCOMPARE(log.order, (QStringList{u"finished"_s, u"failed"_s}));
    QCOMPARE(log.error.kind, ApiError::Kind::Http);
    QCOMPARE(log.error.httpStatus, status);
}

void TestRasaRequest::forcedFailures_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("refused") << ApiError::Kind::ConnectionRefused;
    QTest::newRow("host") << ApiError::Kind::HostNotFound;
    QTest::newRow("timeout") << ApiError::Kind::Timeout;
    QTest::newRow("transport") << ApiError::Kind::Transport;
    QTest::newRow("too large") << ApiError::Kind::TooLarge;
}

void TestRasaRequest::forcedFailures()
{
    QFETCH(ApiError::Kind, kind);
    auto *request = new TrackerRequest(u"c1"_s);
    SignalLog log(request, this);
    request->forceFailure(kind, u"detail text"_s);
    QCOMPARE(log.order, (QStringList{u"finished"_s, u"failed"_s}));
    QCOMPARE(log.error.kind, kind);
    QCOMPARE(log.error.conversationId, u"c1"_s);
    QCOMPARE(log.error.endpoint, u"GET /conversations/{id}/tracker"_s);
}

void TestRasaRequest::percentEncodesConversationIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("path");
    QTest::newRow("plain") << u"c1_A-z"_s << u"/conversations/c1_A-z/tracker"_s;
    QTest::newRow("space and slash") << u"a b/c"_s << u"/conversations/a%20b%2Fc/tracker"_s;
    QTest::newRow("query and fragment") << u"?x=1#y"_s << u"/conversations/%3Fx%3D1%23y/tracker"_s;
    QTest::newRow("non-ascii") << u"Zoë"_s << u"/conversations/Zo%C3%AB/tracker"_s;
    QTest::newRow("percent") << u"100%"_s << u"/conversations/100%25/tracker"_s;
}

void TestRasaRequest::percentEncodesConversationIds()
{
    QFETCH(QString, id);
    QFETCH(QString, path);
    TrackerRequest request(id);
    QCOMPARE(request.path(), path);
    QCOMPARE(request.conversationId(), id);
    QCOMPARE(request.endpoint(), u"GET /conversations/{id}/tracker"_s);
}

void TestRasaRequest::endpointsBuildTheirRequests()
{
    const auto body = [](const RasaRequest &r) { return QJsonDocument::fromJson(r.body()); };
    const auto query = [](const RasaRequest &r) { return r.query().toString(QUrl::FullyDecoded); };

    TrackerRequest tracker(u"c1"_s, EventVerbosity::Applied, 1700000000.5);
    QCOMPARE(query(tracker), u"include_events=APPLIED&until=1700000000.500000"_s);
    QVERIFY(tracker.acceptsJsonOnly());
    QVERIFY(!tracker.hasBody());
    QVERIFY(tracker.isIdempotent());

    DomainRequest domain;
    QCOMPARE(domain.endpoint(), u"GET /domain"_s);
    QVERIFY(domain.acceptsJsonOnly());

    SendMessageRequest message(u"c1"_s, u"hello"_s);
    QCOMPARE(message.endpoint(), u"POST /conversations/{id}/messages"_s);
    QCOMPARE(query(message), u"include_events=AFTER_RESTART"_s);
    QCOMPARE(body(message).object(),
             QJsonDocument::fromJson(R"({"sender": "user", "text": "hello", "parse_data": null})")
                 .object());
    QVERIFY(!message.isIdempotent());
    QVERIFY(!message.acceptsJsonOnly());

    ParseData parse;
    parse.setIntent(u"greet"_s, 1.0);
    SendMessageRequest parsed(u"c1"_s, u"/greet"_s, parse, EventVerbosity::All);
    QCOMPARE(body(parsed).object().value("parse_data"_L1).toObject(), parse.toJson());
    QCOMPARE(query(parsed), u"include_events=ALL"_s);

    PredictRequest predict(u"c1"_s);
    QCOMPARE(predict.endpoint(), u"POST /conversations/{id}/predict"_s);
    QVERIFY(!predict.hasBody());
    QVERIFY(predict.query().isEmpty());

    const Event action = Event::action(u"utter_greet"_s, u"policy_2_TEDPolicy"_s, 0.93, 1.5);
    ExecuteRequest execute(u"c1"_s, action);
    QCOMPARE(execute.endpoint(), u"POST /conversations/{id}/execute"_s);
    QCOMPARE(body(execute).object(), action.toJson());
    QCOMPARE(execute.actionName(), u"utter_greet"_s);

    AppendEventsRequest one(u"c1"_s, Event::undo(2.0));
    QCOMPARE(one.endpoint(), u"POST /conversations/{id}/tracker/events"_s);
    QVERIFY(body(one).isObject());
    QCOMPARE(body(one).object().value("event"_L1).toString(), u"undo"_s);
    QCOMPARE(query(one), u"include_events=AFTER_RESTART"_s);

    AppendEventsRequest many(u"c1"_s, EventList{Event::rewind(), Event::actionListen()},
                             EventVerbosity::None, true);
    QVERIFY(body(many).isArray());
    QCOMPARE(body(many).array().size(), 2);
    QCOMPARE(query(many), u"include_events=NONE&execute_side_effects=true"_s);
}

void TestRasaRequest::thenCallsTheTypedHandler()
{
    QString version;
    ApiError failure;
    auto *ok = Coach::then(
        new VersionRequest, this, [&](const VersionRequest &r) { version = r.version(); },
        [&](const ApiError &e) { failure = e; });
    ok->forceResult(200, VersionBody);
    QCOMPARE(version, u"3.6.2"_s);
    QVERIFY(!failure.isError());

    version.clear();
    auto *bad = Coach::then(
        new VersionRequest, this, [&](const VersionRequest &r) { version = r.version(); },
        [&](const ApiError &e) { failure = e; });
    bad->forceResult(500, "oops", "text/plain");
    QVERIFY(version.isEmpty());
    QCOMPARE(failure.kind, ApiError::Kind::Http);
    QCOMPARE(failure.httpStatus, 500);
}

void TestRasaRequest::thenSkipsCancelledRequestsAndDeadContexts()
{
    int calls = 0;
    auto *cancelled = Coach::then(
        new VersionRequest, this, [&](const VersionRequest &) { ++calls; },
        [&](const ApiError &) { ++calls; });
    cancelled->cancel();
    QCOMPARE(calls, 0);

    auto *context = new QObject;
    auto *orphan = Coach::then(
        new VersionRequest, context, [&](const VersionRequest &) { ++calls; },
        [&](const ApiError &) { ++calls; });
    delete context;
    orphan->forceResult(200, VersionBody);
    QCOMPARE(calls, 0);
}

void TestRasaRequest::onResultRunsForEveryOutcome()
{
    QStringList outcomes;
    const auto record = [&outcomes](const RasaRequest &r) {
        outcomes << (r.isSucceeded() ? u"ok"_s : ApiError::kindName(r.error().kind));
    };
    auto *ok = new VersionRequest;
    ok->onResult(this, record);
    ok->forceResult(200, VersionBody);
    auto *bad = new VersionRequest;
    bad->onResult(this, record);
    bad->forceResult(200, "nope", "text/plain");
    auto *cancelled = new VersionRequest;
    cancelled->onResult(this, record);
    cancelled->cancel();
    QCOMPARE(outcomes, (QStringList{u"ok"_s, u"MalformedBody"_s, u"Cancelled"_s}));
}

namespace {

//! A client talking to a RawHttpServer, and what a request ended with.
struct Wire
{
    RawHttpServer server;
    RasaClient client;

    struct Outcome
    {
        bool finished = false;
        bool succeeded = false;
        int attempts = 0;
        ApiError error;
    };

    Wire()
    {
        server.listen();
        client.setBaseUrl(server.url());
        client.setRetryPolicy(RetryPolicy{{5ms, 5ms}});
    }

    static Outcome run(RasaRequest *request, int timeoutMs = 20000)
    {
        Outcome outcome;
        QObject context;
        QObject::connect(request, &RasaRequest::finished, &context, [&, request] {
            outcome.finished = true;
            outcome.succeeded = request->isSucceeded();
            outcome.attempts = request->attemptCount();
            outcome.error = request->error();
        });
        if (!QTest::qWaitFor([&] { return outcome.finished; }, timeoutMs))
            outcome.error = ApiError(ApiError::Kind::None, u"(never finished)"_s);
        return outcome;
    }
};

QByteArray trackerBody()
{
    return R"({"sender_id": "c1", "slots": {}, "latest_message": null, "events": [
        {"event": "action", "timestamp": 1.0, "name": "action_listen"}], "paused": false,
        "followup_action": null, "active_loop": {}, "latest_action_name": "action_listen"})";
}

qint64 memoryKb(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

void TestRasaRequest::stopsReadingAtTheSizeCap()
{
    // First test over the wire, so that the process's peak memory is still
    // that of the earlier, socket-free tests.
    Wire wire;
    constexpr qint64 Cap = 8 * 1024 * 1024;
    constexpr qint64 Huge = 100 * 1024 * 1024;
    wire.client.setMaxResponseSize(Cap);
    wire.server.setHandler([](const RawHttpServer::Request &) {
        RawHttpServer::Response response;
        response.sendContentLength = false; // streamed until the connection closes
        response.generatedBodySize = Huge;
        return response;
    });
    const qint64 before = memoryKb("VmRSS");
    const Wire::Outcome outcome = Wire::run(wire.client.domain());
    const qint64 peak = memoryKb("VmHWM");
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind, ApiError::Kind::TooLarge);
    QCOMPARE(outcome.error.sizeLimit, Cap);
    QVERIFY2(outcome.error.userMessage().contains(u"larger than 8 MB"_s),
             qPrintable(outcome.error.userMessage()));
    QCOMPARE(outcome.attempts, 1); // too large is not worth another try
    QTRY_COMPARE(wire.server.abortedByClient(), 1);
    QVERIFY2(wire.server.bodyBytesSent() < 2 * Cap,
             qPrintable(QString::number(wire.server.bodyBytesSent())));
    qInfo("peak memory grew by %lld KB while a 100 MB body was refused at 8 MB", peak - before);
#if defined(__SANITIZE_ADDRESS__)
    const qint64 allowedKb = 128 * 1024; // AddressSanitizer keeps freed memory in quarantine
#else
    const qint64 allowedKb = 48 * 1024;
#endif
    if (before > 0 && peak > 0)
        QVERIFY2(peak - before < allowedKb, qPrintable(QString::number(peak - before)));
}

void TestRasaRequest::refusesAnnouncedHugeBodies()
{
    Wire wire; // default cap: 64 MB
    wire.server.setHandler([](const RawHttpServer::Request &) {
        RawHttpServer::Response response;
        response.generatedBodySize = 100 * 1024 * 1024; // with Content-Length
        return response;
    });
    const Wire::Outcome outcome = Wire::run(wire.client.tracker(u"c1"_s));
    QCOMPARE(outcome.error.kind, ApiError::Kind::TooLarge);
    QCOMPARE(outcome.error.sizeLimit, RasaClient::DefaultMaxResponseSize);
    QTRY_COMPARE(wire.server.abortedByClient(), 1);
    // The announced length alone stops the transfer.
    QVERIFY2(wire.server.bodyBytesSent() < 16 * 1024 * 1024,
             qPrintable(QString::number(wire.server.bodyBytesSent())));
}

void TestRasaRequest::httpErrorsOverTheWire_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("attempts"); // a GET with two retries allowed

    const auto rasa = [](int code, const char *reason, const char *message) -> QByteArray {
        return QByteArray(R"({"version": "2.8.14", "status": "failure", "message": ")") + message
            + R"(", "reason": ")" + reason + R"(", "details": {}, "help": null, "code": )"
            + QByteArray::number(code) + '}';
    };
    QTest::newRow("400") << 400 << rasa(400, "BadRequest", "Invalid parameter")
                         << QByteArray("application/json") << u"BadRequest"_s << 1;
    QTest::newRow("401") << 401 << rasa(401, "NotAuthenticated", "User is not authenticated.")
                         << QByteArray("application/json") << u"NotAuthenticated"_s << 1;
    QTest::newRow("403") << 403 << rasa(403, "NotAuthorized", "Insufficient permissions.")
                         << QByteArray("application/json") << u"NotAuthorized"_s << 1;
    QTest::newRow("404") << 404 << rasa(404, "NotFound", "Not found.")
                         << QByteArray("application/json") << u"NotFound"_s << 1;
    QTest::newRow("409") << 409 << rasa(409, "Conflict", "No agent loaded.")
                         << QByteArray("application/json") << u"Conflict"_s << 1;
    QTest::newRow("500") << 500 << rasa(500, "ConversationError", "Unknown event name 'x'")
                         << QByteArray("application/json") << u"ConversationError"_s << 3;
    QTest::newRow("502 html") << 502
                              << QByteArray("<html><head><title>502 Bad Gateway</title></head>"
                                            "<body>nginx</body></html>")
                              << QByteArray("text/html") << QString() << 3;
    QTest::newRow("404 from Sanic") << 404 << QByteArray("Requested URL /x not found")
                                    << QByteArray("text/plain") << QString() << 1;
}

void TestRasaRequest::httpErrorsOverTheWire()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, reason);
    QFETCH(int, attempts);
    Wire wire;
    wire.server.setHandler([&](const RawHttpServer::Request &) {
        return RawHttpServer::Response::text(status, contentType, body);
    });
    const Wire::Outcome outcome = Wire::run(wire.client.status());
    QCOMPARE(outcome.error.kind, ApiError::Kind::Http);
    QCOMPARE(outcome.error.httpStatus, status);
    QCOMPARE(outcome.error.reason, reason);
    QCOMPARE(outcome.error.hasRasaBody, !reason.isEmpty());
    QCOMPARE(outcome.attempts, attempts);
    QCOMPARE(wire.server.requestCount(), attempts);
    QVERIFY(outcome.error.serverUrl.startsWith(u"http://127.0.0.1:"_s));
    QVERIFY(!outcome.error.userMessage().contains(u"nginx"_s));
}

void TestRasaRequest::brokenAnswers_data()
{
    QTest::addColumn<RawHttpServer::Response>("response");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("detail");
    const QByteArray tracker = trackerBody();

    RawHttpServer::Response shortLength = RawHttpServer::Response::json(tracker);
    shortLength.contentLength = 12; // the client reads 12 bytes of JSON
    QTest::newRow("Content-Length too small")
        << shortLength << ApiError::Kind::MalformedBody << u"at byte"_s;
    RawHttpServer::Response longLength = RawHttpServer::Response::json(tracker);
    longLength.contentLength = tracker.size() + 100; // then the server hangs up
    QTest::newRow("Content-Length too large")
        << longLength << ApiError::Kind::MalformedBody << u"connection closed"_s;
    QTest::newRow("empty 200") << RawHttpServer::Response::json({}) << ApiError::Kind::MalformedBody
                               << u"empty"_s;
    QTest::newRow("html 200") << RawHttpServer::Response::text(200, "text/html",
                                                               "<html><body>Log in</body></html>")
                              << ApiError::Kind::MalformedBody << u"illegal value"_s;
    QTest::newRow("not utf-8") << RawHttpServer::Response::json("{\"sender_id\": \"\xc3\x28\"}")
                               << ApiError::Kind::MalformedBody << u"at byte"_s;
    QTest::newRow("json, wrong shape") << RawHttpServer::Response::json(R"({"events": []})")
                                       << ApiError::Kind::UnexpectedShape << u"sender_id"_s;
    RawHttpServer::Response dropped;
    dropped.dropConnection = true;
    QTest::newRow("dropped connection") << dropped << ApiError::Kind::Transport << QString();
    RawHttpServer::Response garbage;
    garbage.raw = "SSH-2.0-OpenSSH_9.2\r\n";
    QTest::newRow("not http") << garbage << ApiError::Kind::Transport << QString();
}

void TestRasaRequest::brokenAnswers()
{
    QFETCH(RawHttpServer::Response, response);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, detail);
    Wire wire;
    wire.client.setRetryPolicy(RetryPolicy::none());
    wire.server.setHandler([&](const RawHttpServer::Request &) { return response; });
    // POST: Qt's HTTP stack resends a GET whose connection closed before
    // any answer byte several times with its own back-off (seconds).
    const Wire::Outcome outcome = Wire::run(wire.client.sendMessage(u"c1"_s, u"hi"_s));
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind, kind);
    QVERIFY2(outcome.error.detail.contains(detail), qPrintable(outcome.error.detail));
    QVERIFY(!outcome.error.userMessage().isEmpty());
}

void TestRasaRequest::connectionRefusedOnClosedPort()
{
    ReservedPort port; // bound, never listening: refuses every connection
    QVERIFY(port.isValid());
    RasaClient client(port.url());
    client.setRetryPolicy(RetryPolicy{{5ms, 5ms}});
    const Wire::Outcome get = Wire::run(client.version());
    QCOMPARE(get.error.kind, ApiError::Kind::ConnectionRefused);
    QCOMPARE(get.attempts, 3); // retried: the server may be starting
    QVERIFY2(get.error.userMessage().contains(u"rasa run --enable-api"_s),
             qPrintable(get.error.userMessage()));
    const Wire::Outcome post = Wire::run(client.predict(u"c1"_s));
    QCOMPARE(post.error.kind, ApiError::Kind::ConnectionRefused);
    QCOMPARE(post.attempts, 1);
}

void TestRasaRequest::hostNotFound()
{
    RasaClient client(QUrl(u"http://no-such-host.invalid:5005"_s));
    const Wire::Outcome outcome = Wire::run(client.version());
    QCOMPARE(outcome.error.kind, ApiError::Kind::HostNotFound);
    QCOMPARE(outcome.attempts, 1);
    QVERIFY(outcome.error.userMessage().contains(u"no-such-host.invalid"_s));
}

void TestRasaRequest::timesOutOnASilentServer()
{
    Wire wire;
    wire.client.setTimeout(200ms);
    wire.server.setHandler([](const RawHttpServer::Request &) {
        RawHttpServer::Response response = RawHttpServer::Response::json("{}");
        response.delayMs = 5000;
        return response;
    });
    QElapsedTimer clock;
    clock.start();
    const Wire::Outcome outcome = Wire::run(wire.client.predict(u"c1"_s));
    QCOMPARE(outcome.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(outcome.attempts, 1);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(outcome.error.timeoutSeconds, 0.2);
    QVERIFY2(outcome.error.userMessage().contains(u"within 0.2 seconds"_s),
             qPrintable(outcome.error.userMessage()));
    QTRY_COMPARE(wire.server.abortedByClient(), 1);
}

void TestRasaRequest::timesOutOnADrippingBody()
{
    // Bytes keep arriving, but the whole answer takes too long: the limit is
    // on the request, not on silence.
    Wire wire;
    wire.client.setRetryPolicy(RetryPolicy::none());
    auto *request = wire.client.version();
    request->setTimeout(300ms);
    wire.server.setHandler([](const RawHttpServer::Request &) {
        RawHttpServer::Response response =
            RawHttpServer::Response::json(QByteArray(400, ' ') + "{}");
        response.dripChunk = 1;
        response.dripIntervalMs = 20;
        return response;
    });
    const Wire::Outcome outcome = Wire::run(request);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(outcome.error.timeoutSeconds, 0.3);
}

void TestRasaRequest::retriesOnlyIdempotentRequests_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("arrivals");
    QTest::newRow("GET 503") << u"status"_s << 503 << 3;
    QTest::newRow("GET 500") << u"tracker"_s << 500 << 3;
    QTest::newRow("GET 400") << u"status"_s << 400 << 1;
    QTest::newRow("GET 409") << u"domain"_s << 409 << 1;
    QTest::newRow("POST 503") << u"predict"_s << 503 << 1;
    QTest::newRow("POST 500") << u"message"_s << 500 << 1;
    QTest::newRow("PUT 503") << u"model"_s << 503 << 1;
}

void TestRasaRequest::retriesOnlyIdempotentRequests()
{
    QFETCH(QString, call);
    QFETCH(int, status);
    QFETCH(int, arrivals);
    Wire wire;
    wire.server.setHandler([&](const RawHttpServer::Request &) {
        return RawHttpServer::Response::json(R"({"message": "nope", "reason": "X"})", status);
    });
    RasaRequest *request = nullptr;
    if (call == "status"_L1)
        request = wire.client.status();
    else if (call == "tracker"_L1)
        request = wire.client.tracker(u"c1"_s);
    else if (call == "domain"_L1)
        request = wire.client.domain();
    else if (call == "predict"_L1)
        request = wire.client.predict(u"c1"_s);
    else if (call == "message"_L1)
        request = wire.client.sendMessage(u"c1"_s, u"hi"_s);
    else
        request = wire.client.send(new LoadModelRequest(u"models/next.tar.gz"_s));
    const QPointer<RasaRequest> guard(request);
    const Wire::Outcome outcome = Wire::run(request);
    QCOMPARE(outcome.error.httpStatus, status);
    QCOMPARE(outcome.attempts, arrivals);
    // Once the request is gone and the client idle, no retry can follow.
    QTRY_VERIFY(guard.isNull() && wire.client.activeRequestCount() == 0);
    QCOMPARE(wire.server.requestCount(), arrivals);
}

void TestRasaRequest::retryRecoversAndWaitsBetweenAttempts()
{
    Wire wire;
    wire.client.setRetryPolicy(RetryPolicy{{150ms, 250ms}});
    wire.server.setHandler([&wire](const RawHttpServer::Request &) {
        if (wire.server.requestCount() == 1)
            return RawHttpServer::Response::json(R"({"message": "x", "reason": "LoadingError"})",
                                                 500);
        if (wire.server.requestCount() == 2)
            return RawHttpServer::Response::text(503, "text/html", "<html>starting</html>");
        return RawHttpServer::Response::json(R"({"version": "3.6.2"})");
    });
    QElapsedTimer clock;
    clock.start();
    QString version;
    auto *request = Coach::then(
        wire.client.version(), this, [&](const VersionRequest &r) { version = r.version(); },
        [](const ApiError &) {});
    const Wire::Outcome outcome = Wire::run(request);
    QVERIFY(outcome.succeeded);
    QCOMPARE(outcome.attempts, 3);
    QCOMPARE(version, u"3.6.2"_s);
    QVERIFY2(clock.elapsed() >= 400, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestRasaRequest)
#include "tst_rasarequest.moc"
