#include "fakerasa/eventcodec.h"
#include "fakerasa/fakerasaserver.h"
#include "fakerasa/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Coach;
using namespace Coach::FakeRasa;
using namespace Qt::StringLiterals;

namespace {

const QString kSlotbot = TestServer::testBot(u"slotbot"_s);

QStringList eventTypes(const QJsonArray &events)
{
    QStringList types;
    for (const QJsonValue &event : events)
        types.append(event.toObject().value("event"_L1).toString());
    return types;
}

QJsonObject userEvent(const QString &text, const QString &intent, const QJsonArray &entities = {})
{
    QJsonObject parse;
    parse.insert("intent"_L1, QJsonObject{{u"name"_s, intent}, {u"confidence"_s, 1.0}});
    parse.insert("entities"_L1, entities);
    parse.insert("text"_L1, text);
    return QJsonObject{{u"event"_s, u"user"_s}, {u"text"_s, text}, {u"parse_data"_s, parse}};
}

QJsonObject cityEntity(const QString &city)
{
    return QJsonObject{{u"entity"_s, u"city"_s},
                       {u"value"_s, city},
                       {u"start"_s, 0},
                       {u"end"_s, int(city.size())}};
}

} // namespace

class TestFakeRasaEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void appendsOneEventOrAList_data();
    void appendsOneEventOrAList();
    void sessionStartIsNotDuplicated();
    void rasa2RulesForBadEvents();
    void rasa3ValidatesAgainstTheSchema_data();
    void rasa3ValidatesAgainstTheSchema();
    void rasa3StampsModelMetadata();
    void legacyNamesAreRewritten();
    void userEventsFillSlotsOnlyOn2x_data();
    void userEventsFillSlotsOnlyOn2x();
    void interactiveCorrectionAndUndo();
    void replaceSetsTheWholeConversation_data();
    void replaceSetsTheWholeConversation();
    void responsesHonourIncludeEvents();

private:
    void start(const QString &version);
    HttpResult post(const QString &id, const QJsonValue &body);

    TestServer m_server;
};

void TestFakeRasaEvents::start(const QString &version)
{
    const Status started = m_server.start(kSlotbot, version);
    QVERIFY2(started, qPrintable(started.error().toString()));
}

void TestFakeRasaEvents::cleanup()
{
    m_server.reset();
}

HttpResult TestFakeRasaEvents::post(const QString &id, const QJsonValue &body)
{
    return m_server.client().postJson(
        u"/conversations/%1/tracker/events?include_events=ALL"_s.arg(id), body);
}

void TestFakeRasaEvents::appendsOneEventOrAList_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("3.6") << u"3.6.2"_s;
    QTest::newRow("2.8") << u"2.8.12"_s;
}

void TestFakeRasaEvents::appendsOneEventOrAList()
{
    QFETCH(QString, version);
    start(version);
    const HttpResult single = post(u"a"_s, QJsonObject{{u"event"_s, u"restart"_s}});
    QCOMPARE(single.status, 200);
    QCOMPARE(eventTypes(single.object().value("events"_L1).toArray()),
             (QStringList{u"action"_s, u"session_started"_s, u"action"_s, u"restart"_s}));
    const HttpResult list =
        post(u"a"_s,
             QJsonArray{QJsonObject{{u"event"_s, u"action"_s}, {u"name"_s, u"action_listen"_s}},
                        QJsonObject{{u"event"_s, u"undo"_s}, {u"timestamp"_s, 12.5}}});
    QCOMPARE(list.status, 200);
    const QJsonArray events = list.object().value("events"_L1).toArray();
    QCOMPARE(events.size(), 6);
    QCOMPARE(events.last().toObject().value("timestamp"_L1).toDouble(), 12.5); // kept
    const QJsonObject listen = events.at(4).toObject();
    QVERIFY(listen.value("timestamp"_L1).toDouble() > 1.6e9); // stamped by the server
    QVERIFY(listen.contains("hide_rule_turn"_L1));
    QVERIFY(listen.value("policy"_L1).isNull());
    QVERIFY(m_server->hasConversation(u"a"_s));
}

void TestFakeRasaEvents::sessionStartIsNotDuplicated()
{
    start(u"3.6.2"_s);
    const QJsonArray session{
        QJsonObject{{u"event"_s, u"action"_s}, {u"name"_s, u"action_session_start"_s}},
        QJsonObject{{u"event"_s, u"session_started"_s}},
        QJsonObject{{u"event"_s, u"action"_s}, {u"name"_s, u"action_listen"_s}}};
    const HttpResult reply = post(u"s"_s, session);
    QCOMPARE(eventTypes(reply.object().value("events"_L1).toArray()),
             (QStringList{u"action"_s, u"session_started"_s, u"action"_s}));
}

void TestFakeRasaEvents::rasa2RulesForBadEvents()
{
    start(u"2.7.1"_s); // before the schema check of 2.8 (2.8.34 answers 400)
    const HttpResult unknown = post(u"b"_s, QJsonObject{{u"event"_s, u"dance"_s}});
    QCOMPARE(unknown.status, 500);
    QCOMPARE(unknown.object().value("reason"_L1).toString(), u"ConversationError"_s);
    QCOMPARE(unknown.object().value("message"_L1).toString(),
             u"An unexpected error occurred. Error: Unknown event name 'dance'."_s);
    const HttpResult dropped =
        post(u"b"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"x"_s}}, QJsonObject{{u"event"_s, u"pause"_s}}});
    QCOMPARE(dropped.status, 200);
    QCOMPARE(eventTypes(dropped.object().value("events"_L1).toArray()).last(), u"pause"_s);
    QCOMPARE(dropped.object().value("paused"_L1), QJsonValue(true));
    const HttpResult nothing = post(u"b"_s, QJsonArray{QJsonObject{{u"name"_s, u"x"_s}}});
    QCOMPARE(nothing.status, 500);
    QCOMPARE(nothing.object().value("message"_L1).toString(),
             u"An unexpected error occurred. Error: "_s);
    const HttpResult empty = m_server.client().post(u"/conversations/b/tracker/events"_s);
    QCOMPARE(empty.status, 400);
    QVERIFY(empty.object().value("message"_L1).toString().contains(u"append themto"_s));
    QCOMPARE(m_server.client().post(u"/conversations/b/tracker/events"_s, "[{").status, 500);
    QCOMPARE(post(u"b"_s, QJsonArray{u"text"_s}).status, 500);
    QCOMPARE(post(u"b"_s, QJsonObject{{u"event"_s, u"topic"_s}}).status, 500); // dropped → none
}

void TestFakeRasaEvents::rasa3ValidatesAgainstTheSchema_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty body") << QByteArray() << u"None is not of type 'object'"_s;
    QTest::newRow("unknown event")
        << QByteArray(R"({"event": "dance"})") << u"is not valid under any of the given schemas"_s;
    QTest::newRow("no event key") << QByteArray(R"([{"name": "x"}])")
                                  << u"'event' is a required property"_s;
    QTest::newRow("slot without value") << QByteArray(R"({"event": "slot", "name": "city"})")
                                        << u"'value' is a required property"_s;
    QTest::newRow("timestamp text") << QByteArray(R"({"event": "restart", "timestamp": "now"})")
                                    << u"'now' is not of type 'number', 'null'"_s;
    QTest::newRow("entity without value")
        << QByteArray(R"({"event": "entities", "entities": [{"entity": "city"}]})")
        << u"'value' is a required property"_s;
    QTest::newRow("intent name null")
        << QByteArray(R"({"event": "user", "parse_data": {"intent": {"name": null}}})")
        << u"None is not of type 'string'"_s;
    QTest::newRow("confidence text")
        << QByteArray(R"({"event": "action", "name": "x", "confidence": "high"})")
        << u"'high' is not of type 'number', 'null'"_s;
}

void TestFakeRasaEvents::rasa3ValidatesAgainstTheSchema()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    start(u"3.6.2"_s);
    const HttpResult reply = m_server.client().post(u"/conversations/v/tracker/events"_s, body);
    QCOMPARE(reply.status, 400);
    const QString message = reply.object().value("message"_L1).toString();
    QVERIFY2(message.startsWith(u"Failed to validate the events format. For more information "
                                "about the format visit the docs. Error: "_s),
             qPrintable(message));
    QVERIFY2(message.contains(problem), qPrintable(message));
    QCOMPARE(reply.object().value("help"_L1).toString(),
             u"https://rasa.com/docs/rasa/pages/http-api"_s);
    QVERIFY(!m_server->hasConversation(u"v"_s));
    QCOMPARE(m_server.client().put(u"/conversations/v/tracker/events"_s, body).status, 400);
}

void TestFakeRasaEvents::rasa3StampsModelMetadata()
{
    start(u"3.6.2"_s);
    const HttpResult reply = post(u"m"_s,
                                  QJsonObject{{u"event"_s, u"slot"_s},
                                              {u"name"_s, u"city"_s},
                                              {u"value"_s, u"Rome"_s},
                                              {u"metadata"_s, QJsonObject{{u"mine"_s, 1}}}});
    QCOMPARE(reply.status, 200);
    const QJsonObject slot = reply.object().value("events"_L1).toArray().last().toObject();
    const QJsonObject metadata = slot.value("metadata"_L1).toObject();
    QCOMPARE(metadata.value("model_id"_L1).toString(), m_server->modelId());
    QCOMPARE(metadata.value("assistant_id"_L1).toString(), u"placeholder_default"_s);
    QCOMPARE(metadata.value("mine"_L1).toInt(), 1);
    QCOMPARE(reply.object().value("slots"_L1).toObject().value("city"_L1).toString(), u"Rome"_s);
    m_server->setRasaVersion(u"3.4.0"_s);
    const QJsonObject older = post(u"m"_s, QJsonObject{{u"event"_s, u"pause"_s}})
                                  .object()
                                  .value("events"_L1)
                                  .toArray()
                                  .last()
                                  .toObject();
    QVERIFY(!older.value("metadata"_L1).toObject().contains("assistant_id"_L1));
    m_server->setRasaVersion(u"2.8.12"_s);
    const QJsonObject v2 = post(u"m"_s, QJsonObject{{u"event"_s, u"resume"_s}})
                               .object()
                               .value("events"_L1)
                               .toArray()
                               .last()
                               .toObject();
    QVERIFY(!v2.contains("metadata"_L1));
}

void TestFakeRasaEvents::legacyNamesAreRewritten()
{
    start(u"2.8.12"_s);
    const QJsonArray events =
        post(u"l"_s,
             QJsonArray{QJsonObject{{u"event"_s, u"form"_s}, {u"name"_s, u"f"_s}},
                        QJsonObject{{u"event"_s, u"form_validation"_s}, {u"validate"_s, false}}})
            .object()
            .value("events"_L1)
            .toArray();
    QCOMPARE(events.at(events.size() - 2).toObject().value("event"_L1).toString(),
             u"active_loop"_s);
    QCOMPARE(events.last().toObject().value("event"_L1).toString(), u"loop_interrupted"_s);
    QCOMPARE(events.last().toObject().value("is_interrupted"_L1), QJsonValue(true));
    QCOMPARE(EventCodec::describe(QJsonObject{{u"a"_s, QJsonValue()}}), u"{\"a\": null}"_s);
}

void TestFakeRasaEvents::userEventsFillSlotsOnlyOn2x_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QJsonValue>("city");
    QTest::newRow("2.8 auto-fills") << u"2.8.12"_s << QJsonValue(u"Oslo"_s);
    QTest::newRow("3.6 does not") << u"3.6.2"_s << QJsonValue();
}

void TestFakeRasaEvents::userEventsFillSlotsOnlyOn2x()
{
    QFETCH(QString, version);
    QFETCH(QJsonValue, city);
    start(version);
    const HttpResult reply =
        post(u"u"_s,
             QJsonArray{QJsonObject{{u"event"_s, u"action"_s}, {u"name"_s, u"action_listen"_s}},
                        userEvent(u"Oslo"_s, u"inform"_s, QJsonArray{cityEntity(u"Oslo"_s)})});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value("slots"_L1).toObject().value("city"_L1), city);
}

void TestFakeRasaEvents::interactiveCorrectionAndUndo()
{
    start(u"3.6.2"_s);
    m_server.client().post(u"/conversations/i/messages"_s,
                           R"({"sender": "user", "text": "hello"})");
    const QJsonObject original = m_server->tracker(u"i"_s).events().last().toJson();
    QJsonObject corrected = original;
    corrected.insert("parse_data"_L1, userEvent(u"hello"_s, u"bye"_s).value("parse_data"_L1));
    const HttpResult fixed =
        post(u"i"_s,
             QJsonArray{QJsonObject{{u"event"_s, u"rewind"_s}},
                        QJsonObject{{u"event"_s, u"action"_s}, {u"name"_s, u"action_listen"_s}},
                        corrected});
    QCOMPARE(fixed.status, 200);
    const QJsonObject latest = fixed.object().value("latest_message"_L1).toObject();
    QCOMPARE(latest.value("intent"_L1).toObject().value("name"_L1).toString(), u"bye"_s);
    QCOMPARE(latest.value("text"_L1).toString(), u"hello"_s);
    m_server.client().postJson(u"/conversations/i/execute"_s,
                               QJsonObject{{u"name"_s, u"utter_bye"_s}});
    QCOMPARE(m_server->tracker(u"i"_s).latestActionName(), u"utter_bye"_s);
    const HttpResult undone = post(u"i"_s, QJsonObject{{u"event"_s, u"undo"_s}});
    QCOMPARE(undone.object().value("latest_action_name"_L1).toString(), u"action_listen"_s);
    const QJsonArray applied = m_server.client()
                                   .get(u"/conversations/i/tracker?include_events=APPLIED"_s)
                                   .object()
                                   .value("events"_L1)
                                   .toArray();
    QCOMPARE(eventTypes(applied), (QStringList{u"action"_s, u"user"_s}));
}

void TestFakeRasaEvents::replaceSetsTheWholeConversation_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("3.6") << u"3.6.2"_s;
    QTest::newRow("2.8") << u"2.8.12"_s;
}

void TestFakeRasaEvents::replaceSetsTheWholeConversation()
{
    QFETCH(QString, version);
    start(version);
    m_server.client().post(u"/conversations/p/messages"_s,
                           R"({"sender": "user", "text": "hello"})");
    const QJsonArray events{QJsonObject{{u"event"_s, u"action"_s}, {u"name"_s, u"action_listen"_s}},
                            userEvent(u"bye"_s, u"bye"_s)};
    const HttpResult replaced =
        m_server.client().put(u"/conversations/p/tracker/events?include_events=ALL"_s,
                              QJsonDocument(events).toJson(QJsonDocument::Compact));
    QCOMPARE(replaced.status, 200);
    QCOMPARE(eventTypes(replaced.object().value("events"_L1).toArray()),
             (QStringList{u"action"_s, u"user"_s}));
    QCOMPARE(m_server->tracker(u"p"_s).events().size(), 2);
    QVERIFY(!m_server->tracker(u"p"_s).events().first().metadata().contains(u"model_id"_s));
    const HttpResult object =
        m_server.client().put(u"/conversations/p/tracker/events"_s, R"({"event": "restart"})");
    QCOMPARE(object.status, 500);
    QCOMPARE(m_server->tracker(u"p"_s).events().size(), 2);
    QCOMPARE(m_server.client().put(u"/conversations/p/tracker/events"_s, "[]").status, 200);
    QCOMPARE(m_server->tracker(u"p"_s).events().size(), 0);
    QVERIFY(m_server->hasConversation(u"p"_s));
}

void TestFakeRasaEvents::responsesHonourIncludeEvents()
{
    start(u"3.6.2"_s);
    const HttpResult none =
        m_server.client().postJson(u"/conversations/h/tracker/events?include_events=NONE"_s,
                                   QJsonObject{{u"event"_s, u"pause"_s}});
    QCOMPARE(none.status, 200);
    QVERIFY(none.object().value("events"_L1).isNull());
    const HttpResult bad =
        m_server.client().postJson(u"/conversations/h/tracker/events?include_events=SOME"_s,
                                   QJsonObject{{u"event"_s, u"pause"_s}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(m_server->tracker(u"h"_s).events().size(), 4); // the bad request changed nothing
}

QTEST_GUILESS_MAIN(TestFakeRasaEvents)
#include "tst_fakerasaevents.moc"
