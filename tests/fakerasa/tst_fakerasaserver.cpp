#include "fakerasa/fakerasaserver.h"
#include "fakerasa/testserver.h"
#include "model/yamlreader.h"
#include "testsupport/testdata.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Coach;
using namespace Coach::FakeRasa;
using namespace Qt::StringLiterals;

namespace {

const QString kMoodbot = TestServer::exampleBot(u"moodbot"_s);

QStringList eventNames(const QJsonArray &events)
{
    QStringList names;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QString name = event.value("name"_L1).toString();
        names.append(event.value("event"_L1).toString()
                     + (name.isEmpty() ? QString() : u":"_s + name));
    }
    return names;
}

} // namespace

class TestFakeRasaServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void rootAndVersion_data();
    void rootAndVersion();
    void statusShapeFollowsVersion();
    void listensOnLoopbackOnly();
    void domainJson3x();
    void domainJson2x();
    void domainAcceptHeader();
    void newConversationGetsASessionThatIsNotStored();
    void verbosities();
    void invalidVerbosityIsABadRequest();
    void untilReplaysThePast();
    void sanicErrorsForUnknownRoutesAndMethods();
    void trailingSlashesAreAccepted();
    void conversationIdsMayHoldSlashesAndSpaces();
    void noModelLoadedIsAConflict();
    void requestsAreRecordedWithoutSecrets();
    void forgettingConversationsLikeARestart();
    void parseEndpoint();
    void parseShapeIsRasas_data();
    void parseShapeIsRasas();
    void closingFromAHandlerIsSafe();

private:
    void start(const QString &version = u"3.6.2"_s);

    TestServer m_server;
};

void TestFakeRasaServer::start(const QString &version)
{
    const Status started = m_server.start(kMoodbot, version);
    QVERIFY2(started, qPrintable(started.error().toString()));
}

void TestFakeRasaServer::cleanup()
{
    m_server.reset();
}

void TestFakeRasaServer::rootAndVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("minimum");
    QTest::newRow("3.6") << u"3.6.2"_s << u"3.5.0"_s;
    QTest::newRow("2.8") << u"2.8.12"_s << u"2.8.9"_s;
    QTest::newRow("2.8.34") << u"2.8.34"_s << u"2.8.9"_s;
    QTest::newRow("3.6.21") << u"3.6.21"_s << u"3.6.21"_s;
    QTest::newRow("2.7") << u"2.7.1"_s << u"2.7.0"_s;
}

void TestFakeRasaServer::rootAndVersion()
{
    QFETCH(QString, version);
    QFETCH(QString, minimum);
    start(version);
    const HttpResult root = m_server.client().get(u"/"_s);
    QCOMPARE(root.status, 200);
    QCOMPARE(QString::fromUtf8(root.body), u"Hello from Rasa: "_s + version);
    QVERIFY(root.contentType.startsWith("text/plain"));
    const HttpResult versionReply = m_server.client().get(u"/version"_s);
    QCOMPARE(versionReply.status, 200);
    QCOMPARE(versionReply.object().value("version"_L1).toString(), version);
    QCOMPARE(versionReply.object().value("minimum_compatible_version"_L1).toString(), minimum);
    QCOMPARE(m_server->rasaMajorVersion(), version.left(1).toInt());
}

void TestFakeRasaServer::statusShapeFollowsVersion()
{
    start(u"3.6.2"_s);
    QJsonObject status = m_server.client().get(u"/status"_s).object();
    QCOMPARE(status.value("model_id"_L1).toString(), m_server->modelId());
    QCOMPARE(m_server->modelId().size(), 32);
    QVERIFY(!status.contains("fingerprint"_L1));
    QCOMPARE(status.value("num_active_training_jobs"_L1).toInt(-1), 0);
    m_server->setRasaVersion(u"2.8.12"_s);
    status = m_server.client().get(u"/status"_s).object();
    QVERIFY(status.value("fingerprint"_L1).isObject());
    QVERIFY(!status.contains("model_id"_L1));
    QVERIFY(status.value("model_file"_L1).toString().endsWith(u".tar.gz"_s));
}

void TestFakeRasaServer::listensOnLoopbackOnly()
{
    start();
    QCOMPARE(m_server->host(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(m_server->url().host(), u"127.0.0.1"_s);
    QCOMPARE(m_server->url().port(), int(m_server->port()));
    FakeRasaServer second;
    QCOMPARE(second.listen(m_server->port()), quint16(0)); // port in use
    QVERIFY(!second.errorString().isEmpty());
    QVERIFY(second.url().isEmpty());
    m_server->close();
    QVERIFY(!m_server->isListening());
    QCOMPARE(m_server.client().get(u"/"_s).status, 0);
}

void TestFakeRasaServer::domainJson3x()
{
    start(u"3.6.2"_s);
    const HttpResult reply = m_server.client().get(u"/domain"_s, {{"Accept", "application/json"}});
    QCOMPARE(reply.status, 200);
    const QJsonObject domain = reply.object();
    QCOMPARE(domain.value("version"_L1).toString(), u"2.0"_s); // as the file says
    const QJsonArray intents = domain.value("intents"_L1).toArray();
    QCOMPARE(intents.size(), 7);
    QCOMPARE(intents.first().toString(), u"affirm"_s); // sorted, plain strings
    QCOMPARE(intents.last().toString(), u"mood_unhappy"_s);
    QVERIFY(domain.value("responses"_L1).toObject().contains("utter_greet"_L1));
    QCOMPARE(
        domain.value("session_config"_L1).toObject().value("session_expiration_time"_L1).toInt(),
        60);
    QVERIFY(!domain.contains("config"_L1));
    QCOMPARE(domain.value("e2e_actions"_L1).toArray(), QJsonArray{u"hi, how are you?"_s});
}

void TestFakeRasaServer::domainJson2x()
{
    start(u"2.8.12"_s);
    const QJsonObject domain = m_server.client().get(u"/domain"_s).object();
    const QJsonArray intents = domain.value("intents"_L1).toArray();
    QCOMPARE(intents.size(), 7);
    const QJsonObject first = intents.first().toObject();
    QCOMPARE(first.keys(), QStringList{u"affirm"_s});
    QCOMPARE(first.value("affirm"_L1).toObject().value("use_entities"_L1), QJsonValue(true));
    QCOMPARE(domain.value("config"_L1).toObject().value("store_entities_as_slots"_L1),
             QJsonValue(true));
    QVERIFY(domain.value("slots"_L1).isObject());
    QVERIFY(domain.value("forms"_L1).isObject());
    QCOMPARE(domain.value("e2e_actions"_L1).toArray(), QJsonArray{u"hi, how are you?"_s});
    QVERIFY(!domain.contains("version"_L1));
}

void TestFakeRasaServer::domainAcceptHeader()
{
    start();
    const HttpResult yaml = m_server.client().get(u"/domain"_s, {{"Accept", "application/x-yaml"}});
    QCOMPARE(yaml.status, 200);
    QCOMPARE(yaml.contentType, QByteArray("application/x-yaml"));
    Result<QJsonValue> parsed = parseYaml(yaml.body);
    QVERIFY2(parsed, qPrintable(parsed.error().toString()));
    const QJsonObject json = m_server.client().get(u"/domain"_s).object(); // no Accept: JSON
    QCOMPARE(parsed->toObject(), json);
    const HttpResult html = m_server.client().get(u"/domain"_s, {{"Accept", "text/html"}});
    QCOMPARE(html.status, 406);
    QCOMPARE(html.object().value("reason"_L1).toString(), u"NotAcceptable"_s);
    QCOMPARE(html.object().value("status"_L1).toString(), u"failure"_s);
    QCOMPARE(html.object().value("code"_L1).toInt(), 406);
    QCOMPARE(m_server.client().get(u"/domain"_s, {{"Accept", "*/*"}}).status, 406);
}

void TestFakeRasaServer::newConversationGetsASessionThatIsNotStored()
{
    start();
    const HttpResult reply = m_server.client().get(u"/conversations/fresh/tracker"_s);
    QCOMPARE(reply.status, 200);
    const QJsonObject tracker = reply.object();
    QCOMPARE(tracker.value("sender_id"_L1).toString(), u"fresh"_s);
    QCOMPARE(eventNames(tracker.value("events"_L1).toArray()),
             (QStringList{u"action:action_session_start"_s, u"session_started"_s,
                          u"action:action_listen"_s}));
    QCOMPARE(tracker.value("latest_action_name"_L1).toString(), u"action_listen"_s);
    const QJsonObject first = tracker.value("events"_L1).toArray().first().toObject();
    QVERIFY(first.value("timestamp"_L1).toDouble() > 1.6e9);
    QCOMPARE(first.value("metadata"_L1).toObject().value("model_id"_L1).toString(),
             m_server->modelId());
    QVERIFY(!m_server->hasConversation(u"fresh"_s));
    QVERIFY(m_server->conversationIds().isEmpty());
    // 3.6.21: requested_slot only for a bot with forms
    QCOMPARE(tracker.value("slots"_L1).toObject().keys(),
             QStringList{u"session_started_metadata"_s});
}

void TestFakeRasaServer::verbosities()
{
    start();
    QCOMPARE(m_server.client()
                 .postJson(u"/conversations/v/messages"_s,
                           QJsonObject{{u"sender"_s, u"user"_s}, {u"text"_s, u"hello"_s}})
                 .status,
             200);
    QCOMPARE(m_server.client()
                 .postJson(u"/conversations/v/tracker/events"_s,
                           QJsonArray{QJsonObject{{u"event"_s, u"restart"_s}},
                                      QJsonObject{{u"event"_s, u"action"_s},
                                                  {u"name"_s, u"action_listen"_s}}})
                 .status,
             200);
    const auto events = [this](const QString &verbosity) {
        return m_server.client()
            .get(u"/conversations/v/tracker?include_events="_s + verbosity)
            .object()
            .value("events"_L1);
    };
    QCOMPARE(events(u"ALL"_s).toArray().size(), 6);
    QCOMPARE(events(u"all"_s).toArray().size(), 6); // case-insensitive
    QCOMPARE(eventNames(events(u"AFTER_RESTART"_s).toArray()),
             QStringList{u"action:action_listen"_s});
    QCOMPARE(eventNames(m_server.client()
                            .get(u"/conversations/v/tracker"_s)
                            .object()
                            .value("events"_L1)
                            .toArray()),
             QStringList{u"action:action_listen"_s}); // default AFTER_RESTART
    QCOMPARE(eventNames(events(u"APPLIED"_s).toArray()), QStringList{u"action:action_listen"_s});
    QVERIFY(events(u"NONE"_s).isNull());
}

void TestFakeRasaServer::invalidVerbosityIsABadRequest()
{
    start();
    const HttpResult reply =
        m_server.client().get(u"/conversations/v/tracker?include_events=EVERYTHING"_s);
    QCOMPARE(reply.status, 400);
    const QJsonObject body = reply.object();
    QCOMPARE(body.value("reason"_L1).toString(), u"BadRequest"_s);
    QCOMPARE(body.value("message"_L1).toString(),
             u"Invalid parameter value for 'include_events'. Should be one of NONE, APPLIED, "
             "AFTER_RESTART, ALL"_s);
    QCOMPARE(body.value("details"_L1).toObject(),
             (QJsonObject{{u"parameter"_s, u"include_events"_s}, {u"in"_s, u"query"_s}}));
    QCOMPARE(body.value("version"_L1).toString(), u"3.6.2"_s);
    QVERIFY(body.value("help"_L1).isNull());
    QCOMPARE(m_server.client()
                 .post(u"/conversations/v/messages?include_events=x"_s,
                       R"({"sender": "user", "text": "hi"})")
                 .status,
             400);
}

void TestFakeRasaServer::untilReplaysThePast()
{
    start();
    m_server.client().postJson(u"/conversations/u/messages"_s,
                               QJsonObject{{u"sender"_s, u"user"_s}, {u"text"_s, u"hello"_s}});
    const QJsonArray all = m_server.client()
                               .get(u"/conversations/u/tracker?include_events=ALL"_s)
                               .object()
                               .value("events"_L1)
                               .toArray();
    QCOMPARE(all.size(), 4);
    const double cut = all.at(2).toObject().value("timestamp"_L1).toDouble();
    const QJsonObject past = m_server.client()
                                 .get(u"/conversations/u/tracker?include_events=ALL&until="_s
                                      + QString::number(cut, 'f', 6))
                                 .object();
    QCOMPARE(past.value("events"_L1).toArray().size(), 3);
    QCOMPARE(past.value("latest_message"_L1).toObject().value("text"_L1), QJsonValue());
    const QJsonObject ignored =
        m_server.client().get(u"/conversations/u/tracker?until=soon&include_events=ALL"_s).object();
    QCOMPARE(ignored.value("events"_L1).toArray().size(), 4);
}

void TestFakeRasaServer::sanicErrorsForUnknownRoutesAndMethods()
{
    start();
    const HttpResult missing = m_server.client().get(u"/nope"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.object().value("description"_L1).toString(), u"Not Found"_s);
    QVERIFY(!missing.object().contains("reason"_L1)); // not a Rasa error body
    const HttpResult html = m_server.client().get(u"/nope"_s, {{"Content-Type", "text/plain"}});
    QCOMPARE(html.status, 404);
    QVERIFY(html.contentType.startsWith("text/html"));
    const HttpResult method = m_server.client().get(u"/conversations/c/messages"_s);
    QCOMPARE(method.status, 405);
    QVERIFY(method.object().value("message"_L1).toString().contains(u"GET"_s));
    QCOMPARE(m_server.client().post(u"/status"_s).status, 405);
    QCOMPARE(m_server.client().send("DELETE", u"/conversations/c/tracker/events"_s, {}).status,
             405);
    QCOMPARE(m_server.client().get(u"/conversations//tracker"_s).status, 404);
}

void TestFakeRasaServer::trailingSlashesAreAccepted()
{
    start();
    QCOMPARE(m_server.client().get(u"/version/"_s).status, 200);
    QCOMPARE(m_server.client().get(u"/conversations/x/tracker/"_s).status, 200);
}

void TestFakeRasaServer::conversationIdsMayHoldSlashesAndSpaces()
{
    start();
    const HttpResult reply = m_server.client().post(u"/conversations/team%2Fann%20b/messages"_s,
                                                    R"({"sender": "user", "text": "hello"})");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value("sender_id"_L1).toString(), u"team/ann b"_s);
    QVERIFY(m_server->hasConversation(u"team/ann b"_s));
    QCOMPARE(m_server->tracker(u"team/ann b"_s).events().size(), 4);
}

void TestFakeRasaServer::noModelLoadedIsAConflict()
{
    start();
    m_server->setModelLoaded(false);
    QVERIFY(!m_server->isModelLoaded());
    const HttpResult status = m_server.client().get(u"/status"_s);
    QCOMPARE(status.status, 409);
    QCOMPARE(status.object().value("reason"_L1).toString(), u"Conflict"_s);
    QVERIFY(status.object().value("message"_L1).toString().startsWith(u"No agent loaded."_s));
    QCOMPARE(m_server.client().get(u"/conversations/c/tracker"_s).status, 409);
    QCOMPARE(m_server.client().get(u"/"_s).status, 200);
    QCOMPARE(m_server.client().get(u"/version"_s).status, 200);
    FakeRasaServer empty; // no bot at all
    QVERIFY(empty.listen() != 0);
    TestClient client(empty.url());
    QCOMPARE(client.get(u"/domain"_s).status, 409);
}

void TestFakeRasaServer::requestsAreRecordedWithoutSecrets()
{
    start();
    m_server->setAuthToken(u"s3cret"_s);
    QSignalSpy handled(m_server.get(), &FakeRasaServer::requestHandled);
    QSignalSpy received(m_server.get(), &FakeRasaServer::requestReceived);
    m_server.client().post(u"/conversations/r/messages?token=s3cret&include_events=NONE"_s,
                           R"({"sender": "user", "text": "hello"})",
                           {{"Authorization", "Bearer abc.def.ghi"}});
    QCOMPARE(received.size(), 1);
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.first().at(0).toString(), u"POST"_s);
    QCOMPARE(handled.first().at(1).toString(), u"/conversations/r/messages"_s);
    QCOMPARE(handled.first().at(2).toInt(), 200);
    const QList<RecordedRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    const RecordedRequest &request = requests.first();
    QCOMPARE(request.method, u"POST"_s);
    QCOMPARE(request.query.queryItemValue(u"token"_s), u"REDACTED"_s);
    QCOMPARE(request.query.queryItemValue(u"include_events"_s), u"NONE"_s);
    QCOMPARE(request.status, 200);
    QVERIFY(request.body.contains("hello"));
    for (const auto &header : request.headers) {
        QVERIFY(header.first.compare("Authorization", Qt::CaseInsensitive) != 0);
        QVERIFY(!header.second.contains("s3cret"));
    }
    m_server->clearRequests();
    QVERIFY(m_server->requests().isEmpty());
}

void TestFakeRasaServer::forgettingConversationsLikeARestart()
{
    start();
    QSignalSpy changed(m_server.get(), &FakeRasaServer::conversationChanged);
    m_server.client().post(u"/conversations/f/messages"_s,
                           R"({"sender": "user", "text": "hello"})");
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), u"f"_s);
    m_server.client().get(u"/conversations/f/tracker"_s);
    QCOMPARE(changed.size(), 1); // reading changes nothing
    QCOMPARE(m_server->conversationIds(), QStringList{u"f"_s});
    m_server->forgetConversations();
    QVERIFY(m_server->conversationIds().isEmpty());
    QCOMPARE(m_server.client().post(u"/conversations/f/predict"_s).status, 404);
    QCOMPARE(m_server->tracker(u"f"_s).events().size(), 0);
}

void TestFakeRasaServer::parseEndpoint()
{
    start();
    const HttpResult reply =
        m_server.client().post(u"/model/parse"_s, R"({"text": "hello there"})");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value("intent"_L1).toObject().value("name"_L1).toString(), u"greet"_s);
    QCOMPARE(m_server.client().post(u"/model/parse"_s).status, 400);
}

void TestFakeRasaServer::parseShapeIsRasas_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("text");
    for (const auto &[line, version] :
         {std::pair{u"2.8"_s, u"2.8.34"_s}, std::pair{u"3.6"_s, u"3.6.21"_s}}) {
        for (const QString &text : {u"hello there"_s, u"/greet"_s})
            QTest::addRow("%s %s", qPrintable(line), qPrintable(text)) << line << version << text;
    }
}

void TestFakeRasaServer::parseShapeIsRasas()
{
    // The same keys as real Rasa's answer (tests/data/replay), at every level
    // the replay reads: the answer, its intent, its ranking entries. Served
    // as recorded: the e2e moodbot and its config (no ResponseSelector).
    QFETCH(QString, line);
    QFETCH(QString, version);
    QFETCH(QString, text);
    const QString bot = QStringLiteral(COACH_SOURCE_DIR "/tests/e2e/bots/moodbot");
    FakeRasaServer server;
    server.setRasaVersion(version);
    // The config the recordings were made with (tests/data/replay/README.md).
    const Status loaded =
        server.loadBot(bot, TestSupport::dataPath(u"replay/moodbot-config.yml"_s));
    QVERIFY2(loaded, qPrintable(loaded.error().toString()));
    QVERIFY(server.listen());
    TestClient client(server.url());
    const QJsonObject real =
        TestSupport::readJson(TestSupport::dataPath(u"replay/parse-%1.json"_s.arg(line)))
            .toObject()
            .value(text)
            .toObject();
    QVERIFY(!real.isEmpty());
    const HttpResult reply = client.postJson(u"/model/parse"_s, QJsonObject{{u"text"_s, text}});
    QCOMPARE(reply.status, 200);
    const QJsonObject fake = reply.object();
    QCOMPARE(fake.keys(), real.keys());
    QCOMPARE(fake.value("intent"_L1).toObject().keys(), real.value("intent"_L1).toObject().keys());
    QCOMPARE(fake.value("intent_ranking"_L1).toArray().first().toObject().keys(),
             real.value("intent_ranking"_L1).toArray().first().toObject().keys());
    QCOMPARE(fake.value("text"_L1), real.value("text"_L1));
    QCOMPARE(fake.value("intent"_L1).toObject().value("name"_L1),
             real.value("intent"_L1).toObject().value("name"_L1));
}

void TestFakeRasaServer::closingFromAHandlerIsSafe()
{
    start();
    auto closing = std::make_shared<QMetaObject::Connection>();
    *closing =
        connect(m_server.get(), &FakeRasaServer::requestReceived, m_server.get(), [this, closing] {
            disconnect(*closing);
            m_server->close();
        });
    const HttpResult last = m_server.client().get(u"/version"_s);
    QVERIFY(!last.timedOut); // answered or dropped with the server, never left hanging
    QVERIFY(last.status == 200 || last.status == 0);
    QVERIFY(!m_server->isListening());
    QCOMPARE(m_server.client().get(u"/version"_s).status, 0);
    QVERIFY(m_server->listen() != 0); // and it can listen again
    m_server.client().setBase(m_server->url());
    QCOMPARE(m_server.client().get(u"/"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestFakeRasaServer)
#include "tst_fakerasaserver.moc"
