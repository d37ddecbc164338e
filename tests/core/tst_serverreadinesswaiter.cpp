#include "rasa/rasaclient.h"
#include "rasa/serverreadinesswaiter.h"
#include "testsupport/rawhttpserver.h"
#include "testsupport/reservedport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Coach;
using namespace Coach::TestSupport;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using Stage = ServerReadinessWaiter::Stage;

class TestServerReadinessWaiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void waitsForTheServerToStartListening();
    void waitsWhileNoModelIsLoaded();
    void goesBackWhenTheModelDisappears();
    void timesOutWithTheLastAnswer();
    void failsAtOnceOnAnswersThatWaitingCannotFix_data();
    void failsAtOnceOnAnswersThatWaitingCannotFix();
    void cancelStopsPolling();

private:
    //! Answers like a Rasa 3 server; `/status` says 409 `noModelFor` times.
    void serveRasa(int noModelFor = 0);
    QList<Stage> stages(const QSignalSpy &spy) const;
    //! Lets a second waiter poll `url` at m_waiter's interval until it has
    //! failed `count` times: a waiter that had not stopped would have polled
    //! meanwhile too (a witness instead of a sleep).
    bool witnessPolls(const QUrl &url, int count) const;

    std::unique_ptr<RawHttpServer> m_server;
    std::unique_ptr<RasaClient> m_client;
    std::unique_ptr<ServerReadinessWaiter> m_waiter;
    int m_statusPolls = 0;
};

void TestServerReadinessWaiter::init()
{
    m_server = std::make_unique<RawHttpServer>();
    m_client = std::make_unique<RasaClient>();
    m_waiter = std::make_unique<ServerReadinessWaiter>(m_client.get());
    m_waiter->setInterval(30ms);
    m_waiter->setTimeout(10s);
    m_statusPolls = 0;
}

void TestServerReadinessWaiter::cleanup()
{
    m_waiter.reset();
    m_client.reset();
    m_server.reset();
}

void TestServerReadinessWaiter::serveRasa(int noModelFor)
{
    m_server->setHandler([this, noModelFor](const RawHttpServer::Request &request) {
        if (request.path() == "/version")
            return RawHttpServer::Response::json(
                R"({"version": "3.6.2", "minimum_compatible_version": "3.5.0"})");
        if (request.path() == "/status") {
            if (++m_statusPolls <= noModelFor)
                return RawHttpServer::Response::json(
                    R"({"status": "failure", "reason": "Conflict", "code": 409, "message":
                    "No agent loaded. To continue processing, a model of a trained agent needs
                    to be loaded."})",
                    409);
            return RawHttpServer::Response::json(
                R"({"model_file": "m.tar.gz", "model_id": "abc", "num_active_training_jobs": 0})");
        }
        return RawHttpServer::Response::json(
            R"({"version": "3.1", "intents": ["greet", "goodbye"], "responses": {}})");
    });
}

QList<Stage> TestServerReadinessWaiter::stages(const QSignalSpy &spy) const
{
    QList<Stage> result;
    for (const QList<QVariant> &arguments : spy)
        result << arguments.at(0).value<Stage>();
    return result;
}

bool TestServerReadinessWaiter::witnessPolls(const QUrl &url, int count) const
{
    RasaClient client(url);
    ServerReadinessWaiter witness(&client);
    witness.setInterval(m_waiter->interval());
    QSignalSpy attempts(&witness, &ServerReadinessWaiter::attemptFailed);
    witness.start();
    return QTest::qWaitFor([&] { return attempts.size() >= count; }, 10000);
}

void TestServerReadinessWaiter::waitsForTheServerToStartListening()
{
    ReservedPort port; // refuses until the server listens on it
    QVERIFY(port.isValid());
    m_client->setBaseUrl(port.url());
    serveRasa();
    QSignalSpy stageSpy(m_waiter.get(), &ServerReadinessWaiter::stageChanged);
    QSignalSpy attempts(m_waiter.get(), &ServerReadinessWaiter::attemptFailed);
    QSignalSpy ready(m_waiter.get(), &ServerReadinessWaiter::ready);
    QSignalSpy failed(m_waiter.get(), &ServerReadinessWaiter::failed);
    m_waiter->start();
    QVERIFY(m_waiter->isRunning());
    QCOMPARE(m_waiter->stage(), Stage::WaitingForServer);
    QCOMPARE(stageSpy.value(0).value(1).toString(),
             ServerReadinessWaiter::stageText(Stage::WaitingForServer));

    QTRY_VERIFY(attempts.size() >= 3); // the event loop kept running meanwhile
    QCOMPARE(attempts.at(0).at(0).value<ApiError>().kind, ApiError::Kind::ConnectionRefused);
    QCOMPARE(m_waiter->lastError().kind, ApiError::Kind::ConnectionRefused);
    QVERIFY(m_server->listen(port)); // the server comes up late, on that port
    QVERIFY(ready.wait(5000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(stages(stageSpy),
             (QList<Stage>{Stage::WaitingForServer, Stage::WaitingForModel, Stage::ReadingDomain,
                           Stage::Ready}));
    QCOMPARE(ready.at(0).at(0).value<ServerVersion>().version, u"3.6.2"_s);
    QCOMPARE(ready.at(0).at(1).value<ServerStatus>().modelIdentity(), u"abc"_s);
    QCOMPARE(ready.at(0).at(2).value<Domain>().intentNames(),
             (QStringList{u"greet"_s, u"goodbye"_s}));
    QCOMPARE(m_client->serverMajorVersion(), 3);
    QVERIFY(!m_waiter->isRunning());
    QVERIFY(m_waiter->pollCount() >= 6);
}

void TestServerReadinessWaiter::waitsWhileNoModelIsLoaded()
{
    QVERIFY(m_server->listen());
    m_client->setBaseUrl(m_server->url());
    serveRasa(3);
    QSignalSpy attempts(m_waiter.get(), &ServerReadinessWaiter::attemptFailed);
    QSignalSpy ready(m_waiter.get(), &ServerReadinessWaiter::ready);
    m_waiter->start();
    QVERIFY(ready.wait(5000));
    QCOMPARE(m_statusPolls, 4);
    QCOMPARE(attempts.size(), 3);
    QVERIFY(attempts.at(0).at(0).value<ApiError>().isNoModelLoaded());
    QCOMPARE(m_server->requestCount(), 1 + 4 + 1);
}

void TestServerReadinessWaiter::goesBackWhenTheModelDisappears()
{
    QVERIFY(m_server->listen());
    m_client->setBaseUrl(m_server->url());
    bool domainRefused = false;
    m_server->setHandler([&](const RawHttpServer::Request &request) {
        if (request.path() == "/domain" && !domainRefused) {
            domainRefused = true; // `PUT /model` unloaded it in between
            return RawHttpServer::Response::json(R"({"message": "No agent loaded.",
                "reason": "Conflict"})",
                                                 409);
        }
        if (request.path() == "/version")
            return RawHttpServer::Response::json(R"({"version": "2.8.14"})");
        if (request.path() == "/status")
            return RawHttpServer::Response::json(R"({"model_file": "m.tar.gz",
                "fingerprint": {"domain": ["1"]}})");
        return RawHttpServer::Response::json(R"({"intents": [{"greet": {}}]})");
    });
    QSignalSpy stageSpy(m_waiter.get(), &ServerReadinessWaiter::stageChanged);
    QSignalSpy ready(m_waiter.get(), &ServerReadinessWaiter::ready);
    m_waiter->start();
    QVERIFY(ready.wait(5000));
    QCOMPARE(stages(stageSpy),
             (QList<Stage>{Stage::WaitingForServer, Stage::WaitingForModel, Stage::ReadingDomain,
                           Stage::WaitingForModel, Stage::ReadingDomain, Stage::Ready}));
    QCOMPARE(m_client->serverMajorVersion(), 2);
}

void TestServerReadinessWaiter::timesOutWithTheLastAnswer()
{
    QVERIFY(m_server->listen());
    m_client->setBaseUrl(m_server->url());
    serveRasa(1'000'000);
    m_waiter->setTimeout(400ms);
    QSignalSpy failed(m_waiter.get(), &ServerReadinessWaiter::failed);
    QSignalSpy ready(m_waiter.get(), &ServerReadinessWaiter::ready);
    QElapsedTimer clock;
    clock.start();
    m_waiter->start();
    QVERIFY(failed.wait(5000));
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(ready.size(), 0);
    const ApiError error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Timeout);
    QCOMPARE(error.timeoutSeconds, 0.4);
    const QString text = error.userMessage();
    QVERIFY2(text.contains(ServerReadinessWaiter::stageText(Stage::WaitingForModel)),
             qPrintable(text));
    QVERIFY2(text.contains(u"no model loaded"_s), qPrintable(text));
    QCOMPARE(m_waiter->stage(), Stage::Failed);
    const int polls = m_waiter->pollCount();
    QVERIFY(witnessPolls(m_server->url(), 3));
    QCOMPARE(m_waiter->pollCount(), polls); // stopped
}

void TestServerReadinessWaiter::failsAtOnceOnAnswersThatWaitingCannotFix_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("401 on /status")
        << QByteArray("/status") << 401 << QByteArray(R"({"message": "User is not authenticated.",
                                                     "reason": "NotAuthenticated"})");
    QTest::newRow("403 on /domain")
        << QByteArray("/domain") << 403 << QByteArray(R"({"message": "Insufficient permissions.",
                                                     "reason": "NotAuthorized"})");
    QTest::newRow("no Rasa at /version")
        << QByteArray("/version") << 404 << QByteArray("<html><title>Not Found</title></html>");
    QTest::newRow("not JSON at /version")
        << QByteArray("/version") << 200 << QByteArray("Welcome to nginx!");
}

void TestServerReadinessWaiter::failsAtOnceOnAnswersThatWaitingCannotFix()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QVERIFY(m_server->listen());
    m_client->setBaseUrl(m_server->url());
    const QByteArray brokenPath = path;
    m_server->setHandler([&](const RawHttpServer::Request &request) {
        if (request.path() == brokenPath)
            return RawHttpServer::Response::text(status, "application/json", body);
        if (request.path() == "/version")
            return RawHttpServer::Response::json(R"({"version": "3.6.2"})");
        return RawHttpServer::Response::json(R"({"model_id": "abc"})");
    });
    QSignalSpy failed(m_waiter.get(), &ServerReadinessWaiter::failed);
    QSignalSpy attempts(m_waiter.get(), &ServerReadinessWaiter::attemptFailed);
    m_waiter->start();
    QVERIFY(failed.wait(5000));
    QCOMPARE(attempts.size(), 0);
    const ApiError error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.endpoint, u"GET "_s + QString::fromLatin1(path));
    QCOMPARE(m_server->requests().last().path(), path);
}

void TestServerReadinessWaiter::cancelStopsPolling()
{
    ReservedPort port;
    QVERIFY(port.isValid());
    m_client->setBaseUrl(port.url());
    QSignalSpy attempts(m_waiter.get(), &ServerReadinessWaiter::attemptFailed);
    QSignalSpy ready(m_waiter.get(), &ServerReadinessWaiter::ready);
    QSignalSpy failed(m_waiter.get(), &ServerReadinessWaiter::failed);
    m_waiter->start();
    QTRY_VERIFY(attempts.size() >= 2);
    m_waiter->cancel();
    QVERIFY(!m_waiter->isRunning());
    QCOMPARE(m_waiter->stage(), Stage::Idle);
    const int polls = m_waiter->pollCount();
    QVERIFY(witnessPolls(port.url(), 3));
    QCOMPARE(m_waiter->pollCount(), polls);
    QCOMPARE(ready.size() + failed.size(), 0);
    QVERIFY(!m_client->isBusy());
    // A cancelled waiter can start again.
    m_waiter->start();
    QVERIFY(m_waiter->isRunning());
    m_waiter->cancel();
}

QTEST_GUILESS_MAIN(TestServerReadinessWaiter)
#include "tst_serverreadinesswaiter.moc"
