#include "conversationmodel.h"
#include "testsupport/testdata.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {

Event ev(const char *json)
{
    return Event::fromJson(QJsonDocument::fromJson(json).object()).value();
}

EventList moodbotEvents()
{
    const QJsonValue tracker = TestSupport::readJson(
        TestSupport::dataPath(u"rasa/data/test_trackers/tracker_moodbot.json"_s));
    return Event::listFromJson(tracker.toObject().value("events"_L1)).value();
}

} // namespace

class TestConversationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEveryAppliedEvent();
    void appendingInsertsExactRows();
    void undoRemovesRows();
    void userCellShowsMarkupAndIntent();
    void actionsShowPolicyAndConfidence();
    void botOutputMatchesRasa();
    void storyStrings_data();
    void storyStrings();
    void hidesUnlikelyIntentWithZeroConfidence();
    void eventIndexPointsIntoGivenList();
};

void TestConversationModel::showsEveryAppliedEvent()
{
    ConversationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(moodbotEvents());
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.index(1, ConversationModel::User).data(ConversationModel::UserTextRole).toString(),
             u"/greet"_s);
    QCOMPARE(model.index(2, ConversationModel::Bot).data().toString(), u"utter_greet"_s);
    QCOMPARE(model.index(2, ConversationModel::Number).data().toInt(), 3);
    QCOMPARE(model.lastUserRow(), 4);
}

void TestConversationModel::appendingInsertsExactRows()
{
    ConversationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EventList events = moodbotEvents();
    model.setEvents(events.mid(0, 4));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setEvents(events);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 4);
    QCOMPARE(inserted.at(0).at(2).toInt(), 6);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(reset.size(), 0);
}

void TestConversationModel::undoRemovesRows()
{
    ConversationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EventList events = moodbotEvents();
    model.setEvents(events);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    events.append(ev(R"({"event": "undo"})")); // undoes the final action_listen
    model.setEvents(events);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(removed.size(), 1);
    events.append(ev(R"({"event": "rewind"})"));
    model.setEvents(events);
    // rewind removes the user message and the action_listen before it, so
    // only utter_happy was left after the last user message... which the
    // rewind also drops as it follows the user message.
    QCOMPARE(model.index(model.rowCount() - 1, ConversationModel::Bot).data().toString(),
             u"utter_greet"_s);
}

void TestConversationModel::userCellShowsMarkupAndIntent()
{
    ConversationModel model;
    model.setEvents({ev(R"({"event": "user", "text": "fly to Berlin",
        "parse_data": {"intent": {"name": "book", "confidence": 0.875},
        "entities": [{"entity": "city", "value": "Berlin", "start": 7, "end": 13,
                      "role": "destination"}]}})")});
    const QModelIndex user = model.index(0, ConversationModel::User);
    QCOMPARE(user.data().toString(),
             u"fly to [Berlin]{\"entity\": \"city\", \"role\": \"destination\"}\nintent: book 0.88"_s);
    QCOMPARE(user.data(ConversationModel::IntentRole).toString(), u"book"_s);
    QCOMPARE(user.data(ConversationModel::EntitiesRole).toJsonArray().size(), 1);
    QCOMPARE(model.index(0, ConversationModel::Confidence).data(ConversationModel::RawValueRole)
                 .toDouble(),
             0.875);
    QVERIFY(user.data(ConversationModel::IsUserRole).toBool());
}

void TestConversationModel::actionsShowPolicyAndConfidence()
{
    ConversationModel model;
    model.setEvents({ev(R"({"event": "action", "name": "utter_greet",
        "policy": "policy_1_TEDPolicy", "confidence": 0.9731})")});
    QCOMPARE(model.index(0, ConversationModel::Policy).data().toString(), u"policy_1_TEDPolicy"_s);
    QCOMPARE(model.index(0, ConversationModel::Confidence).data().toString(), u"0.97"_s);
    QCOMPARE(model.index(0, ConversationModel::Confidence).data(ConversationModel::RawValueRole)
                 .toDouble(), 0.9731);
}

void TestConversationModel::botOutputMatchesRasa()
{
    const Event bot = ev(R"({"event": "bot", "text": "Hello!", "data": {
        "image": "http://example.com/myimage.png", "attachment": "My Attachment",
        "buttons": [{"title": "yes", "payload": "/yes"},
                    {"title": "no", "payload": "/no", "extra": "extra"}],
        "elements": [{"title": "element1", "buttons": [{"title": "button1", "payload": "/button1"}]},
                     {"title": "element2", "buttons": [{"title": "button2", "payload": "/button2"}]}],
        "quick_replies": [{"title": "quick_reply1", "buttons": [{"title": "button3", "payload": "/button3"}]},
                          {"title": "quick_reply2", "buttons": [{"title": "button4", "payload": "/button4"}]}]}})");
    const QString expected = uR"(Hello!
Image: http://example.com/myimage.png
Attachment: My Attachment
Buttons:
1: yes (/yes)
2: no (/no) - {"extra": "extra"}
Type out your own message...
Elements:
1: element1 - {"buttons": [{"payload": "/button1", "title": "button1"}]}
2: element2 - {"buttons": [{"payload": "/button2", "title": "button2"}]}
Quick replies:
1: quick_reply1 - {"buttons": [{"payload": "/button3", "title": "button3"}]}
2: quick_reply2 - {"buttons": [{"payload": "/button4", "title": "button4"}]})"_s;
    QCOMPARE(ConversationModel::formatBotOutput(bot), expected);
    ConversationModel model;
    model.setEvents({bot});
    QCOMPARE(model.index(0, ConversationModel::Bot).data(ConversationModel::ButtonsRole)
                 .toJsonArray().size(), 2);
    // A message with only custom elements still shows them (Rasa's test).
    const Event custom = ev(R"({"event": "bot", "text": null, "data": {"elements": [{"a": "b"}]}})");
    QVERIFY(ConversationModel::formatBotOutput(custom).contains(u"{\"a\": \"b\"}"_s));
}

void TestConversationModel::storyStrings_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("slot") << uR"({"event": "slot", "name": "city", "value": "Zürich"})"_s
                          << uR"(slot{"city": "Zürich"})"_s;
    QTest::newRow("slot null") << uR"({"event": "slot", "name": "city", "value": null})"_s
                               << uR"(slot{"city": null})"_s;
    QTest::newRow("loop") << uR"({"event": "active_loop", "name": "restaurant_form"})"_s
                          << uR"(active_loop{"name": "restaurant_form"})"_s;
    QTest::newRow("loop end") << uR"({"event": "active_loop", "name": null})"_s
                              << uR"(active_loop{"name": null})"_s;
    QTest::newRow("reset") << uR"({"event": "reset_slots"})"_s << u"reset_slots"_s;
    QTest::newRow("session") << uR"({"event": "session_started"})"_s << QString();
    QTest::newRow("rejected") << uR"({"event": "action_execution_rejected", "name": "f"})"_s
                              << QString();
}

void TestConversationModel::storyStrings()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    const Event event = Event::fromJson(QJsonDocument::fromJson(json.toUtf8()).object()).value();
    QCOMPARE(ConversationModel::storyString(event), expected);
    QCOMPARE(ConversationModel::isShown(event), !expected.isEmpty());
}

void TestConversationModel::hidesUnlikelyIntentWithZeroConfidence()
{
    ConversationModel model;
    model.setEvents({ev(R"({"event": "action", "name": "action_unlikely_intent", "confidence": 0.0})"),
                     ev(R"({"event": "action", "name": "action_unlikely_intent", "confidence": 0.5})")});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ConversationModel::Confidence).data().toString(), u"0.50"_s);
}

void TestConversationModel::eventIndexPointsIntoGivenList()
{
    ConversationModel model;
    EventList events{ev(R"({"event": "action", "name": "action_session_start"})"),
                     ev(R"({"event": "session_started"})"),
                     ev(R"({"event": "action", "name": "action_listen"})"),
                     ev(R"({"event": "user", "text": "hi", "parse_data": {}})"),
                     ev(R"({"event": "action", "name": "action_listen"})")};
    model.setEvents(events);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.eventIndex(1), 3);
    QCOMPARE(model.index(1, 0).data(ConversationModel::EventIndexRole).toInt(), 3);
    QCOMPARE(model.eventAt(1).text(), u"hi"_s);
    QCOMPARE(model.index(1, 0).data(ConversationModel::EventJsonRole).toJsonObject(),
             events.at(3).toJson());
}

QTEST_MAIN(TestConversationModel)
#include "tst_conversationmodel.moc"
