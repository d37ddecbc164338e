#include "session/historyrow.h"
#include "testsupport/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

Event parseEvent(const char *json)
{
    return Event::fromJson(QJsonDocument::fromJson(json).object()).value();
}

Event user(const QString &text, const QString &intent, const QJsonArray &entities = {})
{
    ParseData data;
    data.setText(text);
    data.setIntent(intent, 0.75);
    data.setEntities(entitiesFromJson(entities));
    return Event::user(text, data, 1.0);
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void botOutputMatchesRasa()
    {
        // Rasa's test_interactive expected string (spec §5.9.1).
        const Event bot = parseEvent(
            R"({"event": "bot", "text": "Hello!", "data": { )"
            R"("image": "http://example.com/myimage.png", "attachment": "My Attachment", )"
            R"("buttons": [{"title": "yes", "payload": "/yes"}, {"title": "no", "payload": "/no", "extra": "extra"}], )"
            R"("elements": [{"title": "element1", "buttons": [{"title": "button1", "payload": "/button1"}]}, )"
            R"({"title": "element2", "buttons": [{"title": "button2", "payload": "/button2"}]}], )"
            R"("quick_replies": [{"title": "quick_reply1", "buttons": [{"title": "button3", "payload": "/button3"}]}, )"
            R"({"title": "quick_reply2", "buttons": [{"title": "button4", "payload": "/button4"}]}]}})");
        const QString expected =
            u"Hello!\n"
            u"Image: http://example.com/myimage.png\n"
            u"Attachment: My Attachment\n"
            u"Buttons:\n"
            u"1: yes (/yes)\n"
            u"2: no (/no) - {\"extra\": \"extra\"}\n"
            u"Type out your own message...\n"
            u"Elements:\n"
            u"1: element1 - {\"buttons\": [{\"payload\": \"/button1\", \"title\": \"button1\"}]}\n"
            u"2: element2 - {\"buttons\": [{\"payload\": \"/button2\", \"title\": \"button2\"}]}\n"
            u"Quick replies:\n"
            u"1: quick_reply1 - {\"buttons\": [{\"payload\": \"/button3\", \"title\": "
            u"\"button3\"}]}\n"
            u"2: quick_reply2 - {\"buttons\": [{\"payload\": \"/button4\", \"title\": \"button4\"}]}"_s;
        QCOMPARE(History::formatBotOutput(bot, 3), expected);
        const QList<BotButton> buttons = History::buttons(bot);
        QCOMPARE(buttons.size(), 2);
        QCOMPARE(buttons.at(1).payload, u"/no"_s);
        QCOMPARE(buttons.at(1).extra, (QJsonObject{{u"extra"_s, u"extra"_s}}));
    }

    void customElementsAreShownAndVersionsDiffer()
    {
        const Event custom =
            parseEvent(R"({"event": "bot", "text": null, "data": {"elements": [{"a": "b"}]}})");
        QVERIFY(History::formatBotOutput(custom, 3).contains(u"{\"a\": \"b\"}"_s));
        const Event empty =
            parseEvent(R"({"event": "bot", "text": "Hi", "data": {"buttons": [], "image": null}})");
        QCOMPARE(History::formatBotOutput(empty, 3),
                 u"Hi\nButtons:\nType out your own message..."_s);
        QCOMPARE(History::formatBotOutput(empty, 2), u"Hi"_s); // 2.x: only truthy keys
    }

    void rowsShowAppliedEventsOfTheLastPart()
    {
        EventList events{
            Event::actionListen(1.0),
            user(u"old story"_s, u"greet"_s),
            Event::restart(2.0),
            Event::action(u"action_session_start"_s, {}, std::nullopt, 3.0),
            Event::sessionStarted(3.1),
            Event::actionListen(3.2), // 5
            user(u"I fly to Berlin"_s, u"inform"_s,
                 QJsonArray{QJsonObject{{u"entity"_s, u"city"_s},
                                        {u"value"_s, u"Berlin"_s},
                                        {u"start"_s, 9},
                                        {u"end"_s, 15},
                                        {u"role"_s, u"to"_s}}}),
            Event::slot(u"city"_s, u"Berlin"_s, 3.4), // 7
            Event::action(u"utter_wrong"_s, u"TEDPolicy"_s, 0.5, 3.5),
            Event::undo(3.6),
            Event::action(u"utter_ok"_s, u"TEDPolicy"_s, 0.9, 3.7), // 10
            Event::action(u"action_unlikely_intent"_s, u"P"_s, 0.0, 3.8), // hidden
            Event::bot(u"Okay"_s, {}, 3.9), // 12
            Event::actionListen(4.0), // 13
        };
        QCOMPARE(History::appliedIndexes(events), (QList<int>{5, 6, 7, 10, 11, 12, 13}));
        const QList<HistoryRow> rows = History::rows(events);
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.at(1).kind, HistoryRow::Kind::User);
        QCOMPARE(rows.at(1).eventIndex, 6);
        QCOMPARE(rows.at(1).text, u"I fly to [Berlin]{\"entity\": \"city\", \"role\": \"to\"}"_s);
        QCOMPARE(rows.at(1).intent, u"inform"_s);
        QCOMPARE(rows.at(1).confidence, 0.75);
        QCOMPARE(rows.at(2).kind, HistoryRow::Kind::Slot);
        QCOMPARE(rows.at(2).text, u"slot{\"city\": \"Berlin\"}"_s);
        QCOMPARE(rows.at(3).text, u"utter_ok"_s);
        QCOMPARE(rows.at(3).policy, u"TEDPolicy"_s);
        QCOMPARE(rows.at(3).confidence, 0.9);
        QCOMPARE(rows.at(4).kind, HistoryRow::Kind::Bot);
        QCOMPARE(rows.at(5).eventIndex, 13);
    }

    void rewindRemovesMessageAndListen()
    {
        const EventList events{Event::actionListen(1.0), user(u"hi"_s, u"bye"_s),
                               Event::rewind(2.0), Event::actionListen(2.1),
                               user(u"hi"_s, u"greet"_s)};
        QCOMPARE(History::appliedIndexes(events), (QList<int>{3, 4}));
        QCOMPARE(History::rows(events).last().intent, u"greet"_s);
    }

    void storyStrings()
    {
        QCOMPARE(History::storyString(Event::activeLoop(QString(), 1.0)),
                 u"active_loop{\"name\": null}"_s);
        QCOMPARE(History::storyString(Event::activeLoop(u"form"_s, 1.0)),
                 u"active_loop{\"name\": \"form\"}"_s);
        QCOMPARE(History::storyString(Event::slot(u"ort"_s, u"Köln"_s)),
                 u"slot{\"ort\": \"Köln\"}"_s);
        QCOMPARE(History::storyString(Event::simple(EventType::Pause)), u"pause"_s);
        QCOMPARE(History::storyString(Event::sessionStarted()), QString());
        QCOMPARE(History::storyString(Event::loopInterrupted(true)), QString());
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
