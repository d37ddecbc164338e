#include "model/event.h"
#include "model/tracker.h"
#include "testsupport/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryFixtureEvent_data();
    void roundTripsEveryFixtureEvent();
    void keepsUnknownTypesAndFields();
    void mapsLegacyNames();
    void readsTypedFields();
    void rejectsMalformedEvents_data();
    void rejectsMalformedEvents();
    void namesTheBadItemInAList();
    void factoriesWriteRasaShapes();
    void userFieldsFollowTheParseData();
    void copiesAreIndependent();
};

static QJsonArray fixtureEvents(const QString &relative)
{
    return TestSupport::readJson(TestSupport::dataPath(relative))
        .toObject()
        .value("events"_L1)
        .toArray();
}

void TestEvent::roundTripsEveryFixtureEvent_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : TestSupport::dataFiles(u"."_s, {u"tracker*.json"_s}))
        QTest::newRow(qPrintable(file)) << file;
}

void TestEvent::roundTripsEveryFixtureEvent()
{
    QFETCH(QString, file);
    const QJsonArray events = fixtureEvents(file);
    QVERIFY(!events.isEmpty());
    Result<EventList> parsed = Event::listFromJson(events);
    QVERIFY2(parsed.isOk(), qPrintable(parsed.error().toString()));
    QCOMPARE(parsed->size(), events.size());
    QCOMPARE(Event::listToJson(*parsed), events);
    for (const Event &event : *parsed)
        QVERIFY2(event.type() != EventType::Unknown, qPrintable(event.typeName()));
}

void TestEvent::keepsUnknownTypesAndFields()
{
    const QJsonObject flow =
        QJsonDocument::fromJson(
            R"({"event": "flow_started", "timestamp": 1.5, "flow_id": "transfer", "x": [1, {"y": null}]})")
            .object();
    Result<Event> event = Event::fromJson(flow);
    QVERIFY(event.isOk());
    QCOMPARE(event->type(), EventType::Unknown);
    QCOMPARE(event->typeName(), u"flow_started"_s);
    QCOMPARE(event->toJson(), flow);

    QJsonObject action = Event::action(u"utter_greet"_s, u"RulePolicy"_s, 0.9, 10.0).toJson();
    action.insert("future_field"_L1, QJsonObject{{"a"_L1, 1}});
    Result<Event> withExtra = Event::fromJson(action);
    QVERIFY(withExtra.isOk());
    QCOMPARE(withExtra->name(), u"utter_greet"_s);
    QCOMPARE(withExtra->toJson(), action);
}

void TestEvent::mapsLegacyNames()
{
    Result<Event> form = Event::fromJson(QJsonObject{{"event"_L1, "form"_L1}, {"name"_L1, "f"_L1}});
    QVERIFY(form.isOk());
    QCOMPARE(form->type(), EventType::ActiveLoop);
    QCOMPARE(form->loopName(), u"f"_s);
    QCOMPARE(form->typeName(), u"form"_s);

    Result<Event> validation =
        Event::fromJson(QJsonObject{{"event"_L1, "form_validation"_L1}, {"validate"_L1, false}});
    QVERIFY(validation.isOk());
    QCOMPARE(validation->type(), EventType::LoopInterrupted);
    QVERIFY(validation->isInterrupted());
}

void TestEvent::readsTypedFields()
{
    const EventList events =
        Event::listFromJson(fixtureEvents(u"rasa/data/test_trackers/tracker_moodbot.json"_s))
            .value();
    const Event &user = events.at(1);
    QCOMPARE(user.type(), EventType::User);
    QCOMPARE(user.text(), u"/greet"_s);
    QCOMPARE(user.parseData().intentName(), u"greet"_s);
    QCOMPARE(user.parseData().intentConfidence().value(), 0.54);
    QCOMPARE(user.parseData().intentRanking().size(), 3);
    QCOMPARE(user.parseData().intentRanking().at(1).name, u"goodbye"_s);
    const Event &happy = events.at(5);
    QCOMPARE(happy.name(), u"utter_happy"_s);
    QCOMPARE(happy.policy(), u"policy_1_TEDPolicy"_s);
    QCOMPARE(happy.confidence().value(), 0.8);
    QVERIFY(events.last().isActionListen());
    QVERIFY(!events.at(0).confidence().has_value());
}

void TestEvent::rejectsMalformedEvents_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("number") << QByteArray("3");
    QTest::newRow("string") << QByteArray("\"user\"");
    QTest::newRow("no event key") << QByteArray(R"({"name": "x"})");
    QTest::newRow("event not a string") << QByteArray(R"({"event": 7})");
    QTest::newRow("empty event name") << QByteArray(R"({"event": ""})");
}

void TestEvent::rejectsMalformedEvents()
{
    QFETCH(QByteArray, json);
    const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]");
    Result<Event> event = Event::fromJson(document.array().at(0));
    QVERIFY(!event.isOk());
    QVERIFY(!event.error().message.isEmpty());
}

void TestEvent::namesTheBadItemInAList()
{
    const QJsonArray array =
        QJsonDocument::fromJson(R"([{"event": "restart"}, {"event": "undo"}, 5])").array();
    Result<EventList> events = Event::listFromJson(array);
    QVERIFY(!events.isOk());
    QVERIFY(events.error().where.contains("3"_L1));
    QVERIFY(!Event::listFromJson(QJsonObject()).isOk());
}

void TestEvent::factoriesWriteRasaShapes()
{
    const QJsonObject listen = Event::actionListen(5.0).toJson();
    QCOMPARE(listen.value("event"_L1).toString(), u"action"_s);
    QCOMPARE(listen.value("name"_L1).toString(), u"action_listen"_s);
    QVERIFY(listen.value("policy"_L1).isNull());
    QVERIFY(listen.value("confidence"_L1).isNull());
    QCOMPARE(listen.value("timestamp"_L1).toDouble(), 5.0);

    QVERIFY(!Event::undo().toJson().contains("timestamp"_L1));
    QCOMPARE(Event::loopInterrupted(true).toJson().value("is_interrupted"_L1).toBool(), true);
    QCOMPARE(Event::actionExecutionRejected(u"f"_s).toJson().value("name"_L1).toString(), u"f"_s);
    QVERIFY(Event::activeLoop(QString()).toJson().value("name"_L1).isNull());

    const ParseData parse = ParseData::corrected(
        u"hi Anna"_s, u"greet"_s, {Entity::onSpan(u"name"_s, u"Anna"_s, 3, 7, u"friend"_s)});
    const Event user = Event::user(u"hi Anna"_s, parse, 1.0);
    QCOMPARE(user.parseData().intentConfidence().value(), 1.0);
    QCOMPARE(user.parseData().entities().at(0).role(), u"friend"_s);
    QVERIFY(user.toJson().value("metadata"_L1).isObject());
}

void TestEvent::userFieldsFollowTheParseData()
{
    const QJsonObject json{
        {u"event"_s, u"user"_s},
        {u"text"_s, u"raw text"_s},
        {u"parse_data"_s,
         QJsonObject{{u"text"_s, u"parsed text"_s},
                     {u"intent"_s,
                      QJsonObject{{u"name"_s, u"faq"_s},
                                  {u"full_retrieval_intent_name"_s, u"faq/ask_name"_s}}},
                     {u"entities"_s,
                      QJsonArray{QJsonObject{{u"entity"_s, u"city"_s},
                                             {u"role"_s, u"to"_s},
                                             {u"start"_s, 0},
                                             {u"end"_s, 3}}}}}}};
    Event event = Event::fromJson(json).value();
    QCOMPARE(event.text(), u"raw text"_s);
    QCOMPARE(event.parsedText(), std::optional<QString>(u"parsed text"_s));
    QCOMPARE(event.userIntent(), u"faq/ask_name"_s);
    QCOMPARE(event.userEntities().size(), 1);
    QCOMPARE(event.userEntities().first().role(), u"to"_s);

    // Correcting the parse data (the annotator's edit) updates what is read.
    event.setParseData(ParseData::corrected(u"raw text"_s, u"inform"_s, {}));
    QCOMPARE(event.userIntent(), u"inform"_s);
    QVERIFY(event.userEntities().isEmpty());
    QCOMPARE(event.parsedText(), std::optional<QString>(u"raw text"_s));
    QCOMPARE(event.toJson()
                 .value(u"parse_data"_s)
                 .toObject()
                 .value(u"intent"_s)
                 .toObject()
                 .value(u"name"_s),
             QJsonValue(u"inform"_s));

    // No parse data text: the message text is what the user typed.
    const Event bare =
        Event::fromJson(QJsonObject{{u"event"_s, u"user"_s}, {u"text"_s, u"hi"_s}}).value();
    QCOMPARE(bare.parsedText(), std::nullopt);
    QVERIFY(bare.userIntent().isEmpty());
    QCOMPARE(Event().type(), EventType::Unknown);
    QVERIFY(!Event().isValid());
}

void TestEvent::copiesAreIndependent()
{
    const Event original =
        Event::user(u"hello"_s, ParseData::corrected(u"hello"_s, u"greet"_s, {}), 10.0);
    Event copy = original;
    QVERIFY(copy == original);
    copy.setTimestamp(20.0);
    copy.setParseData(ParseData::corrected(u"hello"_s, u"goodbye"_s, {}));
    QCOMPARE(original.timestamp(), std::optional<double>(10.0));
    QCOMPARE(original.userIntent(), u"greet"_s);
    QCOMPARE(copy.timestamp(), std::optional<double>(20.0));
    QCOMPARE(copy.userIntent(), u"goodbye"_s);
    QVERIFY(!(copy == original));
}

QTEST_GUILESS_MAIN(TestEvent)
#include "tst_event.moc"
