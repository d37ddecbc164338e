#include "fakerasa/fakerasaserver.h"
#include "fakerasa/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Coach;
using namespace Coach::FakeRasa;
using namespace Qt::StringLiterals;

namespace {

const QString kFormbot = TestServer::exampleBot(u"formbot"_s);

const QStringList kPaths{
    u"/"_s,
    u"/version"_s,
    u"/status"_s,
    u"/domain"_s,
    u"/model/parse"_s,
    u"/conversations/z/tracker"_s,
    u"/conversations/z/tracker/events"_s,
    u"/conversations/z/messages"_s,
    u"/conversations/z/predict"_s,
    u"/conversations/z/execute"_s,
    u"/conversations/%2F/tracker"_s,
    u"/conversations/z/tracker?include_events=ALL&until=-1e309"_s,
};

QJsonValue randomValue(QRandomGenerator &random, int depth);

QJsonObject randomObject(QRandomGenerator &random, int depth)
{
    static const QStringList keys{u"event"_s,  u"name"_s,       u"text"_s,      u"sender"_s,
                                  u"value"_s,  u"parse_data"_s, u"intent"_s,    u"entities"_s,
                                  u"policy"_s, u"confidence"_s, u"timestamp"_s, u"metadata"_s};
    QJsonObject object;
    const int size = random.bounded(5);
    for (int i = 0; i < size; ++i)
        object.insert(keys.at(random.bounded(keys.size())), randomValue(random, depth + 1));
    return object;
}

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    static const QStringList words{u"user"_s,          u"action"_s,
                                   u"slot"_s,          u"restaurant_form"_s,
                                   u"utter_greet"_s,   u"/inform{\"cuisine\": 1}"_s,
                                   u"user"_s,          u"bot"_s,
                                   u"action_listen"_s, u"rewind"_s,
                                   u"undo"_s,          u""_s};
    switch (random.bounded(depth > 3 ? 4 : 7)) {
    case 0:
        return QJsonValue();
    case 1:
        return random.bounded(2) == 0;
    case 2:
        return random.bounded(2e6) - 1e6;
    case 3:
        return words.at(random.bounded(words.size()));
    case 4: {
        QJsonArray array;
        for (int i = random.bounded(4); i > 0; --i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default:
        return randomObject(random, depth);
    }
}

QByteArray randomBody(QRandomGenerator &random)
{
    switch (random.bounded(4)) {
    case 0:
        return {};
    case 1: {
        QByteArray bytes(random.bounded(64), '\0');
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        return bytes;
    }
    case 2:
        return QJsonDocument(QJsonArray{randomValue(random, 0), randomObject(random, 1)})
            .toJson(QJsonDocument::Compact);
    default:
        return QJsonDocument(randomObject(random, 0)).toJson(QJsonDocument::Compact);
    }
}

} // namespace

class TestFakeRasaRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void garbageBodiesGetErrorsNotCrashes_data();
    void garbageBodiesGetErrorsNotCrashes();
    void wrongTypesInsideValidJson();
    void hugeBodyIsRefused();
    void randomRequests_data();
    void randomRequests();

private:
    void start(const QString &version);

    TestServer m_server;
};

void TestFakeRasaRobustness::start(const QString &version)
{
    const Status started = m_server.start(kFormbot, version);
    QVERIFY2(started, qPrintable(started.error().toString()));
}

void TestFakeRasaRobustness::cleanup()
{
    m_server.reset();
}

void TestFakeRasaRobustness::garbageBodiesGetErrorsNotCrashes_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QByteArray>("body");
    const QList<QPair<const char *, QByteArray>> bodies{
        {"binary", QByteArray("\x00\xff\xfe{[\"", 6)},
        {"truncated", QByteArray(R"({"sender": "user", "te)")},
        {"number", QByteArray("42")},
        {"string", QByteArray("\"hello\"")},
        {"null", QByteArray("null")},
        {"nested", QByteArray(2000, '[') + QByteArray(2000, ']')},
        {"array of junk", QByteArray(R"([1, "a", null, {"event": 5}])")},
    };
    for (const char *version : {"3.6.2", "2.8.12"}) {
        for (const auto &[name, body] : bodies) {
            const QByteArray row = QByteArray(version) + ' ' + name;
            QTest::newRow(row.constData()) << QString::fromLatin1(version) << body;
        }
    }
}

void TestFakeRasaRobustness::garbageBodiesGetErrorsNotCrashes()
{
    QFETCH(QString, version);
    QFETCH(QByteArray, body);
    start(version);
    for (const QString &route : {u"messages"_s, u"execute"_s, u"tracker/events"_s}) {
        for (const QByteArray &verb : {QByteArray("POST"), QByteArray("PUT")}) {
            const HttpResult reply =
                m_server.client().send(verb, u"/conversations/g/"_s + route, body);
            QVERIFY2(reply.status >= 400 && reply.status < 600,
                     qPrintable(
                         u"%1 %2 → %3"_s.arg(QString::fromLatin1(verb), route).arg(reply.status)));
        }
    }
    QCOMPARE(m_server.client().post(u"/conversations/g/predict"_s, body).status, 404);
    QCOMPARE(m_server.client().get(u"/"_s).status, 200);
}

void TestFakeRasaRobustness::wrongTypesInsideValidJson()
{
    start(u"3.6.2"_s);
    const QString path = u"/conversations/w/messages"_s;
    QCOMPARE(m_server.client().post(path, R"({"sender": ["user"], "text": "hi"})").status, 400);
    QCOMPARE(m_server.client().post(path, R"({"sender": "user", "text": {"a": 1}})").status, 500);
    const HttpResult stringParse =
        m_server.client().post(path, R"({"sender": "user", "text": "hi", "parse_data": "greet"})");
    QCOMPARE(stringParse.status, 200); // not an object: the NLU parses the text
    QCOMPARE(stringParse.object()
                 .value("latest_message"_L1)
                 .toObject()
                 .value("intent"_L1)
                 .toObject()
                 .value("name"_L1)
                 .toString(),
             u"greet"_s);
    QCOMPARE(m_server.client().post(u"/conversations/w/execute"_s, R"({"name": 7})").status, 500);
    QCOMPARE(
        m_server.client()
            .post(u"/conversations/w/execute"_s, R"({"name": "utter_greet", "confidence": "x"})")
            .status,
        200);
    QCOMPARE(m_server.client()
                 .post(u"/conversations/w/tracker/events"_s,
                       R"({"event": "slot", "name": 5, "value": 1})")
                 .status,
             400);
    QCOMPARE(
        m_server.client().get(u"/conversations/w/tracker?until=abc&include_events=all"_s).status,
        200);
}

void TestFakeRasaRobustness::hugeBodyIsRefused()
{
    start(u"3.6.2"_s);
    const QByteArray huge(64 * 1024 * 1024 + 1024, 'x');
    const HttpResult reply =
        m_server.client().send("POST", u"/conversations/h/messages"_s, huge, {}, 60000);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.object().value("description"_L1).toString(), u"Payload Too Large"_s);
    QCOMPARE(m_server->requests().last().status, 413);
    QVERIFY(!m_server->hasConversation(u"h"_s));
    QCOMPARE(m_server.client()
                 .post(u"/conversations/h/messages"_s, R"({"sender": "user", "text": "hi"})")
                 .status,
             200);
}

void TestFakeRasaRobustness::randomRequests_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("3.6") << u"3.6.2"_s << 1234u;
    QTest::newRow("2.8") << u"2.8.12"_s << 4321u;
}

void TestFakeRasaRobustness::randomRequests()
{
    QFETCH(QString, version);
    QFETCH(quint32, seed);
    start(version);
    m_server.client().post(u"/conversations/z/messages"_s, R"({"sender": "user", "text": "hi"})");
    QRandomGenerator random(seed);
    static const QList<QByteArray> verbs{"GET", "POST", "PUT", "DELETE", "PATCH"};
    for (int i = 0; i < 300; ++i) {
        const QByteArray verb = verbs.at(random.bounded(verbs.size()));
        const QString path = kPaths.at(random.bounded(kPaths.size()));
        const HttpResult reply = m_server.client().send(verb, path, randomBody(random));
        QVERIFY2(reply.status >= 200 && reply.status < 600,
                 qPrintable(u"request %1: %2 %3 → %4"_s.arg(i)
                                .arg(QString::fromLatin1(verb), path)
                                .arg(reply.status)));
    }
    QCOMPARE(m_server.client().get(u"/version"_s).status, 200);
    const HttpResult tracker =
        m_server.client().get(u"/conversations/z/tracker?include_events=ALL"_s);
    QCOMPARE(tracker.status, 200);
    QVERIFY(tracker.object().value("events"_L1).isArray());
}

QTEST_GUILESS_MAIN(TestFakeRasaRobustness)
#include "tst_fakerasarobustness.moc"
