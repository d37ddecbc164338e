#include "fakerasa/fakerasaserver.h"
#include "rasa/requests.h"
#include "testsupport/rawhttpserver.h"
#include "testsupport/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Coach;
using namespace Coach::FakeRasa;
using namespace Coach::TestSupport;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// RasaClient over real sockets: against RawHttpServer (127.0.0.1) for what
// goes on the wire byte by byte, credentials and their redaction,
// per-conversation serialisation, busy signals and cancelling; against the
// fake Rasa server for Rasa's semantics (2.x and 3.x behaviour, real auth
// checks, fault injection).
class TestRasaClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void conversationEndpoints();
    void sendsJsonHeadersOnEveryRequest();
    void mergesTheTokenIntoTheQuery();
    void sendsJwtAsBearerHeader();
    void neverLeaksCredentials();
    void redactsEveryFormOfTheToken();
    void honoursABasePathAndEncodesIds();
    void rejectsRequestsItCannotBuild();
    void serialisesRequestsPerConversation();
    void failedRequestDoesNotBlockItsConversation();
    void cancelsRunningAndQueuedRequests();
    void cancelAllStopsEverything();
    void reportsBusyState();
    void explainsMissingConversationOnRasa3();
    void parsesServerAddresses_data();
    void parsesServerAddresses();
    void survivesDeletionWithRequestsInFlight();

    // Against the fake Rasa server.
    void playsATurnLikeInteractiveLearning_data();
    void playsATurnLikeInteractiveLearning();
    void predictOnUnknownConversation();
    void authToken();
    void jwtRoles();
    void noModelLoaded();
    void injectedFaults_data();
    void injectedFaults();

private:
    //! Waits for a request; `onSuccess(request)` runs before it is deleted.
    template <typename R, typename Fn> ApiError finish(R *request, Fn onSuccess);
    template <typename R> ApiError finish(R *request)
    {
        return finish(request, [](const R &) {});
    }

    //! Starts the fake server with the mood bot and points the client at it.
    FakeRasaServer &startFakeRasa(const QString &version = u"3.6.2"_s);

    std::unique_ptr<RawHttpServer> m_server;
    std::unique_ptr<FakeRasaServer> m_fake;
    std::unique_ptr<RasaClient> m_client;
};

namespace {

const QByteArray Version3 = R"({"version": "3.6.2", "minimum_compatible_version": "3.5.0"})";

QByteArray trackerJson(const QString &senderId)
{
    QJsonObject tracker =
        TestSupport::readJson(
            TestSupport::dataPath(u"rasa/data/test_trackers/tracker_moodbot.json"_s))
            .toObject();
    tracker.insert("sender_id"_L1, senderId);
    return QJsonDocument(tracker).toJson(QJsonDocument::Compact);
}

QByteArray rasaError(int code, const QString &reason, const QString &message)
{
    QJsonObject body{
        {"version"_L1, u"3.6.2"_s}, {"status"_L1, u"failure"_s},   {"message"_L1, message},
        {"reason"_L1, reason},      {"details"_L1, QJsonObject()}, {"help"_L1, QJsonValue()},
        {"code"_L1, code}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QStringList g_messages;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(QString::fromLatin1(context.category) + u": "_s + message);
}

} // namespace

template <typename R, typename Fn> ApiError TestRasaClient::finish(R *request, Fn onSuccess)
{
    ApiError error(ApiError::Kind::Cancelled, u"(did not finish)"_s);
    bool done = false;
    QObject context;
    connect(request, &RasaRequest::succeeded, &context, [&] {
        error = ApiError();
        onSuccess(std::as_const(*request));
    });
    connect(request, &RasaRequest::failed, &context, [&](const ApiError &e) { error = e; });
    connect(request, &RasaRequest::finished, &context, [&] {
        done = true;
        if (request->state() == RasaRequest::State::Cancelled)
            error = request->error();
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        return ApiError(ApiError::Kind::Timeout, u"(test waited in vain)"_s);
    return error;
}

void TestRasaClient::init()
{
    m_server = std::make_unique<RawHttpServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<RasaClient>(m_server->url());
    m_client->setRetryPolicy(RetryPolicy{{std::chrono::milliseconds(5)}});
}

void TestRasaClient::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_fake.reset();
}

FakeRasaServer &TestRasaClient::startFakeRasa(const QString &version)
{
    m_fake = std::make_unique<FakeRasaServer>();
    const Status loaded = m_fake->loadBot(TestSupport::dataPath(u"rasa/examples/moodbot"_s));
    if (!loaded)
        qWarning("%s", qPrintable(loaded.error().toString()));
    m_fake->setRasaVersion(version);
    m_fake->listen();
    m_client->setBaseUrl(m_fake->url());
    return *m_fake;
}

void TestRasaClient::conversationEndpoints()
{
    const QByteArray tracker = trackerJson(u"c1"_s);
    m_server->setHandler([&](const RawHttpServer::Request &request) {
        if (request.path().endsWith("/predict")) {
            return RawHttpServer::Response::json(
                R"({"scores": [{"action": "utter_greet", "score": 0.9},
                    {"action": "action_listen", "score": 0.1}],
                    "policy": "policy_2_TEDPolicy", "confidence": 0.9, "tracker": )"
                + tracker + '}');
        }
        if (request.path().endsWith("/execute")) {
            return RawHttpServer::Response::json(
                R"({"messages": [{"recipient_id": "c1", "text": "Hey!"}], "tracker": )" + tracker
                + '}');
        }
        return RawHttpServer::Response::json(tracker);
    });

    QCOMPARE(finish(m_client->tracker(u"c1"_s, EventVerbosity::All, 1517821726.5),
                    [](const TrackerRequest &r) {
                        QCOMPARE(r.tracker().senderId, u"c1"_s);
                        QVERIFY(r.tracker().events.size() > 3);
                        QCOMPARE(r.tracker().latestActionName, u"action_listen"_s);
                    })
                 .kind,
             ApiError::Kind::None);
    QCOMPARE(finish(m_client->sendMessage(u"c1"_s, u"héllo \"you\""_s)).kind, ApiError::Kind::None);
    QStringList actions;
    QCOMPARE(finish(m_client->predict(u"c1"_s),
                    [&](const PredictRequest &r) {
                        for (const ActionScore &score : r.scores())
                            actions << score.action;
                        QCOMPARE(r.policy(), u"policy_2_TEDPolicy"_s);
                        QCOMPARE(r.tracker().senderId, u"c1"_s);
                    })
                 .kind,
             ApiError::Kind::None);
    QCOMPARE(actions, (QStringList{u"utter_greet"_s, u"action_listen"_s}));
    const Event action = Event::action(u"utter_greet"_s, u"policy_2_TEDPolicy"_s, 0.9, 12.5);
    QString botText;
    QCOMPARE(finish(m_client->execute(u"c1"_s, action),
                    [&](const ExecuteRequest &r) { botText = r.messages().value(0).text; })
                 .kind,
             ApiError::Kind::None);
    QCOMPARE(botText, u"Hey!"_s);
    QCOMPARE(finish(m_client->appendEvent(u"c1"_s, Event::undo(3.0))).kind, ApiError::Kind::None);
    QCOMPARE(finish(m_client->appendEvents(u"c1"_s, {Event::rewind(), Event::actionListen()})).kind,
             ApiError::Kind::None);

    const QList<RawHttpServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 6);
    QStringList lines;
    for (const RawHttpServer::Request &request : requests)
        lines << QString::fromLatin1(request.method + ' ' + request.target);
    QCOMPARE(
        lines,
        (QStringList{u"GET /conversations/c1/tracker?include_events=ALL&until=1517821726.500000"_s,
                     u"POST /conversations/c1/messages?include_events=AFTER_RESTART"_s,
                     u"POST /conversations/c1/predict"_s,
                     u"POST /conversations/c1/execute?include_events=AFTER_RESTART"_s,
                     u"POST /conversations/c1/tracker/events?include_events=AFTER_RESTART"_s,
                     u"POST /conversations/c1/tracker/events?include_events=AFTER_RESTART"_s}));
    const auto body = [&](int i) { return QJsonDocument::fromJson(requests.at(i).body); };
    QCOMPARE(body(1).object().value("text"_L1).toString(), u"héllo \"you\""_s);
    QCOMPARE(body(1).object().value("sender"_L1).toString(), u"user"_s);
    QVERIFY(body(1).object().value("parse_data"_L1).isNull());
    QCOMPARE(requests.at(2).body, QByteArray());
    QCOMPARE(body(3).object(), action.toJson());
    QCOMPARE(body(4).object().value("event"_L1).toString(), u"undo"_s);
    QCOMPARE(body(5).array().size(), 2);
}

void TestRasaClient::sendsJsonHeadersOnEveryRequest()
{
    m_server->setHandler([](const RawHttpServer::Request &) {
        return RawHttpServer::Response::json(R"({"version": "3.6.2"})");
    });
    QVERIFY(!finish(m_client->version()).isError());
    finish(m_client->predict(u"c"_s));
    finish(m_client->tracker(u"c"_s));
    finish(m_client->domain());
    const QList<RawHttpServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 4);
    for (const RawHttpServer::Request &request : requests)
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
    // Accept: application/json only where Rasa's client sends it; /domain
    // answers 406 to anything else.
    QVERIFY(requests.at(0).header("accept") != "application/json");
    QVERIFY(requests.at(1).header("accept") != "application/json");
    QCOMPARE(requests.at(2).header("accept"), QByteArray("application/json"));
    QCOMPARE(requests.at(3).header("accept"), QByteArray("application/json"));
    QVERIFY(requests.at(0).header("authorization").isEmpty());
}

void TestRasaClient::mergesTheTokenIntoTheQuery()
{
    const QString token = u"s3cr+t&x=%41 é#/?"_s;
    m_client->setAuthToken(token);
    m_server->setHandler([](const RawHttpServer::Request &) {
        return RawHttpServer::Response::json(trackerJson(u"c1"_s));
    });
    QVERIFY(!finish(m_client->tracker(u"c1"_s, EventVerbosity::Applied)).isError());
    finish(m_client->status()); // the answer's shape does not matter here
    const QList<RawHttpServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    const QUrlQuery query = requests.at(0).query();
    QCOMPARE(query.queryItemValue(u"include_events"_s), u"APPLIED"_s);
    // The server decodes the query like Python's parse_qs: '+' must arrive
    // as %2B, or it would turn into a space.
    QVERIFY(!requests.at(0).target.contains('+'));
    QCOMPARE(query.queryItemValue(u"token"_s, QUrl::FullyDecoded), token);
    QCOMPARE(requests.at(1).query().queryItemValue(u"token"_s, QUrl::FullyDecoded), token);
    QCOMPARE(requests.at(1).query().queryItems().size(), 1);
    QVERIFY(requests.at(0).header("authorization").isEmpty());
}

void TestRasaClient::sendsJwtAsBearerHeader()
{
    const QString jwt = u"eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyIjp7InVzZXJuYW1lIjoiYSJ9fQ.c2lnbmF0dXJl"_s;
    m_client->setJwt(jwt);
    QVERIFY(m_client->hasCredentials());
    m_server->setHandler(
        [](const RawHttpServer::Request &) { return RawHttpServer::Response::json(Version3); });
    QVERIFY(!finish(m_client->version()).isError());
    const RawHttpServer::Request request = m_server->requests().value(0);
    QCOMPARE(request.header("authorization"), "Bearer " + jwt.toLatin1());
    QVERIFY(!request.target.contains("token"));
}

void TestRasaClient::neverLeaksCredentials()
{
    // Every character that encodes differently in different places, between
    // two markers that must never show up anywhere.
    const QString token = u"s3cr+t&x=%41 é#/?Zq9"_s;
    const QString jwt = u"header.pay1oad.signature"_s;
    m_client->setAuthToken(token);
    m_client->setJwt(jwt);
    const QByteArray echoedToken = QUrl::toPercentEncoding(token);
    m_server->setHandler([&](const RawHttpServer::Request &request) {
        if (request.path() == "/status") // a proxy that echoes the URL
            return RawHttpServer::Response::text(
                401, "text/plain", "Unauthorized: " + request.target + " " + jwt.toUtf8());
        if (request.path() == "/domain")
            return RawHttpServer::Response::json(
                rasaError(403, u"NotAuthorized"_s, u"Bad token "_s + token + u" or JWT "_s + jwt),
                403);
        RawHttpServer::Response dropped;
        dropped.dropConnection = true;
        return dropped;
    });
    g_messages.clear();
    QLoggingCategory::setFilterRules(u"coach.net.debug=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    QList<ApiError> errors;
    errors << finish(m_client->status()) << finish(m_client->domain())
           << finish(m_client->tracker(u"c1"_s));
    auto *cancelled = m_client->predict(u"c1"_s);
    cancelled->cancel();
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(u"coach.net.debug=false"_s);

    QCOMPARE(errors.at(0).httpStatus, 401);
    QCOMPARE(errors.at(1).httpStatus, 403);
    QCOMPARE(errors.at(2).kind, ApiError::Kind::Transport);
    QVERIFY2(g_messages.size() >= 6, qPrintable(g_messages.join(u'\n')));
    QVERIFY(g_messages.join(u'\n').contains(u"token=<redacted>"_s));
    QStringList texts = g_messages;
    for (const ApiError &error : std::as_const(errors)) {
        texts << error.userMessage() << error.detail << error.message << error.bodySummary
              << error.serverUrl << error.endpoint << error.toError().toString();
    }
    QVERIFY(errors.at(0).bodySummary.contains(u"<redacted>"_s));
    QVERIFY(errors.at(1).message.contains(u"<redacted>"_s));
    for (const QString &text : std::as_const(texts)) {
        QVERIFY2(!text.contains(token), qPrintable(text));
        QVERIFY2(!text.contains(QString::fromLatin1(echoedToken)), qPrintable(text));
        QVERIFY2(!text.contains(u"s3cr"_s) && !text.contains(u"Zq9"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"pay1oad"_s), qPrintable(text));
    }
}

void TestRasaClient::redactsEveryFormOfTheToken()
{
    const QString token = u"a+b c/d&é"_s;
    m_client->setAuthToken(token);
    QUrl url = m_client->requestUrl(TrackerRequest(u"c1"_s));
    QVERIFY(url.toString(QUrl::FullyEncoded).contains(u"token=a%2Bb%20c%2Fd%26%C3%A9"_s));
    for (const QString &form :
         {url.toString(), url.toDisplayString(), url.toString(QUrl::FullyEncoded),
          url.query(QUrl::FullyDecoded), m_client->displayUrl(url)}) {
        const QString redacted = m_client->redact(form);
        QVERIFY2(!redacted.contains(u"b c"_s) && !redacted.contains(u"a+b"_s)
                     && !redacted.contains(u"a%2Bb"_s),
                 qPrintable(redacted));
        QVERIFY2(redacted.contains(u"include_events=AFTER_RESTART"_s)
                     || redacted.contains(u"include_events"_s),
                 qPrintable(redacted));
    }
    QCOMPARE(m_client->redact(u"the token is "_s + token + u"!"_s), u"the token is <redacted>!"_s);
    QCOMPARE(m_client->redact(u"GET /x?token=anything&y=1"_s), u"GET /x?token=<redacted>&y=1"_s);
    QUrl withUser(u"http://user:pass@localhost:5005/"_s);
    QVERIFY(!m_client->displayUrl(withUser).contains(u"pass"_s));
    m_client->setAuthToken({});
    QCOMPARE(m_client->redact(u"plain text"_s), u"plain text"_s);
}

void TestRasaClient::honoursABasePathAndEncodesIds()
{
    m_client->setBaseUrl(QUrl(m_server->url().toString() + u"/rasa/"_s));
    m_server->setHandler([](const RawHttpServer::Request &) {
        return RawHttpServer::Response::json(trackerJson(u"x"_s));
    });
    QVERIFY(!finish(m_client->tracker(u"a b/c?d#é"_s)).isError());
    QCOMPARE(m_server->requests().value(0).path(),
             QByteArray("/rasa/conversations/a%20b%2Fc%3Fd%23%C3%A9/tracker"));
}

void TestRasaClient::rejectsRequestsItCannotBuild()
{
    const ApiError noId = finish(m_client->predict(QString()));
    QCOMPARE(noId.kind, ApiError::Kind::InvalidRequest);
    QVERIFY2(noId.userMessage().contains(u"conversation id"_s), qPrintable(noId.userMessage()));
    m_client->setBaseUrl(QUrl());
    const ApiError noUrl = finish(m_client->version());
    QCOMPARE(noUrl.kind, ApiError::Kind::InvalidRequest);
    m_client->setBaseUrl(QUrl(u"ftp://127.0.0.1/"_s));
    QCOMPARE(finish(m_client->version()).kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestRasaClient::serialisesRequestsPerConversation()
{
    m_server->setHandler([](const RawHttpServer::Request &request) {
        RawHttpServer::Response response = RawHttpServer::Response::json(trackerJson(u"c"_s));
        response.delayMs = 150;
        if (request.path().endsWith("/predict"))
            response.body = R"({"scores": [{"action": "a", "score": 1}], "tracker": )"
                + trackerJson(u"c"_s) + '}';
        return response;
    });
    QList<RasaRequest *> requests{m_client->tracker(u"c1"_s), m_client->predict(u"c1"_s),
                                  m_client->appendEvent(u"c1"_s, Event::undo()),
                                  m_client->tracker(u"c2"_s), m_client->version()};
    QCOMPARE(requests.at(1)->state(), RasaRequest::State::Queued);
    QCOMPARE(requests.at(2)->state(), RasaRequest::State::Queued);
    QCOMPARE(requests.at(3)->state(), RasaRequest::State::Created);
    QSignalSpy idle(m_client.get(), &RasaClient::busyChanged);
    QVERIFY(idle.wait(10000));
    QCOMPARE(m_server->requestCount(), 5);

    const QStringList log = m_server->log();
    const auto at = [&log](const QString &line) { return log.indexOf(line); };
    const QString c1 = u"/conversations/c1"_s;
    // c1: each request arrives only after the previous one was answered.
    QVERIFY2(at(u"answered GET "_s + c1 + u"/tracker?include_events=AFTER_RESTART"_s)
                 < at(u"arrived POST "_s + c1 + u"/predict"_s),
             qPrintable(log.join(u'\n')));
    QVERIFY2(at(u"answered POST "_s + c1 + u"/predict"_s)
                 < at(u"arrived POST "_s + c1 + u"/tracker/events?include_events=AFTER_RESTART"_s),
             qPrintable(log.join(u'\n')));
    // c2 and /version do not wait for c1.
    const int firstAnswer =
        int(at(u"answered GET "_s + c1 + u"/tracker?include_events=AFTER_RESTART"_s));
    QVERIFY2(at(u"arrived GET /conversations/c2/tracker?include_events=AFTER_RESTART"_s)
                 < firstAnswer,
             qPrintable(log.join(u'\n')));
    QVERIFY2(at(u"arrived GET /version"_s) < firstAnswer, qPrintable(log.join(u'\n')));
}

void TestRasaClient::failedRequestDoesNotBlockItsConversation()
{
    m_server->setHandler([](const RawHttpServer::Request &request) {
        if (request.path().endsWith("/execute"))
            return RawHttpServer::Response::json(
                rasaError(500, u"ConversationError"_s, u"Cannot access action 'utter_new'"_s), 500);
        return RawHttpServer::Response::json(trackerJson(u"c1"_s));
    });
    auto *execute = m_client->execute(u"c1"_s, Event::action(u"utter_new"_s));
    auto *append = m_client->appendEvent(u"c1"_s, Event::action(u"utter_new"_s));
    ApiError executeError;
    connect(execute, &RasaRequest::failed, this, [&](const ApiError &e) { executeError = e; });
    QVERIFY(!finish(append).isError());
    QCOMPARE(executeError.httpStatus, 500);
    QCOMPARE(executeError.reason, u"ConversationError"_s);
    QCOMPARE(m_server->requestCount(), 2); // POST: never retried
}

void TestRasaClient::cancelsRunningAndQueuedRequests()
{
    m_server->setHandler([](const RawHttpServer::Request &) {
        RawHttpServer::Response response = RawHttpServer::Response::json(trackerJson(u"c1"_s));
        response.delayMs = 300;
        return response;
    });
    auto *first = m_client->tracker(u"c1"_s);
    auto *queued = m_client->appendEvent(u"c1"_s, Event::undo());
    auto *third = m_client->tracker(u"c1"_s, EventVerbosity::All);
    QSignalSpy queuedFinished(queued, &RasaRequest::finished);
    QSignalSpy queuedFailed(queued, &RasaRequest::failed);
    queued->cancel();
    QCOMPARE(queuedFinished.size(), 1);
    QCOMPARE(queuedFailed.size(), 0);
    QSignalSpy arrived(m_server.get(), &RawHttpServer::requestArrived);
    QVERIFY(arrived.wait());
    QSignalSpy firstFinished(first, &RasaRequest::finished);
    QSignalSpy firstFailed(first, &RasaRequest::failed);
    QSignalSpy firstSucceeded(first, &RasaRequest::succeeded);
    first->cancel();
    QCOMPARE(firstFinished.size(), 1);
    QCOMPARE(firstFailed.size() + firstSucceeded.size(), 0);
    const QPointer<RasaRequest> cancelled(first);
    QVERIFY(!finish(third).isError());
    // Once the cancelled request is gone and the client idle, nothing else
    // can be sent or arrive.
    QTRY_VERIFY(cancelled.isNull() && m_client->activeRequestCount() == 0);
    const QList<RawHttpServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 2); // the queued append never went out
    QCOMPARE(requests.at(1).query().queryItemValue(u"include_events"_s), u"ALL"_s);
    QCOMPARE(firstSucceeded.size(), 0);
}

void TestRasaClient::cancelAllStopsEverything()
{
    m_server->setHandler([](const RawHttpServer::Request &) {
        RawHttpServer::Response response = RawHttpServer::Response::json(Version3);
        response.delayMs = 500;
        return response;
    });
    QList<QPointer<RasaRequest>> requests{m_client->version(), m_client->tracker(u"c1"_s),
                                          m_client->predict(u"c1"_s), m_client->status()};
    int failures = 0;
    int finishes = 0;
    for (const QPointer<RasaRequest> &request : requests) {
        connect(request, &RasaRequest::failed, this, [&] { ++failures; });
        connect(request, &RasaRequest::finished, this, [&] { ++finishes; });
    }
    // version, status and c1's tracker are on the wire; c1's predict waits.
    QTRY_COMPARE(m_server->requestCount(), 3);
    QSignalSpy busy(m_client.get(), &RasaClient::busyChanged);
    m_client->cancelAll();
    QCOMPARE(finishes, 4);
    QCOMPARE(failures, 0);
    QCOMPARE(m_client->activeRequestCount(), 0);
    QCOMPARE(busy.size(), 1);
    QCOMPARE(busy.at(0).at(0).toBool(), false);
    // Once every request is gone, none can finish again or go out.
    QTRY_VERIFY(std::all_of(requests.begin(), requests.end(),
                            [](const QPointer<RasaRequest> &r) { return r.isNull(); }));
    QCOMPARE(finishes, 4);
    QCOMPARE(m_server->requestCount(), 3); // the queued predict never went out
}

void TestRasaClient::reportsBusyState()
{
    m_server->setHandler([](const RawHttpServer::Request &) {
        RawHttpServer::Response response = RawHttpServer::Response::json(Version3);
        response.delayMs = 50;
        return response;
    });
    QSignalSpy busy(m_client.get(), &RasaClient::busyChanged);
    QSignalSpy count(m_client.get(), &RasaClient::activeRequestCountChanged);
    QVERIFY(!m_client->isBusy());
    m_client->version();
    m_client->version();
    QVERIFY(m_client->isBusy());
    QCOMPARE(m_client->activeRequestCount(), 2);
    QTRY_COMPARE(busy.size(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QList<int> counts;
    for (const QList<QVariant> &arguments : std::as_const(count))
        counts << arguments.at(0).toInt();
    QCOMPARE(counts, (QList<int>{1, 2, 1, 0}));
}

void TestRasaClient::explainsMissingConversationOnRasa3()
{
    m_client->setServerVersion(u"3.6.2"_s);
    m_server->setHandler([](const RawHttpServer::Request &) {
        return RawHttpServer::Response::json(
            rasaError(404, u"Not found"_s, u"Conversation ID not found."_s), 404);
    });
    const ApiError error = finish(m_client->predict(u"new-one"_s));
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QVERIFY(error.isConversationNotFound());
    QCOMPARE(error.serverMajorVersion, 3);
    QVERIFY2(error.userMessage().startsWith(u"The server answered 404: this conversation "
                                            "(“new-one”) does not exist on a Rasa 3 server"_s),
             qPrintable(error.userMessage()));
}

void TestRasaClient::parsesServerAddresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("url"); // empty: rejected
    QTest::newRow("host and port") << u"localhost:5005"_s << u"http://localhost:5005"_s;
    QTest::newRow("full") << u" http://rasa.example:5005/ "_s << u"http://rasa.example:5005/"_s;
    QTest::newRow("https with path") << u"https://host/rasa"_s << u"https://host/rasa"_s;
    QTest::newRow("port only") << u"5006"_s << u"http://localhost:5006"_s;
    QTest::newRow("ip") << u"127.0.0.1:5005"_s << u"http://127.0.0.1:5005"_s;
    QTest::newRow("empty") << u"  "_s << QString();
    QTest::newRow("ftp") << u"ftp://host"_s << QString();
    QTest::newRow("token in url") << u"http://host:5005/?token=x"_s << QString();
    QTest::newRow("garbage") << u"http://"_s << QString();
}

void TestRasaClient::parsesServerAddresses()
{
    QFETCH(QString, input);
    QFETCH(QString, url);
    const Result<QUrl> result = RasaClient::serverUrlFromUserInput(input);
    QCOMPARE(result.isOk(), !url.isEmpty());
    if (result)
        QCOMPARE(result->toString(), url);
    else
        QVERIFY(!result.error().message.isEmpty());
}

void TestRasaClient::survivesDeletionWithRequestsInFlight()
{
    m_server->setHandler([](const RawHttpServer::Request &) {
        RawHttpServer::Response response = RawHttpServer::Response::json(Version3);
        response.delayMs = 100;
        return response;
    });
    QPointer<RasaRequest> running = m_client->version();
    QPointer<RasaRequest> queued = m_client->tracker(u"c1"_s);
    m_client->tracker(u"c1"_s);
    QSignalSpy arrived(m_server.get(), &RawHttpServer::requestArrived);
    QSignalSpy answered(m_server.get(), &RawHttpServer::answered);
    QVERIFY(arrived.wait());
    // A handler that drops the connection deletes the client later (style
    // guide: deleteLater inside handlers); requests still in flight go with it.
    QPointer<RasaClient> client = m_client.get();
    connect(queued, &RasaRequest::finished, this, [this] { m_client.release()->deleteLater(); });
    QTRY_VERIFY(client.isNull());
    QVERIFY(running.isNull());
    // Late answers find nobody and crash nothing: wait until the server has
    // answered, or seen the client go, for every request it got.
    QTRY_COMPARE(int(answered.size()) + m_server->abortedByClient(), m_server->requestCount());
}

void TestRasaClient::playsATurnLikeInteractiveLearning_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("Rasa 2.8") << u"2.8.14"_s;
    QTest::newRow("Rasa 3.6") << u"3.6.2"_s;
}

void TestRasaClient::playsATurnLikeInteractiveLearning()
{
    QFETCH(QString, version);
    FakeRasaServer &fake = startFakeRasa(version);
    const QString id = u"coach-1"_s;

    QVERIFY(!finish(m_client->version()).isError());
    QCOMPARE(m_client->serverMajorVersion(), version.left(1).toInt());
    QString modelIdentity;
    QVERIFY(!finish(m_client->status(), [&](const StatusRequest &r) {
                 modelIdentity = r.modelIdentity();
             }).isError());
    QVERIFY(!modelIdentity.isEmpty());
    Domain domain;
    QVERIFY(!finish(m_client->domain(), [&](const DomainRequest &r) {
                 domain = r.domain();
             }).isError());
    QVERIFY(domain.hasIntent(u"greet"_s));

    QString intent;
    QVERIFY(!finish(m_client->sendMessage(id, u"hello"_s), [&](const SendMessageRequest &r) {
                 intent = r.tracker().latestMessage.intentName();
             }).isError());
    QCOMPARE(intent, u"greet"_s);

    // Predict and execute until the bot listens again, as interactive does.
    QStringList executed;
    for (int step = 0; step < 10 && !executed.contains(u"action_listen"_s); ++step) {
        PredictRequest *predict = m_client->predict(id);
        Event action;
        QVERIFY(!finish(predict, [&](const PredictRequest &r) {
                     QVERIFY(!r.scores().isEmpty());
                     const ActionScore best = r.scores().first();
                     action = Event::action(best.action, r.policy(), best.score);
                 }).isError());
        QVERIFY(!finish(m_client->execute(id, action)).isError());
        executed << action.name();
    }
    QCOMPARE(executed.last(), u"action_listen"_s);
    QVERIFY(executed.size() >= 2); // the bot answered something first

    bool listening = false;
    QVERIFY(!finish(m_client->tracker(id, EventVerbosity::Applied), [&](const TrackerRequest &r) {
                 listening = EventRules::isListening(r.tracker().events);
             }).isError());
    QVERIFY(listening);
    QCOMPARE(fake.tracker(id).latestActionName(), u"action_listen"_s);

    // Undo the user message (rewind + action_listen, spec §3.5).
    qsizetype eventsBefore = fake.tracker(id).events().size();
    QVERIFY(
        !finish(m_client->appendEvents(id, {Event::rewind(), Event::actionListen()})).isError());
    QCOMPARE(fake.tracker(id).events().size(), eventsBefore + 2);
}

void TestRasaClient::predictOnUnknownConversation()
{
    startFakeRasa(u"3.6.2"_s);
    m_client->setServerVersion(u"3.6.2"_s);
    const ApiError error = finish(m_client->predict(u"never-seen"_s));
    QVERIFY(error.isConversationNotFound());
    QCOMPARE(error.httpStatus, 404);
    QVERIFY2(error.userMessage().contains(u"does not exist on a Rasa 3 server"_s),
             qPrintable(error.userMessage()));
    // The remedy the message suggests works: a message creates it.
    QVERIFY(!finish(m_client->sendMessage(u"never-seen"_s, u"hi"_s)).isError());
    QVERIFY(!finish(m_client->predict(u"never-seen"_s)).isError());
}

void TestRasaClient::authToken()
{
    FakeRasaServer &fake = startFakeRasa();
    fake.setAuthToken(u"s3cr+t &x"_s);
    const ApiError missing = finish(m_client->domain());
    QCOMPARE(missing.httpStatus, 401);
    QCOMPARE(missing.reason, u"NotAuthenticated"_s);
    QVERIFY2(missing.userMessage().contains(u"requires authentication"_s),
             qPrintable(missing.userMessage()));

    m_client->setAuthToken(u"wrong"_s);
    const ApiError wrong = finish(m_client->domain());
    QVERIFY2(wrong.userMessage().startsWith(u"The Rasa server refused the token (401 "
                                            "NotAuthenticated)"_s),
             qPrintable(wrong.userMessage()));

    m_client->setAuthToken(u"s3cr+t &x"_s);
    QVERIFY(!finish(m_client->domain()).isError());
    QVERIFY(!finish(m_client->tracker(u"c1"_s)).isError());
    // /version needs no token; the fake server records the query redacted.
    QCOMPARE(fake.requests().last().query.queryItemValue(u"token"_s), u"REDACTED"_s);
}

void TestRasaClient::jwtRoles()
{
    FakeRasaServer &fake = startFakeRasa();
    const QByteArray secret = "jwt-secret";
    fake.setJwtSecret(QString::fromLatin1(secret));
    m_client->setJwt(QString::fromLatin1(
        FakeRasaServer::signJwt(FakeRasaServer::jwtPayload(u"someone"_s, u"admin"_s), secret)));
    QVERIFY(!finish(m_client->domain()).isError());

    // Role "user" may only use its own conversation: no domain, no status.
    m_client->setJwt(QString::fromLatin1(
        FakeRasaServer::signJwt(FakeRasaServer::jwtPayload(u"c1"_s, u"user"_s), secret)));
    const ApiError domain = finish(m_client->domain());
    QCOMPARE(domain.httpStatus, 403);
    QVERIFY2(domain.userMessage().contains(u"admin"_s), qPrintable(domain.userMessage()));
    QVERIFY(!finish(m_client->tracker(u"c1"_s)).isError());
    QCOMPARE(finish(m_client->tracker(u"c2"_s)).httpStatus, 403);

    m_client->setJwt(QString::fromLatin1(
        FakeRasaServer::signJwt(FakeRasaServer::jwtPayload(u"a"_s, u"admin"_s), "other")));
    QCOMPARE(finish(m_client->domain()).httpStatus, 401);
}

void TestRasaClient::noModelLoaded()
{
    FakeRasaServer &fake = startFakeRasa();
    fake.setModelLoaded(false);
    const ApiError error = finish(m_client->status());
    QVERIFY(error.isNoModelLoaded());
    QVERIFY2(error.userMessage().contains(u"no model loaded"_s), qPrintable(error.userMessage()));
    QCOMPARE(fake.requests().size(), 1); // 409 is not worth a retry
}

void TestRasaClient::injectedFaults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("requests"); // how many reached the server
    QTest::newRow("500 on GET is retried")
        << Fault::httpError(u"GET"_s, u"/tracker"_s, 500) << ApiError::Kind::Http << 2;
    QTest::newRow("500 once, then fine")
        << Fault::httpError(u"GET"_s, u"/tracker"_s, 500, {}, {}, 1) << ApiError::Kind::None << 2;
    QTest::newRow("malformed JSON")
        << Fault::ofKind(Fault::Kind::MalformedJson, u"GET"_s, u"/tracker"_s)
        << ApiError::Kind::MalformedBody << 1;
    QTest::newRow("HTML instead of JSON")
        << Fault::ofKind(Fault::Kind::NonJson, u"GET"_s, u"/tracker"_s)
        << ApiError::Kind::MalformedBody << 1;
    QTest::newRow("empty body") << Fault::ofKind(Fault::Kind::EmptyBody, u"GET"_s, u"/tracker"_s)
                                << ApiError::Kind::MalformedBody << 1;
    QTest::newRow("slow answer") << Fault::latency(u"GET"_s, u"/tracker"_s, 2000)
                                 << ApiError::Kind::Timeout << 2;
}

void TestRasaClient::injectedFaults()
{
    QFETCH(Fault, fault);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, requests);
    FakeRasaServer &fake = startFakeRasa();
    fake.addFault(fault);
    m_client->setTimeout(300ms);
    const ApiError error = finish(m_client->tracker(u"c1"_s));
    QCOMPARE(error.kind, kind);
    QTRY_COMPARE(fake.requests().size(), requests);
}

QTEST_GUILESS_MAIN(TestRasaClient)
#include "tst_rasaclient.moc"
