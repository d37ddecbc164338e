#include "fakerasa/fakerasaserver.h"
#include "fakerasa/testserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Coach;
using namespace Coach::FakeRasa;
using namespace Qt::StringLiterals;

namespace {

const QString kMoodbot = TestServer::exampleBot(u"moodbot"_s);
const QByteArray kHello = R"({"sender": "user", "text": "hello"})";

} // namespace

class TestFakeRasaFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void latencyDelaysTheRealAnswer();
    void httpErrorHasARasaBody();
    void httpErrorDefaults();
    void malformedJson();
    void nonJsonPage();
    void dropConnection();
    void emptyBody();
    void timesCountDown();
    void faultsMatchMethodAndPath();
    void slowAnswerToAGoneClient();

private:
    TestServer m_server;
};

void TestFakeRasaFaults::init()
{
    const Status started = m_server.start(kMoodbot);
    QVERIFY2(started, qPrintable(started.error().toString()));
}

void TestFakeRasaFaults::cleanup()
{
    m_server.reset();
}

void TestFakeRasaFaults::latencyDelaysTheRealAnswer()
{
    m_server->addFault(Fault::latency(u"GET"_s, u"^/version$"_s, 300));
    QElapsedTimer timer;
    timer.start();
    const HttpResult slow = m_server.client().get(u"/version"_s);
    QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(slow.status, 200);
    QCOMPARE(slow.object().value("version"_L1).toString(), u"3.6.2"_s);
    const HttpResult timedOut = m_server.client().send("GET", u"/version"_s, {}, {}, 50);
    QVERIFY(timedOut.timedOut);
    QCOMPARE(timedOut.status, 0);
}

void TestFakeRasaFaults::httpErrorHasARasaBody()
{
    m_server->addFault(
        Fault::httpError(u"POST"_s, u"/predict$"_s, 503, u"ServiceUnavailable"_s, u"Try later."_s));
    m_server.client().post(u"/conversations/c/messages"_s, kHello);
    const HttpResult reply = m_server.client().post(u"/conversations/c/predict"_s);
    QCOMPARE(reply.status, 503);
    const QJsonObject body = reply.object();
    QCOMPARE(body.value("reason"_L1).toString(), u"ServiceUnavailable"_s);
    QCOMPARE(body.value("message"_L1).toString(), u"Try later."_s);
    QCOMPARE(body.value("code"_L1).toInt(), 503);
    QCOMPARE(body.value("status"_L1).toString(), u"failure"_s);
    QCOMPARE(body.value("version"_L1).toString(), u"3.6.2"_s);
}

void TestFakeRasaFaults::httpErrorDefaults()
{
    Fault fault;
    fault.pathPattern = u"tracker"_s;
    m_server->addFault(fault); // HttpError 500 by default
    const HttpResult reply = m_server.client().get(u"/conversations/c/tracker"_s);
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.object().value("reason"_L1).toString(), u"ConversationError"_s);
    QVERIFY(!reply.object().value("message"_L1).toString().isEmpty());
}

void TestFakeRasaFaults::malformedJson()
{
    m_server->addFault(Fault::ofKind(Fault::Kind::MalformedJson, u"POST"_s, u"messages"_s));
    const HttpResult reply = m_server.client().post(u"/conversations/m/messages"_s, kHello);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.body.isEmpty());
    QVERIFY(reply.json().isUndefined());
    QVERIFY(m_server->hasConversation(u"m"_s)); // the server did the work, the reply broke
}

void TestFakeRasaFaults::nonJsonPage()
{
    m_server->addFault(Fault::ofKind(Fault::Kind::NonJson, {}, u"domain"_s));
    const HttpResult reply = m_server.client().get(u"/domain"_s);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.contentType.startsWith("text/html"));
    QVERIFY(reply.body.startsWith("<html>"));
}

void TestFakeRasaFaults::dropConnection()
{
    m_server->addFault(Fault::ofKind(Fault::Kind::DropConnection, u"POST"_s, u"messages"_s));
    QSignalSpy handled(m_server.get(), &FakeRasaServer::requestHandled);
    const HttpResult reply = m_server.client().post(u"/conversations/d/messages"_s, kHello);
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.error != QNetworkReply::NoError);
    QVERIFY(!reply.timedOut);
    QTRY_VERIFY(!handled.isEmpty());
    // Qt's network access may retry a request whose connection died: every try is dropped
    for (const QList<QVariant> &arguments : std::as_const(handled))
        QCOMPARE(arguments.at(2).toInt(), 0);
    for (const RecordedRequest &request : m_server->requests())
        QCOMPARE(request.status, 0);
    QVERIFY(!m_server->hasConversation(u"d"_s)); // never reached the "Rasa" behind
    QCOMPARE(m_server.client().get(u"/version"_s).status, 200);
}

void TestFakeRasaFaults::emptyBody()
{
    m_server->addFault(Fault::ofKind(Fault::Kind::EmptyBody, u"GET"_s, u"status"_s));
    const HttpResult reply = m_server.client().get(u"/status"_s);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.isEmpty());
}

void TestFakeRasaFaults::timesCountDown()
{
    m_server->addFault(Fault::httpError(u"GET"_s, u"version"_s, 502, {}, {}, 2));
    QCOMPARE(m_server.client().get(u"/version"_s).status, 502);
    QCOMPARE(m_server.client().get(u"/version"_s).status, 502);
    QCOMPARE(m_server.client().get(u"/version"_s).status, 200);
    m_server->addFault(Fault::httpError({}, {}, 500));
    QCOMPARE(m_server.client().get(u"/"_s).status, 500);
    QCOMPARE(m_server.client().get(u"/"_s).status, 500);
    m_server->clearFaults();
    QCOMPARE(m_server.client().get(u"/"_s).status, 200);
}

void TestFakeRasaFaults::faultsMatchMethodAndPath()
{
    m_server->addFault(Fault::httpError(u"post"_s, u"^/conversations/[^/]+/execute$"_s, 500));
    QCOMPARE(m_server.client().get(u"/conversations/x/tracker"_s).status, 200);
    QCOMPARE(m_server.client().post(u"/conversations/x/messages"_s, kHello).status, 200);
    QCOMPARE(
        m_server.client().post(u"/conversations/x/execute"_s, R"({"name": "utter_greet"})").status,
        500);
    QCOMPARE(m_server->tracker(u"x"_s).latestActionName(), u"action_listen"_s);
}

void TestFakeRasaFaults::slowAnswerToAGoneClient()
{
    m_server->addFault(Fault::latency({}, u"version"_s, 400));
    QSignalSpy handled(m_server.get(), &FakeRasaServer::requestHandled);
    const HttpResult reply =
        m_server.client().send("GET", u"/version"_s, {}, {}, 50); // gives up early
    QVERIFY(reply.timedOut);
    QVERIFY(handled.wait(2000));
    QCOMPARE(handled.last().at(2).toInt(), 0); // nobody was there to answer
    QCOMPARE(m_server.client().get(u"/"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestFakeRasaFaults)
#include "tst_fakerasafaults.moc"
