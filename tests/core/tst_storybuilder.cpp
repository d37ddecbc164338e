#include "export/storybuilder.h"

#include <QJsonObject>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

Event user(const QString &intent)
{
    return Event::user(u"text of "_s + intent,
                       ParseData::corrected(u"text of "_s + intent, intent, {}));
}

//! `user:greet action:utter_greet ...` for the story-relevant events.
QString outline(const StoryStep &step)
{
    QStringList parts;
    for (const StoryItem &item : step.items) {
        const Event &event = item.event();
        if (event.type() == EventType::User)
            parts.append(u"user:"_s + event.parseData().intentName()
                         + (event.useTextForFeaturization() ? u"(text)"_s : QString()));
        else if (event.type() == EventType::Action && !event.isActionListen())
            parts.append(u"action:"_s + event.name());
    }
    return step.name + u' ' + parts.join(u' ');
}

QStringList outlines(const StorySteps &steps)
{
    QStringList all;
    for (const StoryStep &step : steps)
        all.append(outline(step));
    return all;
}

} // namespace

class TestStoryBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsStories_data();
    void buildsStories();
    void continuesNumbering_data();
    void continuesNumbering();
    void foldsUserFeaturization();
    void partsKeepTheirIndexAcrossRestarts();
};

void TestStoryBuilder::buildsStories_data()
{
    QTest::addColumn<EventList>("events");
    QTest::addColumn<QStringList>("expected");
    const Event listen = Event::actionListen();
    QTest::newRow("one story") << EventList{
        listen, user(u"greet"_s), Event::action(u"utter_greet"_s),
        listen} << QStringList{u"interactive_story_1 user:greet action:utter_greet"_s};
    QTest::newRow("split at restarts, empty parts skipped")
        << EventList{listen,           user(u"a"_s), Event::action(u"x"_s),
                     Event::restart(), listen,       Event::restart(),
                     listen,           user(u"b"_s), Event::action(u"y"_s)}
        << QStringList{u"interactive_story_1 user:a action:x"_s,
                       u"interactive_story_2 user:b action:y"_s};
    QTest::newRow("undone action left out")
        << EventList{listen, user(u"a"_s), Event::action(u"wrong"_s), Event::undo(),
                     Event::action(u"right"_s)}
        << QStringList{u"interactive_story_1 user:a action:right"_s};
    QTest::newRow("corrected message left out")
        << EventList{listen, user(u"wrong"_s), Event::rewind(),
                     listen, user(u"right"_s), Event::action(u"x"_s)}
        << QStringList{u"interactive_story_1 user:right action:x"_s};
    QTest::newRow("unanswered message before a restart left out")
        << EventList{listen,       user(u"a"_s),           Event::action(u"x"_s), listen,
                     user(u"b"_s), Event::slot(u"s"_s, 1), Event::restart(),      listen,
                     user(u"c"_s), Event::action(u"y"_s)}
        << QStringList{u"interactive_story_1 user:a action:x"_s,
                       u"interactive_story_2 user:c action:y"_s};
    QTest::newRow("story of only an unanswered message left out")
        << EventList{listen,       user(u"a"_s),          Event::restart(), listen,
                     user(u"b"_s), Event::action(u"y"_s), listen,           user(u"pending"_s)}
        << QStringList{u"interactive_story_1 user:b action:y"_s};
    QTest::newRow("no user message, no story")
        << EventList{listen, Event::action(u"utter_hi"_s)} << QStringList{};
    // Rasa 3.6.21 writes one story per restart-delimited part; a session
    // start inside it does not cut it (tests/data/conformance36/session_mid).
    QTest::newRow("a session start does not cut the story")
        << EventList{Event::action(u"action_session_start"_s),
                     Event::sessionStarted(),
                     listen,
                     user(u"a"_s),
                     Event::action(u"x"_s),
                     Event::action(u"action_session_start"_s),
                     Event::sessionStarted(),
                     listen,
                     user(u"b"_s),
                     Event::action(u"y"_s)}
        << QStringList{u"interactive_story_1 action:action_session_start user:a action:x "
                       "action:action_session_start user:b action:y"_s};
    QTest::newRow("message left unanswered when the session expired left out")
        << EventList{listen,
                     user(u"a"_s),
                     Event::action(u"x"_s),
                     listen,
                     user(u"lost"_s),
                     Event::action(u"action_session_start"_s),
                     Event::sessionStarted(),
                     listen,
                     user(u"b"_s),
                     Event::action(u"y"_s)}
        << QStringList{
               u"interactive_story_1 user:a action:x action:action_session_start user:b action:y"_s};
    // Rasa's applied events prune a form's turns between two of its runs
    // (for featurizing); the story keeps what the annotator kept.
    const Event form = Event::action(u"restaurant_form"_s);
    QTest::newRow("unanswered message at the end, with its session start, left out")
        << EventList{listen,
                     user(u"a"_s),
                     Event::action(u"x"_s),
                     listen,
                     user(u"lost"_s),
                     Event::action(u"action_session_start"_s),
                     Event::sessionStarted(),
                     listen}
        << QStringList{u"interactive_story_1 user:a action:x"_s};
    QTest::newRow("turns between runs of a form kept")
        << EventList{listen,
                     user(u"request_restaurant"_s),
                     form,
                     Event::activeLoop(u"restaurant_form"_s),
                     listen,
                     user(u"chitchat"_s),
                     form,
                     Event::actionExecutionRejected(u"restaurant_form"_s),
                     Event::action(u"utter_chitchat"_s),
                     form,
                     listen,
                     user(u"inform"_s),
                     form,
                     Event::activeLoop(QString()),
                     Event::action(u"utter_submit"_s)}
        << QStringList{
               u"interactive_story_1 user:request_restaurant action:restaurant_form user:chitchat "
               "action:restaurant_form action:utter_chitchat action:restaurant_form user:inform "
               "action:restaurant_form action:utter_submit"_s};
}

void TestStoryBuilder::buildsStories()
{
    QFETCH(EventList, events);
    QFETCH(QStringList, expected);
    QCOMPARE(outlines(StoryBuilder::build({ExportConversation{u"c"_s, events}})), expected);
}

void TestStoryBuilder::continuesNumbering_data()
{
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("empty file") << QStringList{}
                                << QStringList{u"interactive_story_1"_s, u"interactive_story_2"_s};
    QTest::newRow("after the highest")
        << QStringList{u"interactive_story_1"_s, u"interactive_story_7"_s, u"happy path"_s}
        << QStringList{u"interactive_story_8"_s, u"interactive_story_9"_s};
    QTest::newRow("other names untouched")
        << QStringList{u"interactive_story_x"_s, u"story_3"_s}
        << QStringList{u"interactive_story_1"_s, u"interactive_story_2"_s};
}

void TestStoryBuilder::continuesNumbering()
{
    QFETCH(QStringList, taken);
    QFETCH(QStringList, names);
    const EventList one{user(u"a"_s), Event::action(u"x"_s)};
    const StorySteps steps = StoryBuilder::build(
        {ExportConversation{u"c1"_s, one}, ExportConversation{u"c2"_s, one}}, taken);
    QStringList built;
    for (const StoryStep &step : steps) {
        built.append(step.name);
        QVERIFY(!taken.contains(step.name));
    }
    QCOMPARE(built, names);
    QCOMPARE(steps.at(1).sourceFile, u"c2"_s);
}

void TestStoryBuilder::foldsUserFeaturization()
{
    const Event featurization =
        Event::fromJson(QJsonObject{{u"event"_s, u"user_featurization"_s},
                                    {u"use_text_for_featurization"_s, true}})
            .value();
    const QList<StoryItem> items =
        StoryBuilder::items({user(u"a"_s), Event::action(u"x"_s), featurization, user(u"b"_s)});
    QCOMPARE(items.size(), 3);
    QVERIFY(items.at(0).event().useTextForFeaturization());
    QVERIFY(!items.at(2).event().useTextForFeaturization());
}

void TestStoryBuilder::partsKeepTheirIndexAcrossRestarts()
{
    // A part is named by the restarts before it: appending events never
    // renumbers the parts an export recorded.
    const Event listen = Event::actionListen();
    const EventList events{listen,
                           user(u"a"_s),
                           Event::action(u"x"_s),
                           Event::restart(),
                           Event::restart(),
                           listen,
                           Event::restart(),
                           listen,
                           user(u"b"_s),
                           Event::action(u"y"_s)};
    const QList<StoryPart> parts = StoryBuilder::storyParts(events);
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).index, 0);
    QCOMPARE(parts.at(1).index, 3);
}

QTEST_GUILESS_MAIN(TestStoryBuilder)
#include "tst_storybuilder.moc"
