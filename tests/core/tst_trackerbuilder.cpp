// TrackerBuilder: Rasa's states of one tracker, event by event.

#include "conflicts/statedomain.h"
#include "conflicts/trackerbuilder.h"

#include "export/storystepbuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {

const Domain TestDomain = Domain::fromYaml(R"(version: "3.1"
intents: [greet]
entities: [city]
slots:
  flag: {type: bool, mappings: [{type: custom}]}
forms:
  booking: {required_slots: []}
)")
                              .value();

} // namespace

class TestTrackerBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneStatePerAction();
    void userParts_data();
    void userParts();
    void slotsAndLoop();
    void restartResets();
};

void TestTrackerBuilder::oneStatePerAction()
{
    StateTable table;
    const StateDomain domain(TestDomain);
    TrackerBuilder builder(domain, table);
    QCOMPARE(builder.tracker().states.size(), 1);
    builder.apply(Event::actionListen());
    builder.apply(StoryEvents::user(u"greet"_s, {}, {}));
    builder.apply(Event::slot(u"flag"_s, true));
    const ConflictTracker &tracker = builder.tracker();
    QCOMPARE(tracker.actions.size(), 1);
    QCOMPARE(tracker.states.size(), 2);
    // The last state follows every event after the last action.
    QCOMPARE(table.describe(tracker.states.last()),
             u"intent greet; after action_listen; slots flag=true"_s);
    builder.apply(Event::action(u"utter_hi"_s));
    QCOMPARE(builder.tracker().states.size(), 3);
    QCOMPARE(table.previousEvent(builder.tracker().states.last()),
             (std::pair<QString, QString>{u"action"_s, u"utter_hi"_s}));
}

void TestTrackerBuilder::userParts_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<QString>("state");
    const QList<Entity> berlin{Entity::onSpan(u"city"_s, u"Berlin"_s, 0, 6)};
    QTest::newRow("intent") << StoryEvents::user(u"greet"_s, {}, berlin)
                            << "intent greet; entities city";
    QTest::newRow("retrieval intent")
        << StoryEvents::user(u"faq/ask_name"_s, {}, {}) << "intent faq";
    QTest::newRow("text") << StoryEvents::user({}, u"Berlin"_s, berlin) << "text “Berlin”";
    QTest::newRow("both") << StoryEvents::user(u"greet"_s, u"hi"_s, berlin)
                          << "intent greet; text “hi”; entities city";
    QTest::newRow("empty") << StoryEvents::user({}, {}, {}) << "the start of the conversation";
}

void TestTrackerBuilder::userParts()
{
    QFETCH(Event, event);
    QFETCH(QString, state);
    StateTable table;
    const StateDomain domain(TestDomain);
    TrackerBuilder builder(domain, table);
    builder.apply(event);
    QCOMPARE(table.describe(builder.tracker().states.last()), state);
}

void TestTrackerBuilder::slotsAndLoop()
{
    StateTable table;
    const StateDomain domain(TestDomain);
    TrackerBuilder builder(domain, table);
    builder.apply(Event::activeLoop(u"booking"_s));
    builder.apply(Event::slot(u"unknown"_s, 1)); // Rasa ignores slots it does not have
    builder.apply(Event::slot(u"flag"_s, false));
    QCOMPARE(builder.slotValue(u"flag"_s), QJsonValue(false));
    QCOMPARE(builder.slotValue(u"unknown"_s), QJsonValue());
    QCOMPARE(table.describe(builder.tracker().states.last()),
             u"slots flag=false; active loop booking"_s);
    builder.apply(Event::activeLoop({}));
    QCOMPARE(table.describe(builder.tracker().states.last()), u"slots flag=false"_s);
}

void TestTrackerBuilder::restartResets()
{
    StateTable table;
    const StateDomain domain(TestDomain);
    TrackerBuilder builder(domain, table);
    builder.apply(StoryEvents::user(u"greet"_s, {}, {}));
    builder.apply(Event::slot(u"flag"_s, true));
    builder.apply(Event::restart());
    QCOMPARE(table.describe(builder.tracker().states.last()), u"the start of the conversation"_s);
}

QTEST_GUILESS_MAIN(TestTrackerBuilder)
#include "tst_trackerbuilder.moc"
