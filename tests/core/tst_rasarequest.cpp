#include "rasa/requests.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

// The base-class contract, driven through forceResult()/forceFailure()
// without a socket: signal order, cancel, body errors, helpers, paths.
class TestRasaRequest : public QObject
{
    Q_OBJECT

private slots:
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
};

namespace {

//! Records the order of a request's signals.
struct SignalLog
{
    QStringList order;
    ApiError error;

    explicit SignalLog(RasaRequest *request, QObject *context)
    {
        QObject::connect(request, &RasaRequest::finished, context,
                         [this, request] {
                             order << u"finished"_s;
                             // Results are readable from finished() on.
                             QVERIFY(request->isFinished());
                         });
        QObject::connect(request, &RasaRequest::succeeded, context,
                         [this] { order << u"succeeded"_s; });
        QObject::connect(request, &RasaRequest::failed, context,
                         [this](const ApiError &e) {
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
    QTest::newRow("truncated") << QByteArray(R"({"version": "3.6)")
                               << ApiError::Kind::MalformedBody << u"at byte"_s;
    QTest::newRow("html") << QByteArray("<html><body>Welcome to the portal</body></html>")
                          << ApiError::Kind::MalformedBody << u"illegal value"_s;
    QTest::newRow("invalid utf-8") << QByteArray("{\"version\": \"3.\xff\xfe\"}")
                                   << ApiError::Kind::MalformedBody << u"at byte"_s;
    QTest::newRow("array") << QByteArray("[1, 2]") << ApiError::Kind::UnexpectedShape
                           << u"\"version\""_s;
    QTest::newRow("other object") << QByteArray(R"({"Version": "3.6.2"})")
                                  << ApiError::Kind::UnexpectedShape << u"\"version\""_s;
    QTest::newRow("number as version") << QByteArray(R"({"version": 3})")
                                       << ApiError::Kind::UnexpectedShape << u"\"version\""_s;
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
    QTest::newRow("query and fragment") << u"?x=1#y"_s
                                        << u"/conversations/%3Fx%3D1%23y/tracker"_s;
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

    ReplaceEventsRequest replace(u"c1"_s, EventList{Event::restart()});
    QCOMPARE(replace.method(), RasaRequest::Method::Put);
    QCOMPARE(replace.endpoint(), u"PUT /conversations/{id}/tracker/events"_s);
    QVERIFY(body(replace).isArray());

    ReplaceEventsRequest empty(u"c1"_s, EventList{});
    QCOMPARE(empty.body(), QByteArray("[]"));

    HealthRequest health;
    QCOMPARE(health.endpoint(), u"GET /"_s);
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

QTEST_GUILESS_MAIN(TestRasaRequest)
#include "tst_rasarequest.moc"
