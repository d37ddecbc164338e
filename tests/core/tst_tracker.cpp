#include "model/tracker.h"
#include "testsupport/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliedEventsMatchRasaExports_data();
    void appliedEventsMatchRasaExports();
    void undoRemovesTheLastActionAndWhatFollowed();
    void rewindRemovesUserMessageAndItsListen();
    void restartAndSessionStartReset();
    void repeatedLoopTurnsCollapse();
    void keptEventsRevertButNeverReset();
    void stateFollowsEvents();
    void activeLoopStateTracksRejectionAndInterruption();
    void undoReplaysState();
    void listeningDetection();
    void verbosityFiltersEvents();
    void splitsAtRestarts();
    void rebuildsFixtureTrackerState();
    void readsSnapshots();
    void rejectsBadSnapshots();
};

static EventList eventsOf(const QString &relative)
{
    const QJsonValue json = TestSupport::readJson(TestSupport::dataPath(relative));
    return Event::listFromJson(json.toObject().value("events"_L1)).value();
}

static EventList parse(const char *json)
{
    return Event::listFromJson(QJsonDocument::fromJson(json).array()).value();
}

//! "greet utter_greet ..." for the user intents and actions of applied events.
static QStringList turnNames(const EventList &events)
{
    QStringList names;
    for (const Event &event : events) {
        if (event.type() == EventType::User)
            names.append(event.parseData().intentName());
        else if (event.type() == EventType::Action && !event.isActionListen()
                 && event.name() != "action_session_start"_L1)
            names.append(event.name());
    }
    return names;
}

void TestTracker::appliedEventsMatchRasaExports_data()
{
    QTest::addColumn<QString>("folder");
    for (const QString &file : TestSupport::dataFiles(u"conformance"_s, {u"stories.md"_s}))
        QTest::newRow(qPrintable(file)) << file.section(u'/', 0, 0);
}

void TestTracker::appliedEventsMatchRasaExports()
{
    // Rasa 2.7.2 exported the applied events of each restart-separated part;
    // its Markdown story lists the same intents and actions in order.
    QFETCH(QString, folder);
    const EventList all = eventsOf(u"conformance/"_s + folder + u"/tracker.json"_s);
    QStringList ours;
    for (const EventList &part : EventRules::splitAtRestarts(all))
        ours += turnNames(EventRules::applied(part));

    const QString story = QString::fromUtf8(TestSupport::readFile(
        TestSupport::dataPath(u"conformance/"_s + folder + u"/expected/stories.md"_s)));
    QStringList rasa;
    static const QRegularExpression userLine(u"^\\* ([^{:]+)"_s);
    static const QRegularExpression actionLine(u"^    - ([a-z_]+)$"_s);
    for (const QString &line : story.split(u'\n')) {
        if (auto match = userLine.match(line); match.hasMatch())
            rasa.append(match.captured(1).trimmed());
        else if (auto action = actionLine.match(line); action.hasMatch())
            rasa.append(action.captured(1));
    }
    QVERIFY(!rasa.isEmpty());
    QCOMPARE(ours, rasa);
}

void TestTracker::undoRemovesTheLastActionAndWhatFollowed()
{
    const EventList events = parse(R"([
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "hi", "parse_data": {"intent": {"name": "greet"}}},
        {"event": "action", "name": "utter_greet"},
        {"event": "bot", "text": "Hey"},
        {"event": "slot", "name": "s", "value": 1},
        {"event": "undo"}])");
    const EventList applied = EventRules::applied(events);
    QCOMPARE(applied.size(), 2);
    QCOMPARE(applied.last().type(), EventType::User);
    const Tracker tracker = Tracker::fromEvents(u"c"_s, events);
    QCOMPARE(tracker.slot(u"s"_s), QJsonValue());
    QCOMPARE(tracker.latestActionName(), u"action_listen"_s);
}

void TestTracker::rewindRemovesUserMessageAndItsListen()
{
    const EventList events = parse(R"([
        {"event": "action", "name": "action_session_start"},
        {"event": "session_started"},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "hi", "parse_data": {"intent": {"name": "greet"}}},
        {"event": "slot", "name": "name", "value": "Anna"},
        {"event": "rewind"},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "hi", "parse_data": {"intent": {"name": "greet", "confidence": 1.0}}}])");
    const EventList applied = EventRules::applied(events);
    QCOMPARE(turnNames(applied), QStringList{u"greet"_s});
    QCOMPARE(applied.size(), 2); // action_listen + corrected user message
    const Tracker tracker = Tracker::fromEvents(u"c"_s, events);
    QCOMPARE(tracker.slot(u"name"_s), QJsonValue());
    QCOMPARE(tracker.latestMessage().intentConfidence().value(), 1.0);
}

void TestTracker::restartAndSessionStartReset()
{
    const EventList events = parse(R"([
        {"event": "action", "name": "utter_a"},
        {"event": "restart"},
        {"event": "action", "name": "utter_b"},
        {"event": "session_started"},
        {"event": "action", "name": "utter_c"}])");
    QCOMPARE(turnNames(EventRules::applied(events)), QStringList{u"utter_c"_s});
    QCOMPARE(turnNames(EventRules::afterLatestRestart(events)),
             (QStringList{u"utter_b"_s, u"utter_c"_s}));

    Tracker tracker;
    tracker.update(Event::action(u"utter_a"_s));
    QVERIFY(tracker.followupAction().isEmpty());
    tracker.update(Event::restart());
    QCOMPARE(tracker.followupAction(), u"action_session_start"_s);
    QCOMPARE(Tracker().followupAction(), u"action_listen"_s);
}

void TestTracker::repeatedLoopTurnsCollapse()
{
    // A happy-path form turn replaces the previous one: the user message and
    // the loop action disappear, the slots it set stay.
    const EventList events = parse(R"([
        {"event": "user", "text": "book", "parse_data": {"intent": {"name": "request"}}},
        {"event": "action", "name": "form"},
        {"event": "active_loop", "name": "form"},
        {"event": "slot", "name": "requested_slot", "value": "a"},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "x", "parse_data": {"intent": {"name": "inform"}}},
        {"event": "action", "name": "form"},
        {"event": "slot", "name": "a", "value": "x"}])");
    const EventList applied = EventRules::applied(events);
    QCOMPARE(turnNames(applied), (QStringList{u"request"_s, u"form"_s}));
    QCOMPARE(applied.last().name(), u"a"_s);

    // After a rejection the loop runs again in full (unhappy path).
    const EventList unhappy = parse(R"([
        {"event": "action", "name": "form"},
        {"event": "active_loop", "name": "form"},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "?", "parse_data": {"intent": {"name": "chitchat"}}},
        {"event": "action_execution_rejected", "name": "form"},
        {"event": "action", "name": "utter_chitchat"},
        {"event": "action", "name": "form"}])");
    QCOMPARE(turnNames(EventRules::applied(unhappy)),
             (QStringList{u"form"_s, u"chitchat"_s, u"utter_chitchat"_s, u"form"_s}));
    // What the annotator kept collapses nothing: stories need every turn.
    QCOMPARE(turnNames(EventRules::kept(events)),
             (QStringList{u"request"_s, u"form"_s, u"inform"_s, u"form"_s}));
}

void TestTracker::keptEventsRevertButNeverReset()
{
    const EventList events = parse(R"([
        {"event": "action", "name": "action_session_start"},
        {"event": "session_started"},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "hi", "parse_data": {"intent": {"name": "greet"}}},
        {"event": "action", "name": "utter_wrong"},
        {"event": "undo"},
        {"event": "action", "name": "utter_greet"},
        {"event": "action", "name": "action_listen"},
        {"event": "action", "name": "action_session_start"},
        {"event": "session_started"},
        {"event": "slot", "name": "name", "value": "Anna"},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "fine", "parse_data": {"intent": {"name": "deny"}}},
        {"event": "rewind"},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "fine", "parse_data": {"intent": {"name": "affirm"}}}])");
    const EventList kept = EventRules::kept(events);
    QCOMPARE(turnNames(kept), (QStringList{u"greet"_s, u"utter_greet"_s, u"affirm"_s}));
    QCOMPARE(kept.size(), 11);
    QCOMPARE(std::count_if(kept.cbegin(), kept.cend(),
                           [](const Event &e) { return e.type() == EventType::SessionStarted; }),
             2);
    QCOMPARE(kept.at(8).name(), u"name"_s); // the slot carried into the second session
    QCOMPARE(turnNames(EventRules::applied(events)), QStringList{u"affirm"_s});
}

void TestTracker::stateFollowsEvents()
{
    Tracker tracker(u"c"_s, {{u"name"_s, QJsonValue()}, {u"count"_s, 3}}, false);
    QCOMPARE(tracker.slot(u"count"_s), QJsonValue(3));
    tracker.update(Event::slot(u"name"_s, u"Anna"_s));
    tracker.update(Event::slot(u"unknown"_s, 1)); // ignored: not in the domain
    QCOMPARE(tracker.slotValues().size(), 2);
    QCOMPARE(tracker.slot(u"name"_s), QJsonValue(u"Anna"_s));
    tracker.update(Event::simple(EventType::ResetSlots));
    QCOMPARE(tracker.slot(u"name"_s), QJsonValue());
    QCOMPARE(tracker.slot(u"count"_s), QJsonValue(3));
    tracker.update(Event::simple(EventType::Pause));
    QVERIFY(tracker.isPaused());
    tracker.update(Event::simple(EventType::Resume));
    QVERIFY(!tracker.isPaused());
    tracker.update(Event::followup(u"utter_x"_s));
    QCOMPARE(tracker.followupAction(), u"utter_x"_s);
    tracker.update(Event::actionListen());
    tracker.update(Event::user(u"hi"_s, ParseData::corrected(u"hi"_s, u"greet"_s, {})));
    QJsonObject added{
        {"event"_L1, "entities"_L1},
        {"entities"_L1, QJsonArray{QJsonObject{{"entity"_L1, "name"_L1}, {"value"_L1, "Bo"_L1}}}}};
    tracker.update(Event::fromJson(added).value());
    QCOMPARE(tracker.latestMessage().entities().size(), 1);
    QCOMPARE(tracker.latestMessage().text(), u"hi"_s);

    const QJsonObject json = tracker.toJson(EventVerbosity::None);
    QVERIFY(json.value("events"_L1).isNull());
    QCOMPARE(json.value("latest_action_name"_L1).toString(), u"action_listen"_s);
    QCOMPARE(json.value("sender_id"_L1).toString(), u"c"_s);
    QCOMPARE(json.value("latest_message"_L1).toObject().value("entities"_L1).toArray().size(), 1);
}

void TestTracker::activeLoopStateTracksRejectionAndInterruption()
{
    const EventList events = eventsOf(u"conformance/form1/tracker.json"_s);
    Tracker tracker;
    qsizetype i = 0;
    for (; events.at(i).type() != EventType::ActiveLoop; ++i)
        tracker.update(events.at(i));
    tracker.update(events.at(i));
    QCOMPARE(tracker.activeLoop().name, u"restaurant_form"_s);
    QCOMPARE(tracker.activeLoop()
                 .triggerMessage.toObject()
                 .value("intent"_L1)
                 .toObject()
                 .value("name"_L1)
                 .toString(),
             u"request_restaurant"_s);
    for (; events.at(i).type() != EventType::ActionExecutionRejected; ++i)
        tracker.update(events.at(i));
    tracker.update(events.at(i++));
    QVERIFY(tracker.activeLoop().rejected);
    tracker.update(Event::loopInterrupted(true));
    QVERIFY(tracker.activeLoop().isInterrupted);
    tracker.update(events.at(i++)); // utter_chitchat: resets interruption only
    QVERIFY(!tracker.activeLoop().isInterrupted);
    QVERIFY(tracker.activeLoop().rejected);
    tracker.update(events.at(i++)); // bot
    tracker.update(events.at(i++)); // restaurant_form: resets rejection
    QVERIFY(!tracker.activeLoop().rejected);
    for (; i < events.size(); ++i)
        tracker.update(events.at(i));
    QVERIFY(!tracker.activeLoop().isActive());
    QCOMPARE(tracker.toJson(EventVerbosity::None).value("active_loop"_L1).toObject(),
             QJsonObject());
    QCOMPARE(tracker.slot(u"preferences"_s), QJsonValue(QJsonArray{u"quiet"_s, u"window"_s}));
}

void TestTracker::undoReplaysState()
{
    Tracker tracker;
    tracker.update(Event::actionListen());
    tracker.update(Event::user(u"x"_s, ParseData::corrected(u"x"_s, u"inform"_s, {})));
    tracker.update(Event::action(u"form"_s));
    tracker.update(Event::activeLoop(u"form"_s));
    tracker.update(Event::slot(u"a"_s, 1));
    QVERIFY(tracker.activeLoop().isActive());
    tracker.update(Event::undo());
    QVERIFY(!tracker.activeLoop().isActive());
    QCOMPARE(tracker.slot(u"a"_s), QJsonValue());
    QCOMPARE(tracker.latestMessage().intentName(), u"inform"_s);
    QVERIFY(!tracker.isListening());
}

void TestTracker::listeningDetection()
{
    QVERIFY(!EventRules::isListening({}));
    QVERIFY(EventRules::isListening(parse(R"([{"event": "action", "name": "action_listen"}])")));
    QVERIFY(!EventRules::isListening(parse(
        R"([{"event": "action", "name": "action_listen"}, {"event": "user", "text": "a"}])")));
    QVERIFY(!EventRules::isListening(
        parse(R"([{"event": "action", "name": "utter_a"}, {"event": "bot"}])")));
    QVERIFY(EventRules::isListening(parse(
        R"([{"event": "action", "name": "action_listen"}, {"event": "user", "text": "a"},
            {"event": "restart"}, {"event": "action", "name": "action_listen"}])")));
}

void TestTracker::verbosityFiltersEvents()
{
    const EventList events = parse(R"([
        {"event": "action", "name": "a"}, {"event": "restart"},
        {"event": "action", "name": "b"}, {"event": "undo"}])");
    QCOMPARE(EventRules::forVerbosity(events, EventVerbosity::All).size(), 4);
    QCOMPARE(EventRules::forVerbosity(events, EventVerbosity::AfterRestart).size(), 2);
    QCOMPARE(EventRules::forVerbosity(events, EventVerbosity::Applied).size(), 0);
    QCOMPARE(EventRules::forVerbosity(events, EventVerbosity::None).size(), 0);
    QCOMPARE(verbosityFromName(u"after_restart"_s), EventVerbosity::AfterRestart);
    QVERIFY(!verbosityFromName(u"SOME"_s).has_value());
    const Tracker tracker = Tracker::fromEvents(u"c"_s, events);
    QCOMPARE(tracker.toJson(EventVerbosity::AfterRestart).value("events"_L1).toArray().size(), 2);
}

void TestTracker::splitsAtRestarts()
{
    const EventList events = parse(R"([
        {"event": "restart"}, {"event": "action", "name": "a"}, {"event": "restart"},
        {"event": "restart"}, {"event": "action", "name": "b"}])");
    const QList<EventList> parts = EventRules::splitAtRestarts(events);
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(1).at(0).name(), u"b"_s);
}

void TestTracker::rebuildsFixtureTrackerState()
{
    const QString path = TestSupport::dataPath(u"rasa/data/test_trackers/tracker_moodbot.json"_s);
    const QJsonObject fixture = TestSupport::readJson(path).toObject();
    const EventList events = Event::listFromJson(fixture.value("events"_L1)).value();
    const QList<SlotValue> slotDefaults{{u"name"_s, QJsonValue()},
                                        {u"requested_slot"_s, QJsonValue()},
                                        {u"session_start_metadata"_s, QJsonValue()}};
    const QJsonObject ours =
        Tracker::fromEvents(u"mysender"_s, events, slotDefaults, false).toJson(EventVerbosity::All);
    for (const auto key :
         {"sender_id"_L1, "slots"_L1, "latest_message"_L1, "latest_action"_L1,
          "latest_action_name"_L1, "active_loop"_L1, "paused"_L1, "latest_event_time"_L1,
          "followup_action"_L1, "events"_L1, "latest_input_channel"_L1}) {
        QVERIFY2(ours.value(key) == fixture.value(key), key.data());
    }
}

void TestTracker::readsSnapshots()
{
    const QJsonValue json = TestSupport::readJson(
        TestSupport::dataPath(u"rasa/data/test_trackers/tracker_moodbot.json"_s));
    Result<TrackerSnapshot> snapshot = TrackerSnapshot::fromJson(json, true);
    QVERIFY(snapshot.isOk());
    QCOMPARE(snapshot->senderId, u"mysender"_s);
    QVERIFY(snapshot->hasEvents);
    QCOMPARE(snapshot->events.size(), 7);
    QCOMPARE(snapshot->slotValues.size(), 3);
    QCOMPARE(snapshot->latestActionName, u"action_listen"_s);
    QCOMPARE(snapshot->latestMessage.intentName(), u"mood_great"_s);
    QVERIFY(!snapshot->activeLoop.isActive());

    Result<TrackerSnapshot> none = TrackerSnapshot::fromJson(
        QJsonDocument::fromJson(R"({"sender_id": "a", "events": null, "slots": 5})").object());
    QVERIFY(none.isOk());
    QVERIFY(!none->hasEvents);
    QVERIFY(none->slotValues.isEmpty());
}

void TestTracker::rejectsBadSnapshots()
{
    QVERIFY(!TrackerSnapshot::fromJson(QJsonArray()).isOk());
    QVERIFY(!TrackerSnapshot::fromJson(QJsonObject(), true).isOk());
    QVERIFY(!TrackerSnapshot::fromJson(
                 QJsonDocument::fromJson(R"({"events": {"event": "user"}})").object())
                 .isOk());
    Result<TrackerSnapshot> bad = TrackerSnapshot::fromJson(
        QJsonDocument::fromJson(R"({"events": [{"event": "user"}, {"no": 1}]})").object());
    QVERIFY(!bad.isOk());
    QVERIFY(bad.error().where.contains("2"_L1));
}

QTEST_GUILESS_MAIN(TestTracker)
#include "tst_tracker.moc"
