#include "fakerasa/fakerasaserver.h"
#include "rasa/requests.h"
#include "testsupport/testdata.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Coach;
using namespace Coach::FakeRasa;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// RasaClient against the fake Rasa server (Rasa's semantics, 2.x and 3.x
// behaviour, real auth checks, fault injection). Kept apart from
// tst_rasaclient (byte-level wire checks) so that those build and run
// without the fake server.
class TestRasaClientFakeRasa : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void playsATurnLikeInteractiveLearning_data();
    void playsATurnLikeInteractiveLearning();
    void predictOnUnknownConversation();
    void authToken();
    void jwtRoles();
    void noModelLoaded();
    void injectedFaults_data();
    void injectedFaults();

private:
    template <typename R, typename Fn>
    ApiError finish(R *request, Fn onSuccess);
    template <typename R>
    ApiError finish(R *request)
    {
        return finish(request, [](const R &) {});
    }

    std::unique_ptr<FakeRasaServer> m_server;
    std::unique_ptr<RasaClient> m_client;
};

template <typename R, typename Fn>
ApiError TestRasaClientFakeRasa::finish(R *request, Fn onSuccess)
{
    ApiError result(ApiError::Kind::Timeout, u"(test waited in vain)"_s);
    bool done = false;
    QObject context;
    connect(request, &RasaRequest::finished, &context, [&] {
        done = true;
        result = request->error();
        if (request->isSucceeded())
            onSuccess(std::as_const(*request));
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        return ApiError(ApiError::Kind::Timeout, u"(test waited in vain)"_s);
    return result;
}

void TestRasaClientFakeRasa::init()
{
    m_server = std::make_unique<FakeRasaServer>();
    const Status loaded = m_server->loadBot(TestSupport::dataPath(u"rasa/examples/moodbot"_s));
    QVERIFY2(loaded, qPrintable(loaded.error().toString()));
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<RasaClient>(m_server->url());
    m_client->setRetryPolicy(RetryPolicy{{5ms}});
}

void TestRasaClientFakeRasa::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestRasaClientFakeRasa::playsATurnLikeInteractiveLearning_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("Rasa 2.8") << u"2.8.14"_s;
    QTest::newRow("Rasa 3.6") << u"3.6.2"_s;
}

void TestRasaClientFakeRasa::playsATurnLikeInteractiveLearning()
{
    QFETCH(QString, version);
    m_server->setRasaVersion(version);
    const QString id = u"coach-1"_s;

    QVERIFY(!finish(m_client->version()).isError());
    QCOMPARE(m_client->serverMajorVersion(), version.left(1).toInt());
    QString modelIdentity;
    QVERIFY(!finish(m_client->status(), [&](const StatusRequest &r) {
                 modelIdentity = r.modelIdentity();
             }).isError());
    QVERIFY(!modelIdentity.isEmpty());
    Domain domain;
    QVERIFY(!finish(m_client->domain(), [&](const DomainRequest &r) { domain = r.domain(); })
                 .isError());
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
    QCOMPARE(m_server->tracker(id).latestActionName(), u"action_listen"_s);

    // Undo the user message (rewind + action_listen, spec §3.5).
    qsizetype eventsBefore = m_server->tracker(id).events().size();
    QVERIFY(!finish(m_client->appendEvents(id, {Event::rewind(), Event::actionListen()})).isError());
    QCOMPARE(m_server->tracker(id).events().size(), eventsBefore + 2);
}

void TestRasaClientFakeRasa::predictOnUnknownConversation()
{
    m_server->setRasaVersion(u"3.6.2"_s);
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

void TestRasaClientFakeRasa::authToken()
{
    m_server->setAuthToken(u"s3cr+t &x"_s);
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
    QCOMPARE(m_server->requests().last().query.queryItemValue(u"token"_s), u"REDACTED"_s);
}

void TestRasaClientFakeRasa::jwtRoles()
{
    const QByteArray secret = "jwt-secret";
    m_server->setJwtSecret(QString::fromLatin1(secret));
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

void TestRasaClientFakeRasa::noModelLoaded()
{
    m_server->setModelLoaded(false);
    const ApiError error = finish(m_client->status());
    QVERIFY(error.isNoModelLoaded());
    QVERIFY2(error.userMessage().contains(u"no model loaded"_s), qPrintable(error.userMessage()));
    QCOMPARE(m_server->requests().size(), 1); // 409 is not worth a retry
}

void TestRasaClientFakeRasa::injectedFaults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("requests"); // how many reached the server
    QTest::newRow("500 on GET is retried") << Fault::httpError(u"GET"_s, u"/tracker"_s, 500)
                                           << ApiError::Kind::Http << 2;
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

void TestRasaClientFakeRasa::injectedFaults()
{
    QFETCH(Fault, fault);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, requests);
    m_server->addFault(fault);
    m_client->setTimeout(300ms);
    const ApiError error = finish(m_client->tracker(u"c1"_s));
    QCOMPARE(error.kind, kind);
    QTRY_COMPARE(m_server->requests().size(), requests);
}

QTEST_GUILESS_MAIN(TestRasaClientFakeRasa)
#include "tst_rasaclient_fakerasa.moc"
