#include "fakerasa/fakerasaserver.h"
#include "fakerasa/inprocessnetwork.h"
#include "rasa/requests.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Coach;
using namespace Coach::FakeRasa;
using namespace Qt::StringLiterals;

// InProcessNetwork: RasaClient talking to a FakeRasaServer without a socket.
// The host name cannot resolve, so an answer proves the request stayed in
// the process.
class TestInProcessNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeRasaServer>();
        m_server->setRasaVersion(u"3.6.2"_s);
        QVERIFY(m_server->loadBot(QStringLiteral(COACH_SOURCE_DIR "/resources/examples/moodbot")));
        m_client = std::make_unique<RasaClient>(
            QUrl(u"http://fake-rasa.invalid:5005"_s),
            [this](QObject *parent) { return new InProcessNetwork(m_server.get(), parent); });
        m_client->setRetryPolicy(RetryPolicy::none());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void answersWithoutASocket()
    {
        VersionRequest *request = m_client->version();
        QSignalSpy finished(request, &RasaRequest::finished);
        ServerVersion version;
        connect(request, &RasaRequest::succeeded, this,
                [&version, request] { version = request->result(); });
        QVERIFY(finished.wait());
        QCOMPARE(version.version, m_server->rasaVersion());
        QVERIFY(!m_server->isListening());
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().path, u"/version"_s);
        QCOMPARE(m_server->requests().first().status, 200);
    }

    void postsTheBodyAndItsHeaders()
    {
        const EventList events{Event::action(u"action_listen"_s)};
        AppendEventsRequest *request = m_client->appendEvents(u"c1"_s, events);
        QSignalSpy succeeded(request, &RasaRequest::succeeded);
        QSignalSpy finished(request, &RasaRequest::finished);
        QVERIFY(finished.wait());
        QCOMPARE(succeeded.count(), 1);
        const RecordedRequest recorded = m_server->requests().first();
        QCOMPARE(recorded.method, u"POST"_s);
        QCOMPARE(recorded.path, u"/conversations/c1/tracker/events"_s);
        QVERIFY(recorded.headers.contains(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/json"))));
        QVERIFY(recorded.body.contains("action_listen"));
        QVERIFY(m_server->tracker(u"c1"_s).events().size() >= 1);
    }

    void httpErrorsKeepTheirStatusAndBody()
    {
        PredictRequest *request = m_client->predict(u"nobody"_s);
        QSignalSpy failed(request, &RasaRequest::failed);
        QSignalSpy finished(request, &RasaRequest::finished);
        QVERIFY(finished.wait());
        QCOMPARE(failed.count(), 1);
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.httpStatus, 404);
        QVERIFY(error.hasRasaBody);
        QCOMPARE(m_server->requests().first().status, 404);
    }

    void aGoneServerRefusesTheConnection()
    {
        m_server.reset();
        VersionRequest *request = m_client->version();
        QSignalSpy failed(request, &RasaRequest::failed);
        QSignalSpy finished(request, &RasaRequest::finished);
        QVERIFY(finished.wait());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::ConnectionRefused);
    }

    void cancellingStopsTheAnswer()
    {
        VersionRequest *request = m_client->version();
        QSignalSpy succeeded(request, &RasaRequest::succeeded);
        QSignalSpy finished(request, &RasaRequest::finished);
        m_client->cancelAll();
        QVERIFY(finished.count() == 1 || finished.wait());
        QCOMPARE(succeeded.count(), 0);
        QVERIFY(!m_client->isBusy());
    }

private:
    std::unique_ptr<FakeRasaServer> m_server;
    std::unique_ptr<RasaClient> m_client;
};

QTEST_GUILESS_MAIN(TestInProcessNetwork)
#include "tst_inprocessnetwork.moc"
